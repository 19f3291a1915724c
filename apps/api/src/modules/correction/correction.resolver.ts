// Admin corrections of cells (the auth guard requires role admin for every mutation), and a report's corrections.
import { Args, Context, Float, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { loaderFor, type GqlContext } from '../../common/graphql/loaders';
import { principalOf } from '../auth/principal';
import { ReportModel } from '../report/report.model';
import { CellCorrectionModel } from './correction.model';
import { CorrectionService } from './correction.service';

@Resolver(() => ReportModel)
export class CorrectionResolver {
  constructor(private readonly service: CorrectionService) {}

  @Mutation(() => CellCorrectionModel, {
    description:
      "更正单元格（保留公布值，记入管理日志）；序列、对比、排名和导出改用更正值并标注 · correct a cell of the report's current revision " +
      '(the published value is kept; logged); series, compare, ranking and exports use the corrected value, marked',
  })
  correctCell(
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('key', { description: '指标键 · metric key of the cell, e.g. t2.penalty.decisions' }) key: string,
    @Args('value', { type: () => Float, description: '更正值 · the corrected value' }) value: number,
    @Args('note', { description: '更正说明（必填） · why the published value is wrong (required)' }) note: string,
    @Context() ctx: GqlContext,
  ): Promise<CellCorrectionModel> {
    return this.service.correct({ reportId, key, value, note }, principalOf(ctx)?.name ?? 'unknown');
  }

  @Mutation(() => CellCorrectionModel, {
    description:
      '撤回更正，恢复公布值（记入管理日志） · withdraw a correction: the published value counts again (logged)',
  })
  withdrawCorrection(
    @Args('correctionId', { type: () => ID }) correctionId: string,
    @Args('note', { type: () => String, nullable: true, description: '撤回说明 · why' }) note: string | null,
    @Context() ctx: GqlContext,
  ): Promise<CellCorrectionModel> {
    return this.service.withdraw({ correctionId, note }, principalOf(ctx)?.name ?? 'unknown');
  }

  @ResolveField(() => [CellCorrectionModel], {
    description:
      "当前版本的单元格更正（含已撤回） · corrections of the current revision's cells, withdrawn ones included, oldest first",
  })
  corrections(@Parent() r: ReportModel, @Context() ctx: GqlContext): Promise<CellCorrectionModel[]> {
    return loaderFor<string, CellCorrectionModel[]>(ctx, 'report.corrections', (ids) =>
      this.service.ofReports(ids),
    ).load(r.id);
  }
}

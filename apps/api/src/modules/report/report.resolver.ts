import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CellModel, ReportFindingModel, ReportModel, SectionModel } from './report.model';
import { ReportService } from './report.service';

@Resolver(() => ReportModel)
export class ReportResolver {
  constructor(private readonly service: ReportService) {}

  @Query(() => [ReportModel], { description: '报告列表 · reports (current revisions), optionally of one year' })
  reports(@Args('year', { type: () => Int, nullable: true }) year?: number): Promise<ReportModel[]> {
    return this.service.list(year);
  }

  @Query(() => ReportModel, { description: '一份报告 · one report by id, or by agency name (or alias) and year' })
  report(
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('agencyName', { nullable: true }) agencyName?: string,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
  ): Promise<ReportModel> {
    return this.service.get({ id, agencyName, year });
  }

  @ResolveField(() => [CellModel], { description: '全部表格单元格 · every table cell' })
  cells(@Parent() r: ReportModel): Promise<CellModel[]> {
    return this.service.cells(r);
  }

  @ResolveField(() => [SectionModel], { description: '正文六部分 · the sections' })
  sections(@Parent() r: ReportModel): Promise<SectionModel[]> {
    return this.service.sections(r);
  }

  @ResolveField(() => [ReportFindingModel], { description: '检查发现 · findings of the checks' })
  findings(@Parent() r: ReportModel): Promise<ReportFindingModel[]> {
    return this.service.findings(r);
  }
}

import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/graphql/loaders';
import { ReportFilterInput } from './report-filter.input';
import {
  CellModel,
  ReportConnectionModel,
  ReportFindingModel,
  ReportModel,
  RevisionModel,
  SectionModel,
  YearCountModel,
} from './report.model';
import { ReportService } from './report.service';

@Resolver(() => ReportModel)
export class ReportResolver {
  constructor(private readonly service: ReportService) {}

  @Query(() => ReportConnectionModel, {
    description: '报告列表（游标分页，每页≤200） · reports, cursor-paginated (page size capped at 200)',
  })
  reports(
    @Args('filter', { type: () => ReportFilterInput, nullable: true }) filter?: ReportFilterInput,
    @Args('first', { type: () => Int, defaultValue: 50, description: '每页条数 · page size (max 200)' }) first = 50,
    @Args('after', { nullable: true, description: '游标 · endCursor of the previous page' }) after?: string,
  ): Promise<ReportConnectionModel> {
    return this.service.page(filter, first, after);
  }

  @Query(() => [YearCountModel], {
    description: "年度 · the years that have reports, oldest first, with how many (the dashboard's year filters)",
  })
  years(): Promise<YearCountModel[]> {
    return this.service.years();
  }

  @Query(() => ReportModel, {
    description: '一份报告 · one report by id, by agency id and year, or by agency name (or alias) and year',
  })
  report(
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('agencyId', { type: () => Int, nullable: true, description: '机关ID · agency id' }) agencyId?: number,
    @Args('agencyName', { nullable: true, description: '机关名称或别名 · agency name or alias' }) agencyName?: string,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
  ): Promise<ReportModel> {
    return this.service.get({ id, agencyId, agencyName, year });
  }

  @ResolveField(() => [CellModel], {
    description: '表格单元格（默认当前版本） · table cells, of the current revision unless asOf/revisionNo',
  })
  async cells(
    @Parent() r: ReportModel,
    @Context() ctx: GqlContext,
    @Args('asOf', {
      nullable: true,
      description: '截至时间（ISO） · read as it stood at this time (first published vs corrected)',
    })
    asOf?: string,
    @Args('revisionNo', {
      type: () => Int,
      nullable: true,
      description: '版本号 · read this revision (1 = as first published)',
    })
    revisionNo?: number,
    @Args('keys', { type: () => [String], nullable: true, description: '指标键 · only these metric keys' })
    keys?: string[],
  ): Promise<CellModel[]> {
    const cells = await this.service.cells(ctx, r.agencyId, await this.service.revisionFor(r, asOf, revisionNo));
    return keys ? cells.filter((c) => keys.includes(c.key)) : cells;
  }

  @ResolveField(() => [SectionModel], { description: '正文六部分 · the sections' })
  sections(@Parent() r: ReportModel, @Context() ctx: GqlContext): Promise<SectionModel[]> {
    return this.service.sections(ctx, r);
  }

  @ResolveField(() => [ReportFindingModel], { description: '检查发现 · findings of the checks' })
  findings(@Parent() r: ReportModel, @Context() ctx: GqlContext): Promise<ReportFindingModel[]> {
    return this.service.findings(ctx, r);
  }

  @ResolveField(() => String, {
    description: '原文（解码后的可读文本） · the report as readable text, as decoded from the source',
  })
  sourceText(@Parent() r: ReportModel, @Context() ctx: GqlContext): Promise<string> {
    return this.service.sourceText(ctx, r);
  }

  @ResolveField(() => [RevisionModel], { description: '全部版本 · every revision, oldest first' })
  revisions(@Parent() r: ReportModel, @Context() ctx: GqlContext): Promise<RevisionModel[]> {
    return this.service.revisions(ctx, r);
  }
}

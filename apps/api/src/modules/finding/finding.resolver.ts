import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/graphql/loaders';
import { principalOf } from '../auth/principal';
import { RequireRole } from '../auth/roles';
import { FindingFilterInput, FindingModel, FindingStatus } from './finding.model';
import { FindingService } from './finding.service';

@Resolver(() => FindingModel)
export class FindingResolver {
  constructor(private readonly service: FindingService) {}

  @Query(() => [FindingModel], {
    description:
      '问题：报告内、跨年度衔接（上年结转/结转下年度；现行有效件数）、层级汇总 · within-report, cross-year continuity and hierarchy findings',
  })
  findings(
    @Args('filter', { type: () => FindingFilterInput, nullable: true }) filter?: FindingFilterInput,
    @Args('limit', { type: () => Int, defaultValue: 200, description: '条数（≤2000） · rows (max 2000)' }) limit = 200,
  ): Promise<FindingModel[]> {
    return this.service.list(filter, limit);
  }

  @Query(() => Int, {
    description: '问题总数（不受条数上限影响） · how many findings match the filter, without a limit',
  })
  findingCount(
    @Args('filter', { type: () => FindingFilterInput, nullable: true }) filter?: FindingFilterInput,
  ): Promise<number> {
    return this.service.count(filter);
  }

  @RequireRole('admin')
  @Mutation(() => FindingModel, {
    description: '确认或驳回问题（管理员） · confirm or dismiss a finding with a note (admin)',
  })
  setFindingStatus(
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => FindingStatus }) status: FindingStatus,
    @Args('note', { type: () => String, nullable: true, description: '说明 · note' }) note: string | undefined,
    @Context() ctx: GqlContext,
  ): Promise<FindingModel> {
    return this.service.setStatus(id, status, note ?? null, principalOf(ctx)?.name ?? 'anonymous');
  }
}

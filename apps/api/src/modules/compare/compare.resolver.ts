import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import { CompareModel, CompareSortInput, GroupBy } from './compare.model';
import { CompareService } from './compare.service';

@Resolver(() => CompareModel)
export class CompareResolver {
  constructor(private readonly service: CompareService) {}

  @Query(() => CompareModel, {
    description:
      '横向对比：数值、合计、同比、占比、同组分位数 · values, totals, YoY change, share of total, peer P25/P50/P75',
  })
  compare(
    @Args('metrics', { type: () => [String], description: '指标键（≤10） · metric keys (max 10)' }) metrics: string[],
    @Args('years', { type: () => [Int], description: '年度（≤10） · years (max 10)' }) years: number[],
    @Args('filter', { type: () => AgencyFilterInput, nullable: true }) filter?: AgencyFilterInput,
    @Args('groupBy', { type: () => GroupBy, defaultValue: GroupBy.agency }) groupBy: GroupBy = GroupBy.agency,
    @Args('sort', { type: () => CompareSortInput, nullable: true }) sort?: CompareSortInput,
    @Args('limit', { type: () => Int, defaultValue: 50, description: '行数上限（≤1000） · rows (max 1000)' })
    limit = 50,
  ): Promise<CompareModel> {
    return this.service.compare({ metrics, years, filter, groupBy, sort, limit });
  }
}

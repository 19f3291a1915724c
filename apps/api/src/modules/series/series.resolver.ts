import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import { SeriesModel } from './series.model';
import { SeriesService } from './series.service';

@Resolver(() => SeriesModel)
export class SeriesResolver {
  constructor(private readonly service: SeriesService) {}

  @Query(() => SeriesModel, {
    description:
      '时间序列：每个机关每年一点；模板变化导致不可比时断开并说明 · one point per agency-year; a template change that breaks comparability is a break with its reason',
  })
  series(
    @Args('metric', { description: '指标键 · metric key' }) metric: string,
    @Args('agencyIds', { type: () => [Int], nullable: true, description: '机关ID · these agencies' })
    agencyIds?: number[],
    @Args('filter', { type: () => AgencyFilterInput, nullable: true, description: '或按条件 · or a filter' })
    filter?: AgencyFilterInput,
    @Args('years', {
      type: () => [Int],
      nullable: true,
      description: '年度（默认有数据的全部年度） · years (default: all with data)',
    })
    years?: number[],
    @Args('limit', {
      type: () => Int,
      defaultValue: 50,
      description: '机关数上限（≤500） · at most this many agencies (max 500)',
    })
    limit = 50,
  ): Promise<SeriesModel> {
    return this.service.series({ metric, agencyIds, filter, years, limit });
  }
}

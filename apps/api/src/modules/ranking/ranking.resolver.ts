import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import { IndicatorWeightInput } from '../scoring-profile/scoring-profile.model';
import { RankingModel } from './ranking.model';
import { RankingService } from './ranking.service';

@Resolver(() => RankingModel)
export class RankingResolver {
  constructor(private readonly service: RankingService) {}

  @Query(() => RankingModel, { description: '考评排名：得分、名次、上年名次及变化、各指标贡献、变化原因 · score, rank, last year’s rank and change, contributions, why it moved' })
  ranking(
    @Args('year', { type: () => Int }) year: number,
    @Args('profileId', { type: () => Int, nullable: true, description: '方案ID（默认：默认方案） · profile id (default: the default profile)' }) profileId?: number,
    @Args('filter', { type: () => AgencyFilterInput, nullable: true, description: '参评机关 · bodies ranked together' }) filter?: AgencyFilterInput,
    @Args('whatIf', { type: () => [IndicatorWeightInput], nullable: true, description: '假设权重（不保存） · other weights, not saved' }) whatIf?: IndicatorWeightInput[],
    @Args('limit', { type: () => Int, defaultValue: 100, description: '行数（≤1000） · rows (max 1000)' }) limit = 100,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
  ): Promise<RankingModel> {
    return this.service.ranking({ year, profileId, filter, whatIf, limit, offset });
  }
}

import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import { IndicatorWeightInput } from '../scoring-profile/scoring-profile.model';
import { ContentMatchModel, PeerGroup, RankingModel } from './ranking.model';
import { RankingService } from './ranking.service';

@Resolver(() => RankingModel)
export class RankingResolver {
  constructor(private readonly service: RankingService) {}

  @Query(() => RankingModel, {
    description:
      '考评排名：得分、名次、上年名次及变化、各指标贡献、变化原因 · score, rank, last year’s rank and change, contributions, why it moved',
  })
  ranking(
    @Args('year', { type: () => Int }) year: number,
    @Args('profileId', {
      type: () => Int,
      nullable: true,
      description: '方案ID（默认：默认方案） · profile id (default: the default profile)',
    })
    profileId?: number,
    @Args('filter', { type: () => AgencyFilterInput, nullable: true, description: '参评机关 · bodies ranked together' })
    filter?: AgencyFilterInput,
    @Args('whatIf', {
      type: () => [IndicatorWeightInput],
      nullable: true,
      description: '假设权重（不保存） · other weights, not saved',
    })
    whatIf?: IndicatorWeightInput[],
    @Args('peerGroup', {
      type: () => PeerGroup,
      nullable: true,
      description:
        '参评分组（默认：按机关类别；仅含旧指标的方案：全部） · peer groups (default: by kind; v1-only profiles: all)',
    })
    peerGroup?: PeerGroup,
    @Args('limit', { type: () => Int, defaultValue: 100, description: '行数（≤1000） · rows (max 1000)' }) limit = 100,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
    @Args('ends', {
      type: () => Int,
      nullable: true,
      description:
        '首尾各N行（代替limit/offset） · only the first and the last N rows (top and bottom), instead of limit/offset',
    })
    ends?: number,
  ): Promise<RankingModel> {
    return this.service.ranking({ year, profileId, filter, whatIf, peerGroup, limit, offset, ends });
  }

  @Query(() => ContentMatchModel, {
    description:
      '内容雷同：第一/第五部分与另一份报告（默认：本机关上年）共有的句子 · passages of sections 一/五 shared with another report (default: own previous year)',
  })
  contentMatch(
    @Args('agencyId', { type: () => Int }) agencyId: number,
    @Args('year', { type: () => Int }) year: number,
    @Args('otherAgencyId', { type: () => Int, nullable: true }) otherAgencyId?: number,
    @Args('otherYear', { type: () => Int, nullable: true }) otherYear?: number,
  ): Promise<ContentMatchModel> {
    return this.service.contentMatch({ agencyId, year, otherAgencyId, otherYear });
  }
}

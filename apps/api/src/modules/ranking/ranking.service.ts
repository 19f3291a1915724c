import { Injectable, NotImplementedException } from '@nestjs/common';
import type { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import type { IndicatorWeightInput } from '../scoring-profile/scoring-profile.model';
import type { RankingModel } from './ranking.model';

@Injectable()
export class RankingService {
  ranking(_a: { year: number; profileId?: number; filter?: AgencyFilterInput; whatIf?: IndicatorWeightInput[]; limit: number; offset: number }): Promise<RankingModel> {
    throw new NotImplementedException('ranking: in progress');
  }
}

import { Injectable, NotImplementedException } from '@nestjs/common';
import type { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import type { SeriesModel } from './series.model';

@Injectable()
export class SeriesService {
  series(_a: { metric: string; agencyIds?: number[]; filter?: AgencyFilterInput; years?: number[]; limit: number }): Promise<SeriesModel> {
    throw new NotImplementedException('series: in progress');
  }
}

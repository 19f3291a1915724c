import { Injectable, NotImplementedException } from '@nestjs/common';
import type { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import type { CompareModel, CompareSortInput, GroupBy } from './compare.model';

@Injectable()
export class CompareService {
  compare(_a: { metrics: string[]; years: number[]; filter?: AgencyFilterInput; groupBy: GroupBy; sort?: CompareSortInput; limit: number }): Promise<CompareModel> {
    throw new NotImplementedException('compare: in progress');
  }
}

import { Injectable, NotImplementedException } from '@nestjs/common';
import type { FindingFilterInput, FindingModel, FindingStatus } from './finding.model';

@Injectable()
export class FindingService {
  list(_f: FindingFilterInput | undefined, _limit: number): Promise<FindingModel[]> {
    throw new NotImplementedException('findings: in progress');
  }

  setStatus(_id: string, _s: FindingStatus, _note: string | null, _by: string): Promise<FindingModel> {
    throw new NotImplementedException('findings: in progress');
  }
}

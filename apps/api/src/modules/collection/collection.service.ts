import { Injectable, NotImplementedException } from '@nestjs/common';
import type { CollectionStatusModel } from './collection.model';

@Injectable()
export class CollectionService {
  status(_year: number, _regionId?: number): Promise<CollectionStatusModel> {
    throw new NotImplementedException('collectionStatus: in progress');
  }
}

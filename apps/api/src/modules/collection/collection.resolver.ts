import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CollectionStatusModel } from './collection.model';
import { CollectionService } from './collection.service';

@Resolver(() => CollectionStatusModel)
export class CollectionResolver {
  constructor(private readonly service: CollectionService) {}

  @Query(() => CollectionStatusModel, {
    description: '收集进度：应报机关与收到的报告（按时/逾期/缺报/机关未确认） · expected bodies vs reports received',
  })
  collectionStatus(
    @Args('year', { type: () => Int }) year: number,
    @Args('regionId', { type: () => Int, nullable: true, description: '地区（含下级） · region, sub-regions included' })
    regionId?: number,
  ): Promise<CollectionStatusModel> {
    return this.service.status(year, regionId);
  }
}

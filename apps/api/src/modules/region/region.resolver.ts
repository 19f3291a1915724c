import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { RegionModel } from './region.model';
import { RegionQueryRepository } from './region-query.repository';

@Resolver(() => RegionModel)
export class RegionResolver {
  constructor(private readonly repo: RegionQueryRepository) {}

  @Query(() => [RegionModel], { description: '地区列表 · regions, optionally of one level or under one parent' })
  regions(
    @Args('level', { nullable: true, description: '层级 · level' }) level?: string,
    @Args('parentId', { type: () => Int, nullable: true, description: '上级地区 · parent region id' })
    parentId?: number,
  ): Promise<RegionModel[]> {
    return this.repo.list({ level, parentId });
  }
}

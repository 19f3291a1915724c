import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { RollupRowModel } from './rollup.model';
import { RollupService } from './rollup.service';

@Resolver()
export class RollupResolver {
  constructor(private readonly service: RollupService) {}

  @Query(() => [RollupRowModel], {
    description:
      '逐级汇总：各级政府汇总报告与所属机关合计的对照 · each compiled government report beside the sum of the bodies the roster puts under it',
  })
  rollup(
    @Args('year', { type: () => Int }) year: number,
    @Args('metrics', { type: () => [String] }) metrics: string[],
    @Args('regionId', { type: () => Int, nullable: true, description: '地区（含下级） · region, sub-regions included' })
    regionId?: number,
  ): Promise<RollupRowModel[]> {
    return this.service.rollup(year, metrics, regionId);
  }
}

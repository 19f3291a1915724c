import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import { byKeys, loaderFor, type GqlContext } from '../../common/graphql/loaders';
import { RegionModel } from '../region/region.model';
import { RegionQueryRepository } from '../region/region-query.repository';
import { AgencyFactsModel, AgencyModel } from './agency.model';
import { AgencyQueryRepository } from './agency-query.repository';

@Resolver(() => AgencyModel)
export class AgencyResolver {
  constructor(
    private readonly repo: AgencyQueryRepository,
    private readonly regions: RegionQueryRepository,
  ) {}

  @Query(() => [AgencyModel], { description: '机关列表 · agencies matching a filter (merged ones excluded), by name' })
  agencies(
    @Args('filter', { type: () => AgencyFilterInput, nullable: true }) filter?: AgencyFilterInput,
    @Args('limit', { type: () => Int, defaultValue: 100, description: '条数上限（≤1000） · page size, at most 1000' })
    limit = 100,
    @Args('offset', { type: () => Int, defaultValue: 0, description: '偏移 · offset' }) offset = 0,
  ): Promise<AgencyModel[]> {
    return this.repo.search(filter, Math.min(Math.max(limit, 0), 1000), Math.max(offset, 0));
  }

  @Query(() => AgencyFactsModel, {
    description: '机关概况 · the types of bodies and whether any is synthetic, without listing them',
  })
  agencyFacts(): Promise<AgencyFactsModel> {
    return this.repo.facts();
  }

  @ResolveField(() => RegionModel, { nullable: true, description: '地区 · region' })
  region(@Parent() a: AgencyModel, @Context() ctx: GqlContext): Promise<RegionModel | null> | null {
    if (a.regionId === null) return null;
    return loaderFor<number, RegionModel | null>(ctx, 'region', async (ids) =>
      byKeys(
        ids,
        await this.regions.byIds(ids),
        (r) => r.id,
        (rs) => rs[0],
        null,
      ),
    ).load(a.regionId);
  }
}

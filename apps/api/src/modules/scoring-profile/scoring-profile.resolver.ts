import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/graphql/loaders';
import { principalOf } from '../auth/principal';
import { RequireRole } from '../auth/roles';
import { IndicatorModel, ScoringProfileInput, ScoringProfileModel } from './scoring-profile.model';
import { ScoringProfileService } from './scoring-profile.service';

@Resolver(() => ScoringProfileModel)
export class ScoringProfileResolver {
  constructor(private readonly service: ScoringProfileService) {}

  @Query(() => [ScoringProfileModel], {
    description: '考评方案（全部版本） · scoring profiles, every version, newest first',
  })
  scoringProfiles(): Promise<ScoringProfileModel[]> {
    return this.service.list();
  }

  @Query(() => ScoringProfileModel, {
    description: '一个方案（默认：默认方案） · one profile by id (default: the default profile)',
  })
  scoringProfile(@Args('id', { type: () => Int, nullable: true }) id?: number): Promise<ScoringProfileModel> {
    return this.service.get(id);
  }

  @Query(() => [IndicatorModel], { description: '考评指标 · the indicators a profile weights' })
  indicators(): IndicatorModel[] {
    return this.service.indicators();
  }

  @RequireRole('admin')
  @Mutation(() => ScoringProfileModel, {
    description: '保存方案（同名递增版本；管理员） · save a profile as a new version of its name (admin)',
  })
  saveScoringProfile(
    @Args('input') input: ScoringProfileInput,
    @Context() ctx: GqlContext,
  ): Promise<ScoringProfileModel> {
    return this.service.save(input, principalOf(ctx)?.name ?? null);
  }

  @RequireRole('admin')
  @Mutation(() => ScoringProfileModel, { description: '设为默认方案（管理员） · make a profile the default (admin)' })
  setDefaultScoringProfile(@Args('id', { type: () => Int }) id: number): Promise<ScoringProfileModel> {
    return this.service.setDefault(id);
  }
}

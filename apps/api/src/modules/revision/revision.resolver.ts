// Admin mutations on revisions (the auth guard requires role admin for every mutation).
import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/graphql/loaders';
import { principalOf } from '../auth/principal';
import { SetCurrentRevisionModel } from './revision.model';
import { RevisionService } from './revision.service';

@Resolver()
export class RevisionResolver {
  constructor(private readonly service: RevisionService) {}

  @Mutation(() => SetCurrentRevisionModel, {
    description:
      '设为当前版本（记入管理日志）；序列、对比、排名随之改用该版本 · make a revision current (logged); series, compare and ranking read it from then on',
  })
  setCurrentRevision(
    @Args('revisionId', { type: () => ID }) revisionId: string,
    @Context() ctx: GqlContext,
  ): Promise<SetCurrentRevisionModel> {
    return this.service.setCurrent(revisionId, principalOf(ctx)?.name ?? 'unknown');
  }
}

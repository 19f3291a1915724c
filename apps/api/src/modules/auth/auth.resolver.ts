import { Context, Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/graphql/loaders';
import { principalOf } from './principal';
import { appConfig } from '../../config/app-config';

@ObjectType('Caller', { description: '当前调用者 · who is calling' })
export class CallerModel {
  @Field(() => String, { nullable: true, description: '角色 · viewer, analyst, admin; null without a token' }) role!:
    string | null;
  @Field(() => String, { nullable: true, description: '令牌名称 · token name' }) name!: string | null;
  @Field({ description: '公开读取 · reading is open without a token' }) readOpen!: boolean;
  @Field(() => String, {
    nullable: true,
    description: '账号类别 · bureau, reviewer or admin when signed in with an account',
  })
  account!: string | null;
  @Field(() => Int, { nullable: true, description: '填报机关 · the body a bureau account acts for' }) agencyId!:
    number | null;
}

@Resolver(() => CallerModel)
export class AuthResolver {
  @Query(() => CallerModel, { description: '当前调用者及其角色 · the caller and its role' })
  whoami(@Context() ctx: GqlContext): CallerModel {
    const p = principalOf(ctx);
    return {
      role: p?.role ?? null,
      name: p?.name ?? null,
      account: p?.account ?? null,
      agencyId: p?.agencyId ?? null,
      readOpen: appConfig().readOpen,
    };
  }
}

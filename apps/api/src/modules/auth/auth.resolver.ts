import { Context, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/graphql/loaders';
import { principalOf } from './principal';

@ObjectType('Caller', { description: '当前调用者 · who is calling' })
export class CallerModel {
  @Field(() => String, { nullable: true, description: '角色 · viewer, analyst, admin; null without a token' }) role!: string | null;
  @Field(() => String, { nullable: true, description: '令牌名称 · token name' }) name!: string | null;
  @Field({ description: '公开读取 · reading is open without a token' }) readOpen!: boolean;
}

@Resolver(() => CallerModel)
export class AuthResolver {
  @Query(() => CallerModel, { description: '当前调用者及其角色 · the caller and its role' })
  whoami(@Context() ctx: GqlContext): CallerModel {
    const p = principalOf(ctx);
    return { role: p?.role ?? null, name: p?.name ?? null, readOpen: (process.env.READ_ACCESS ?? 'open') !== 'token' };
  }
}

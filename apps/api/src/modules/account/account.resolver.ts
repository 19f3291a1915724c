// Admin pages' API: accounts (create, list, reset a password) and API tokens (create, list, revoke). Thin: the rules
// are AccountService's and AuthService's. Every mutation here is admin-only (the guard's default for mutations).
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthService } from '../auth/auth.service';
import { RequireRole } from '../auth/roles';
import { AccountModel, ApiTokenModel, CreateAccountArgs, CreateApiTokenArgs, NewApiTokenModel } from './account.model';
import type { AccountRow } from './account.repository';
import { AccountService } from './account.service';

const toModel = (a: AccountRow): AccountModel => ({
  id: String(a.id),
  username: a.username,
  kind: a.kind,
  agencyId: a.agency_id,
  agencyName: a.agency_name,
  locked: a.locked_until !== null && a.locked_until.getTime() > Date.now(),
  createdAt: a.created_at,
});

@Resolver(() => AccountModel)
export class AccountResolver {
  constructor(
    private readonly service: AccountService,
    private readonly auth: AuthService,
  ) {}

  @Query(() => [AccountModel], { description: '账号 · all accounts (admin)' })
  @RequireRole('admin')
  async accounts(): Promise<AccountModel[]> {
    return (await this.service.list()).map(toModel);
  }

  @Mutation(() => AccountModel, { description: '新建账号 · create an account (admin)' })
  async createAccount(@Args() a: CreateAccountArgs): Promise<AccountModel> {
    return toModel(await this.service.create(a.username, a.password, a.kind, a.agencyId ?? null));
  }

  @Mutation(() => Boolean, {
    description: "重置密码 · set a new password, lift a lock and end the account's sessions (admin)",
  })
  resetPassword(
    @Args('accountId', { type: () => Int }) id: number,
    @Args('password') password: string,
  ): Promise<boolean> {
    return this.service.resetPassword(id, password);
  }

  @Query(() => [ApiTokenModel], { description: 'API 令牌 · all API tokens, revoked ones included (admin)' })
  @RequireRole('admin')
  async apiTokens(): Promise<ApiTokenModel[]> {
    return (await this.auth.list()).map((t) => ({
      id: String(t.id),
      name: t.name,
      role: t.role,
      createdAt: t.created_at,
      revoked: t.revoked,
    }));
  }

  @Mutation(() => NewApiTokenModel, {
    description: '新建令牌 · create an API token; the secret is in this answer only (admin)',
  })
  async createApiToken(@Args() a: CreateApiTokenArgs): Promise<NewApiTokenModel> {
    const t = await this.auth.create(a.role, a.name.trim() || a.role);
    return {
      secret: t.token,
      token: { id: String(t.id), name: t.name, role: t.role, createdAt: new Date().toISOString(), revoked: false },
    };
  }

  @Mutation(() => Boolean, { description: '吊销令牌 · revoke an API token at once (admin)' })
  revokeApiToken(@Args('id', { type: () => Int }) id: number): Promise<boolean> {
    return this.auth.revoke(id);
  }
}

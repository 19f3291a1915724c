// One guard for GraphQL and HTTP routes. Mutations default to admin, so a forgotten decorator fails closed.
import {
  ForbiddenException,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AccountService } from '../account/account.service';
import { AuthService } from './auth.service';
import { credentialsOf } from './credentials';
import { ANONYMOUS_KEY, ROLE_KEY, roleAtLeast, type Principal, type Role } from './roles';

type Req = {
  headers: Record<string, string | string[] | undefined>;
  method?: string;
  user?: Principal | null;
  authChecked?: boolean;
};

/** Hands the guard a caller already looked up for this request (the read cache checks a token before the queue), so
 *  that one request makes one token lookup. */
export function rememberCaller(req: object, user: Principal | null): void {
  Object.assign(req as Req, { user, authChecked: true });
}

// A cookie rides along on any request the browser makes, so a REST write signed by the session cookie must also carry
// this header, which a cross-site form cannot set (SameSite=Strict is the first guard; GraphQL has Apollo's own check).
export const CSRF_HEADER = 'x-dh-csrf';

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly accounts: AccountService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    let req: Req;
    let isMutation = false;
    if (context.getType<string>() === 'graphql') {
      const g = GqlExecutionContext.create(context);
      req = g.getContext<{ req: Req }>().req;
      isMutation = g.getInfo<{ parentType: { name: string } }>().parentType.name === 'Mutation';
    } else {
      req = context.switchToHttp().getRequest<Req>();
    }
    const need: Role =
      this.reflector.getAllAndOverride<Role | undefined>(ROLE_KEY, [context.getHandler(), context.getClass()]) ??
      (isMutation ? 'admin' : 'viewer');
    if (!req.authChecked) {
      const c = credentialsOf(req.headers);
      req.user = c.kind === 'session' ? await this.accounts.principal(c.sessionId) : await this.auth.principal(c);
      req.authChecked = true;
      if (c.kind === 'session' && !req.user && need !== 'viewer')
        throw new UnauthorizedException('your session has expired: sign in again');
    }
    if (
      req.user?.userId !== undefined &&
      context.getType<string>() === 'http' &&
      !['GET', 'HEAD'].includes(req.method ?? 'GET') &&
      !req.headers[CSRF_HEADER]
    ) {
      throw new ForbiddenException(`a request signed by the session cookie needs the ${CSRF_HEADER} header`);
    }
    if (need === 'viewer' && this.auth.readIsOpen()) return true;
    if (this.reflector.get<boolean | undefined>(ANONYMOUS_KEY, context.getHandler())) return true;
    if (!req.user) throw new UnauthorizedException(`sign in, or send an API token with role ${need}`);
    if (!roleAtLeast(req.user.role, need))
      throw new ForbiddenException(`role ${need} is required (token has ${req.user.role})`);
    return true;
  }
}

// One guard for GraphQL and HTTP routes. Mutations default to admin, so a forgotten decorator fails closed.
import { ForbiddenException, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthService } from './auth.service';
import { ROLE_KEY, roleAtLeast, type Principal, type Role } from './roles';

type Req = { headers: Record<string, string | string[] | undefined>; user?: Principal | null; authChecked?: boolean };

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector, private readonly auth: AuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    let req: Req;
    let isMutation = false;
    if (context.getType<string>() === 'graphql') {
      const g = GqlExecutionContext.create(context);
      req = (g.getContext<{ req: Req }>()).req;
      isMutation = g.getInfo<{ parentType: { name: string } }>().parentType.name === 'Mutation';
    } else {
      req = context.switchToHttp().getRequest<Req>();
    }
    const need: Role = this.reflector.getAllAndOverride<Role | undefined>(ROLE_KEY, [context.getHandler(), context.getClass()])
      ?? (isMutation ? 'admin' : 'viewer');
    if (!req.authChecked) {
      const h = req.headers.authorization;
      req.user = await this.auth.principal(Array.isArray(h) ? h[0] : h);
      req.authChecked = true;
    }
    if (need === 'viewer' && this.auth.readIsOpen()) return true;
    if (!req.user) throw new UnauthorizedException(`an API token with role ${need} is required`);
    if (!roleAtLeast(req.user.role, need)) throw new ForbiddenException(`role ${need} is required (token has ${req.user.role})`);
    return true;
  }
}

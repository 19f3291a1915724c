import type { GqlContext } from '../../common/graphql/loaders';
import type { Principal } from './roles';

/** Who is calling: set on the request by the auth guard; null when no token was sent. */
export function principalOf(ctx: GqlContext): Principal | null {
  return (ctx.req?.user as Principal | undefined) ?? null;
}

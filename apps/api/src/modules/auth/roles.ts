// Roles are ordered: each includes the rights of the ones before it.
import { SetMetadata } from '@nestjs/common';

export const ROLES = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_KEY = 'dh:role';

/** The least role a resolver or route needs. Without it: viewer (which READ_ACCESS=open grants to everyone). */
export const RequireRole = (role: Role): MethodDecorator & ClassDecorator => SetMetadata(ROLE_KEY, role);

export const ANONYMOUS_KEY = 'dh:anonymous';
/** Open to anyone whatever READ_ACCESS says: signing in and out. */
export const AllowAnonymous = (): MethodDecorator => SetMetadata(ANONYMOUS_KEY, true);

export function roleAtLeast(have: Role | null, need: Role): boolean {
  return have !== null && ROLES.indexOf(have) >= ROLES.indexOf(need);
}

export interface Principal {
  role: Role;
  name: string;
  tokenId: number | null;
  /** Set when the caller signed in with an account (session cookie) rather than a token. */
  userId?: number;
  account?: 'bureau' | 'reviewer' | 'admin';
  /** The one roster body a bureau account acts for. */
  agencyId?: number | null;
}

// API tokens: random 32 bytes shown once; only their SHA-256 is stored. A fast hash suffices because the secret
// is high-entropy (no dictionary to guess from), and it keeps the per-request check to one indexed lookup.
import { createHash, randomBytes } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { ROLES, type Principal, type Role } from './roles';
import { TokenRepository } from './token.repository';

const CACHE_MS = 30_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class AuthService {
  private readonly cache = new Map<string, { p: Principal; until: number }>();
  constructor(private readonly tokens: TokenRepository) {}

  /** READ_ACCESS=open (default) lets anyone read what a viewer may; READ_ACCESS=token requires a token for every call. */
  readIsOpen(): boolean {
    return (process.env.READ_ACCESS ?? 'open') !== 'token';
  }

  async create(role: string, name: string): Promise<{ token: string; id: number; role: Role; name: string }> {
    if (!(ROLES as readonly string[]).includes(role)) throw new Error(`role must be one of ${ROLES.join(', ')}`);
    const token = `dh_${randomBytes(32).toString('base64url')}`;
    const row = await this.tokens.insert(name, role as Role, hashToken(token));
    return { token, ...row };
  }

  /** The caller behind an Authorization header; null without one; throws on an unknown or revoked token. */
  async principal(header: string | undefined): Promise<Principal | null> {
    if (!header) return null;
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) throw new UnauthorizedException('Authorization header must be "Bearer <token>"');
    const hash = hashToken(m[1]);
    const hit = this.cache.get(hash);
    if (hit && hit.until > Date.now()) return hit.p;
    const row = await this.tokens.byHash(hash);
    if (!row) throw new UnauthorizedException('unknown or revoked API token');
    const p: Principal = { role: row.role, name: row.name, tokenId: row.id };
    this.cache.set(hash, { p, until: Date.now() + CACHE_MS });
    return p;
  }

  async revoke(id: number): Promise<boolean> {
    this.cache.clear();
    return this.tokens.revoke(id);
  }
}

// API tokens: random 32 bytes shown once; only their SHA-256 is stored. A fast hash suffices because the secret
// is high-entropy (no dictionary to guess from), and it keeps the per-request check to one indexed lookup.
// Every request checks its token against the table (no cache of the answer), so a revocation — from the admin API or
// from the CLI in another process — takes effect on the very next request.
import { createHash, randomBytes } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { Credentials } from './credentials';
import { ROLES, type Principal, type Role } from './roles';
import { TokenRepository } from './token.repository';
import { appConfig } from '../../config/app-config';

const TOUCH_MS = 60_000; // last_used_at is a hint for admins: a write a minute per token, not one per request
const VERIFIED_MS = 60_000;
const VERIFIED_MAX = 10_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class AuthService {
  private readonly touched = new Map<number, number>();
  // Hashes that matched a live token lately: only the rate limiter reads this (to key a client by its token rather than
  // its IP); authorization never does.
  private readonly verified = new Map<string, number>();
  constructor(private readonly tokens: TokenRepository) {}

  /** READ_ACCESS=open (default) lets anyone read what a viewer may; READ_ACCESS=token requires a token for every call. */
  readIsOpen(): boolean {
    return appConfig().readOpen;
  }

  async create(role: string, name: string): Promise<{ token: string; id: number; role: Role; name: string }> {
    if (!(ROLES as readonly string[]).includes(role)) throw new Error(`role must be one of ${ROLES.join(', ')}`);
    const token = `dh_${randomBytes(32).toString('base64url')}`;
    const row = await this.tokens.insert(name, role as Role, hashToken(token));
    return { token, ...row };
  }

  /** The caller behind a bearer token; null without one (a session is AccountService's); throws on a bad or revoked token. */
  async principal(c: Credentials): Promise<Principal | null> {
    if (c.kind === 'malformed') throw new UnauthorizedException('Authorization header must be "Bearer <token>"');
    if (c.kind !== 'token') return null;
    const hash = hashToken(c.token);
    const row = await this.tokens.byHash(hash);
    if (!row) {
      this.verified.delete(hash);
      throw new UnauthorizedException('unknown or revoked API token');
    }
    const now = Date.now();
    if (this.verified.size >= VERIFIED_MAX) this.verified.clear();
    this.verified.set(hash, now + VERIFIED_MS);
    if ((this.touched.get(row.id) ?? 0) < now - TOUCH_MS) {
      this.touched.set(row.id, now);
      // Best effort: a failed hint must not fail the request.
      void this.tokens.touch(row.id).catch(() => undefined);
    }
    return { role: row.role, name: row.name, tokenId: row.id };
  }

  /** Whether this bearer token matched a live token within the last minute (rate-limit keying only). */
  recentlyVerified(token: string): boolean {
    const hash = hashToken(token);
    const until = this.verified.get(hash);
    return until !== undefined && until > Date.now();
  }

  list(): ReturnType<TokenRepository['list']> {
    return this.tokens.list();
  }

  async revoke(id: number): Promise<boolean> {
    this.verified.clear();
    return this.tokens.revoke(id);
  }
}

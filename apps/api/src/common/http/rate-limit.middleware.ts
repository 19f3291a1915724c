// A token bucket per client, in memory: one process serves the API, so a shared store would buy nothing yet.
// The client is its API token when that token is verified (so offices behind one NAT do not share a bucket), else its
// IP. A token not yet verified counts against its address's bucket of verification attempts, so a fresh random token per
// request buys no extra requests (nor database lookups), while anonymous browsing on the same address cannot lock a
// real token out before its first use.
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { appConfig } from '../../config/app-config';
import { AuthService } from '../../modules/auth/auth.service';
import { credentialKey, credentialsOf } from '../../modules/auth/credentials';

interface Bucket {
  tokens: number;
  at: number;
}

const SWEEP_AT = 10_000;

/** `verified` says whether a bearer token is a live one; anything else is keyed by the client's address. */
export function clientKey(
  req: Pick<Request, 'headers' | 'ip' | 'socket'>,
  verified: (token: string) => boolean,
): string {
  const c = credentialsOf(req.headers);
  if (c.kind === 'token' && verified(c.token)) return credentialKey(c);
  const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  // A session cookie is not checked here either: a made-up one must not buy its own bucket, so it counts as its address.
  return c.kind === 'token' || c.kind === 'malformed' ? `tv:${ip}` : `ip:${ip}`;
}

@Injectable()
export class RateLimitMiddleware implements NestMiddleware {
  // RATE_LIMIT_PER_MIN (0: off): sustained requests a minute, and the burst a client may spend at once.
  private readonly perMin = appConfig().rateLimitPerMin;
  private readonly buckets = new Map<string, Bucket>();
  constructor(private readonly auth: AuthService) {}

  use(req: Request, res: Response, next: NextFunction): void {
    if (!this.perMin) return next();
    const now = Date.now();
    const perMs = this.perMin / 60_000;
    const key = clientKey(req, (t) => this.auth.recentlyVerified(t));
    const b = this.buckets.get(key) ?? { tokens: this.perMin, at: now };
    b.tokens = Math.min(this.perMin, b.tokens + (now - b.at) * perMs);
    b.at = now;
    this.buckets.set(key, b);
    if (this.buckets.size > SWEEP_AT) this.sweep(now, perMs);
    res.setHeader('RateLimit-Limit', String(this.perMin));
    if (b.tokens >= 1) {
      b.tokens -= 1;
      res.setHeader('RateLimit-Remaining', String(Math.floor(b.tokens)));
      return next();
    }
    const retry = Math.max(1, Math.ceil((1 - b.tokens) / perMs / 1000));
    const message = `rate limit exceeded: at most ${this.perMin} requests a minute per client; retry in ${retry} s`;
    res.setHeader('RateLimit-Remaining', '0');
    res.setHeader('Retry-After', String(retry));
    // Nest's error shape for REST clients, and `errors` for GraphQL clients, in one body.
    res.status(429).json({
      statusCode: 429,
      error: 'Too Many Requests',
      message,
      errors: [{ message, extensions: { code: 'RATE_LIMITED' } }],
    });
  }

  /** Forgets clients whose bucket has refilled: they are indistinguishable from new ones. */
  private sweep(now: number, perMs: number): void {
    for (const [k, b] of this.buckets) if (b.tokens + (now - b.at) * perMs >= this.perMin) this.buckets.delete(k);
  }
}

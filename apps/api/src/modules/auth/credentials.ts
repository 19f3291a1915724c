// How a request says who it is, read in one place for the guard, the rate limiter, the read cache and the schema
// check: an Authorization bearer token, else the session cookie. A token wins over a cookie: scripts send tokens, and
// a stale cookie must not stand in for them. Nothing here checks that a credential is live; callers ask the services.
import { createHash } from 'node:crypto';
import { parse as parseCookie } from 'cookie';

export const SESSION_COOKIE = 'dh_session';

export type Credentials =
  | { kind: 'none' }
  | { kind: 'token'; token: string }
  /** An Authorization header that is not `Bearer <token>`: refused by the guard, never treated as anonymous. */
  | { kind: 'malformed' }
  | { kind: 'session'; sessionId: string };

type Headers = { authorization?: string | string[]; cookie?: string | string[] };

const first = (h: string | string[] | undefined): string | undefined => (Array.isArray(h) ? h[0] : h);

export function bearerOf(header: string | string[] | undefined): string | null {
  const h = first(header);
  const m = typeof h === 'string' ? /^Bearer\s+(\S+)$/i.exec(h) : null;
  return m ? m[1] : null;
}

export function sessionIdOf(cookieHeader: string | string[] | undefined): string | null {
  const h = first(cookieHeader);
  return h ? parseCookie(h)[SESSION_COOKIE] || null : null;
}

export function credentialsOf(headers: Headers): Credentials {
  const auth = first(headers.authorization);
  if (auth) {
    const token = bearerOf(auth);
    return token ? { kind: 'token', token } : { kind: 'malformed' };
  }
  const sessionId = sessionIdOf(headers.cookie);
  return sessionId ? { kind: 'session', sessionId } : { kind: 'none' };
}

const digest = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 32);

/** Names the credential without holding the secret: a key for per-caller buckets and cache entries. */
export function credentialKey(c: Credentials): string {
  switch (c.kind) {
    case 'token':
      return `t:${digest(c.token)}`;
    case 'session':
      return `s:${digest(c.sessionId)}`;
    default:
      return c.kind;
  }
}

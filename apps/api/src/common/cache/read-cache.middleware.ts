// Serves repeated GraphQL reads from ReadCache before they queue for a database connection, stores fresh answers
// without errors, and bumps the generation after every write: a GraphQL mutation or any non-GET /api/* request
// (upload, roster import); writes in a transaction bump it on commit too (read-cache.subscriber.ts).
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Kind, parse, type DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { MAX_NESTING, nestingOf } from '../graphql/nesting.middleware';
import { credentialKey, credentialsOf, type Credentials } from '../../modules/auth/credentials';
import { AuthService } from '../../modules/auth/auth.service';
import { rememberCaller } from '../../modules/auth/auth.guard';
import { ReadCache, type CachedAnswer } from './read-cache';

type OpKind = 'query' | 'write' | 'unknown';

// Parsing is cheap but not free; the dashboard sends the same few texts over and over.
const kinds = new LRUCache<string, OpKind>({ max: 2000 });

/** Whether the named (or only) operation of a GraphQL text reads, writes, or cannot be told (left to Apollo). */
export function operationKind(text: string, operationName?: unknown): OpKind {
  const k = `${typeof operationName === 'string' ? operationName : ''}\u0000${text}`;
  const hit = kinds.get(k);
  if (hit) return hit;
  // Too deeply nested for graphql-js's recursive parser: the nesting middleware after this one refuses it.
  if (nestingOf(text) > MAX_NESTING) return 'unknown';
  let doc: DocumentNode;
  try {
    doc = parse(text, { maxTokens: 20_000 });
  } catch {
    return 'unknown';
  }
  const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const op =
    typeof operationName === 'string'
      ? ops.find((d) => d.name?.value === operationName)
      : ops.length === 1
        ? ops[0]
        : undefined;
  // An operation of several where none is named is Apollo's to refuse; treat it as a write so nothing is cached.
  const kind: OpKind = !op
    ? ops.some((d) => d.operation !== 'query')
      ? 'write'
      : 'unknown'
    : op.operation === 'query'
      ? 'query'
      : 'write';
  kinds.set(k, kind);
  return kind;
}

@Injectable()
export class ReadCacheMiddleware implements NestMiddleware {
  private readonly inflight = new Map<string, Promise<CachedAnswer | null>>();
  constructor(
    private readonly cache: ReadCache,
    private readonly auth: AuthService,
  ) {}

  use(req: Request, res: Response, next: NextFunction): void {
    // A token's answer is served from the cache only while the token is live: revocation takes effect at once.
    const c = credentialsOf(req.headers);
    if (c.kind !== 'token' && c.kind !== 'malformed') return this.serve(req, res, next, c);
    // A client can leave while its token is looked up. Its 'close' has then passed: a read registered as in flight
    // for it would never be settled, and every later identical read (same token, same query) would wait on it for
    // good. Nothing is run for a client that has gone, as in admission.
    let gone = false;
    res.once('close', () => (gone = true));
    this.auth.principal(c).then(
      (who) => {
        if (gone) return;
        rememberCaller(req, who);
        return who ? this.serve(req, res, next, c) : next();
      },
      // A bad or revoked token: the guard looks again and refuses it in the route's own error shape.
      () => (gone ? undefined : next()),
    );
  }

  private serve(req: Request, res: Response, next: NextFunction, c: Credentials): void {
    const isGraphql = req.baseUrl === '/graphql' || req.path === '/graphql' || req.originalUrl.startsWith('/graphql');
    if (!isGraphql) {
      if (req.method !== 'GET' && req.method !== 'HEAD') res.once('finish', () => this.cache.bump());
      return next();
    }
    const params = (req.method === 'GET' ? req.query : req.body) as
      { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
    const text = params?.query;
    if (typeof text !== 'string') return next();
    const kind = operationKind(text, params?.operationName);
    if (kind === 'write') {
      res.once('finish', () => this.cache.bump());
      return next();
    }
    // A signed-in account's reads are never cached: the key would not tell two bureaus apart (their answers hold
    // their own drafts), and a session ends by its clock, with no write to bump the generation.
    if (kind !== 'query' || !this.cache.enabled || c.kind === 'session') return next();
    const key = ReadCache.key([
      credentialKey(c),
      req.headers.accept ?? '',
      text,
      params?.variables ?? null,
      params?.operationName ?? null,
    ]);
    const serve = (a: CachedAnswer, how: string): void => {
      res.status(200).setHeader('Content-Type', a.contentType);
      res.setHeader('X-Cache', how);
      res.send(a.body);
    };
    const hit = this.cache.get(key);
    if (hit) return serve(hit, 'hit');
    // The same read already running (a room of dashboards opened on the same page): wait for its answer instead of
    // running it again; if it ends without a cacheable answer, run this one after all.
    const running = this.inflight.get(key);
    if (running) {
      void running.then((a) => (a ? serve(a, 'shared') : next()));
      return;
    }
    let settle: (a: CachedAnswer | null) => void = () => undefined;
    const mine = new Promise<CachedAnswer | null>((r) => {
      settle = r;
    });
    this.inflight.set(key, mine);
    // done runs twice (on send, then on close): by then the key may be another request's, which stays.
    const done = (a: CachedAnswer | null): void => {
      if (this.inflight.get(key) === mine) this.inflight.delete(key);
      settle(a);
    };
    res.once('close', () => done(null));
    const generation = this.cache.generation;
    const whole = (status: number, body: unknown): body is string =>
      status === 200 && typeof body === 'string' && !body.includes('"errors":');
    // A read stopped at its deadline that completes after all (in-flight.ts): its answer is still good for the next.
    res.locals.lateAnswer = (status: number, body: unknown, contentType: string) => {
      if (whole(status, body)) this.cache.set(key, generation, body, contentType);
    };
    const send = res.send.bind(res);
    res.send = (body?: unknown): Response => {
      res.send = send;
      // Only whole answers: a 200 without any error (an error may be the caller's, or a passing fault).
      if (whole(res.statusCode, body)) {
        const answer = { generation, body, contentType: String(res.getHeader('Content-Type') ?? 'application/json') };
        this.cache.set(key, generation, body, answer.contentType);
        done(generation === this.cache.generation ? answer : null);
      } else done(null);
      return send(body);
    };
    next();
  }
}

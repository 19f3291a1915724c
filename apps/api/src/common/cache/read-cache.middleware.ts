// Serves repeated GraphQL reads from ReadCache before they queue for a database connection, stores fresh answers
// without errors, and bumps the generation after every write: a GraphQL mutation or any non-GET /api/* request
// (upload, roster import). That is every write path the app has besides the in-app monitor, which bumps it itself.
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Kind, parse, type DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { ReadCache } from './read-cache';

type OpKind = 'query' | 'write' | 'unknown';

// Parsing is cheap but not free; the dashboard sends the same few texts over and over.
const kinds = new LRUCache<string, OpKind>({ max: 2000 });

/** Whether the named (or only) operation of a GraphQL text reads, writes, or cannot be told (left to Apollo). */
export function operationKind(text: string, operationName?: unknown): OpKind {
  const k = `${typeof operationName === 'string' ? operationName : ''}\u0000${text}`;
  const hit = kinds.get(k);
  if (hit) return hit;
  let doc: DocumentNode;
  try {
    doc = parse(text, { maxTokens: 20_000 });
  } catch {
    return 'unknown';
  }
  const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const op = typeof operationName === 'string' ? ops.find((d) => d.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
  // An operation of several where none is named is Apollo's to refuse; treat it as a write so nothing is cached.
  const kind: OpKind = !op ? (ops.some((d) => d.operation !== 'query') ? 'write' : 'unknown') : op.operation === 'query' ? 'query' : 'write';
  kinds.set(k, kind);
  return kind;
}

@Injectable()
export class ReadCacheMiddleware implements NestMiddleware {
  constructor(private readonly cache: ReadCache) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const isGraphql = req.baseUrl === '/graphql' || req.path === '/graphql' || req.originalUrl.startsWith('/graphql');
    if (!isGraphql) {
      if (req.method !== 'GET' && req.method !== 'HEAD') res.once('finish', () => this.cache.bump());
      return next();
    }
    const params = (req.method === 'GET' ? req.query : req.body) as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
    const text = params?.query;
    if (typeof text !== 'string') return next();
    const kind = operationKind(text, params?.operationName);
    if (kind === 'write') {
      res.once('finish', () => this.cache.bump());
      return next();
    }
    if (kind !== 'query' || !this.cache.enabled) return next();
    const key = ReadCache.key([req.headers.authorization ?? '', req.headers.accept ?? '', text, params?.variables ?? null, params?.operationName ?? null]);
    const hit = this.cache.get(key);
    if (hit) {
      res.status(200).setHeader('Content-Type', hit.contentType);
      res.setHeader('X-Cache', 'hit');
      res.send(hit.body);
      return;
    }
    const generation = this.cache.generation;
    const send = res.send.bind(res);
    res.send = (body?: unknown): Response => {
      // Only whole answers: a 200 without any error (an error may be the caller's, or a passing fault).
      if (res.statusCode === 200 && typeof body === 'string' && !body.includes('"errors":')) {
        this.cache.set(key, generation, body, String(res.getHeader('Content-Type') ?? 'application/json'));
      }
      res.send = send;
      return send(body);
    };
    next();
  }
}

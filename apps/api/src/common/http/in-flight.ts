// The requests at work: each runs in a scope that records its pooled connections (database/checkouts.ts), under a hard
// deadline. A request still at work when its deadline passes, or when the shutdown's grace runs out, is answered 503 +
// Retry-After + SERVICE_UNAVAILABLE at once, its running statements are cancelled and it gets no new connection; what
// its handler writes afterwards goes nowhere. At shutdown the app stops admitting, waits for these to finish, stops
// the rest, and only then closes the pool.
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Request, Response } from 'express';
import { operationKind } from '../cache/read-cache.middleware';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { cancelRunning, requestScope, trackCheckouts, type RequestScope } from '../../database/checkouts';
import { capacity } from './capacity';

export const DEADLINE_RETRY_AFTER_S = 5;

export function overloadBody(message: string): object {
  return {
    statusCode: 503,
    error: 'Service Unavailable',
    message,
    errors: [{ message, extensions: { code: 'SERVICE_UNAVAILABLE' } }],
  };
}

interface Entry {
  res: Response;
  scope: RequestScope;
  timer: NodeJS.Timeout | null;
}

/** What a stopped request's handler answers after all, when it does (see muzzle). */
export type LateAnswer = (status: number, body: unknown, contentType: string) => void;

// After the 503 the handler may still try to answer: its writes go nowhere (Express would throw "headers already
// sent"), but a whole answer is handed to `res.locals.lateAnswer` when a middleware set one. The read cache keeps it:
// on the embedded database, which cannot cancel, a slow read still computed once warms the cache for the next ones.
function muzzle(res: Response): void {
  const late = res.locals.lateAnswer as LateAnswer | undefined;
  const headers: Record<string, string> = {};
  const self = (): Response => res;
  Object.assign(res, {
    status: self,
    set: self,
    writeHead: self,
    json: self,
    end: self,
    write: () => true,
    setHeader: (k: string, v: unknown) => {
      headers[k.toLowerCase()] = String(v);
      return res;
    },
    send: (body?: unknown) => {
      late?.(res.statusCode, body, headers['content-type'] ?? 'application/json');
      return res;
    },
  });
}

// When each API request arrived, before the rate limit, the cache's wait for an identical read and the queue: a read's
// deadline counts from here.
const arrivals = new WeakMap<Request, number>();
export function markArrival(req: Request, _res: Response, next: () => void): void {
  arrivals.set(req, Date.now());
  next();
}
export const arrivalOf = (req: Request): number => arrivals.get(req) ?? Date.now();

@Injectable()
export class InFlight implements OnApplicationBootstrap {
  private readonly entries = new Set<Entry>();
  /** Shutting down: nothing more is admitted. */
  draining = false;
  /** The shutdown's grace has run out: what the queue still admits is refused. */
  closing = false;
  readonly deadlineMs = capacity().requestDeadlineMs;

  constructor(private readonly ds: DataSource) {}

  onApplicationBootstrap(): void {
    trackCheckouts((this.ds.driver as unknown as { master: Pool }).master);
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The deadline of a request, counted from its arrival (queue wait included), or 0: only GraphQL reads have one.
   * Mutations, uploads, exports and other REST calls may rightly run long (a batch of files parses for minutes, each
   * file bounded by the parse pool's limits); cutting a write short only rolls it back.
   */
  deadlineOf(req: Request): number {
    if (!this.deadlineMs || !req.originalUrl.startsWith('/graphql')) return 0;
    const params = (req.method === 'GET' ? req.query : req.body) as
      { query?: unknown; operationName?: unknown } | undefined;
    return typeof params?.query === 'string' && operationKind(params.query, params.operationName) === 'query'
      ? this.deadlineMs
      : 0;
  }

  /** Runs `next` in a scope of its own, stopped `deadlineMs` after `arrivedAt` (0: no deadline). */
  run(res: Response, next: () => void, deadlineMs = 0, arrivedAt = Date.now()): void {
    const scope: RequestScope = { held: new Set(), stopped: null };
    const entry: Entry = { res, scope, timer: null };
    if (deadlineMs > 0) {
      const left = Math.max(0, arrivedAt + deadlineMs - Date.now());
      entry.timer = setTimeout(
        () => this.stop(entry, `this request ran longer than ${deadlineMs / 1000} s and was stopped; retry shortly`),
        left,
      );
      entry.timer.unref();
    }
    const end = (): void => {
      if (entry.timer) clearTimeout(entry.timer);
      this.entries.delete(entry);
    };
    res.once('finish', end);
    res.once('close', end);
    this.entries.add(entry);
    requestScope.run(scope, next);
  }

  private stop(entry: Entry, message: string): void {
    const { res, scope } = entry;
    if (scope.stopped) return;
    scope.stopped = message;
    cancelRunning(scope.held);
    if (res.headersSent) {
      // Part of the answer is out (a streamed export): it can only be cut short.
      res.destroy();
      return;
    }
    res.setHeader('Retry-After', String(DEADLINE_RETRY_AFTER_S));
    if (this.draining) res.setHeader('Connection', 'close');
    res.status(503).json(overloadBody(message));
    muzzle(res);
  }

  /**
   * Resolves once no request is at work or waiting (`busy`: the admission queue), or after `graceMs`, when those at
   * work are stopped (503, statements cancelled) and those still waiting will be refused when admitted (`closing`).
   */
  async drain(graceMs: number, busy: () => boolean = () => false): Promise<void> {
    this.draining = true;
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const until = Date.now() + graceMs;
    // Requests already received but not yet through the middleware get a moment to reach the queue.
    await sleep(Math.min(100, graceMs));
    while ((this.entries.size || busy()) && Date.now() < until) await sleep(20);
    if (!this.entries.size && !busy()) return;
    this.closing = true;
    const left = [...this.entries];
    for (const e of left) this.stop(e, 'the server is restarting; retry shortly');
    // Their connections come back once the cancelled statements end; the pool is closed after that.
    const end = Date.now() + 5_000;
    while ((left.some((e) => e.scope.held.size) || busy()) && Date.now() < end) await sleep(20);
  }
}

// Which pooled connections a request holds, so that its statements can be cancelled when the request runs out of time
// (its deadline, or the shutdown's grace) and so that it takes no new connection after that. The request's scope is
// carried by AsyncLocalStorage from the admission middleware through every promise the request's handlers make.
import { AsyncLocalStorage } from 'node:async_hooks';
import * as net from 'node:net';
import type { Pool, PoolClient } from 'pg';

const CANCEL_REQUEST_CODE = 80877102;

export interface RequestScope {
  /** Connections checked out by this request and not yet released. */
  held: Set<PoolClient>;
  /** Set when the request ran out of time: no further connection is handed to it. */
  stopped: string | null;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/** The error a stopped request's next checkout gets: coded like a cancelled statement, so it is answered as overload. */
export class RequestStopped extends Error {
  readonly code = '57014';
  constructor(why: string) {
    super(`canceling statement: ${why}`);
  }
}

type ConnectCb = (err: Error | undefined, client: PoolClient | undefined, done: (release?: unknown) => void) => void;

/** Wraps the pool's checkout (TypeORM calls it with a callback) to record each connection in the current request's scope. */
export function trackCheckouts(pool: Pool): void {
  const connect = pool.connect.bind(pool) as (cb: ConnectCb) => void;
  (pool as unknown as { connect: (cb?: ConnectCb) => unknown }).connect = (cb?: ConnectCb) => {
    const scope = requestScope.getStore();
    if (!cb) {
      return new Promise((resolve, reject) => {
        (pool.connect as (cb: ConnectCb) => void)((err, client) => (err || !client ? reject(err) : resolve(client)));
      });
    }
    if (scope?.stopped) return void cb(new RequestStopped(scope.stopped), undefined, () => undefined);
    connect((err, client, done) => {
      if (err || !client || !scope) return cb(err, client, done);
      scope.held.add(client);
      const release = client.release.bind(client);
      client.release = (e?: Error | boolean) => {
        scope.held.delete(client);
        release(e);
      };
      cb(err, client, (e?: unknown) => {
        scope.held.delete(client);
        done(e);
      });
    });
  };
}

/**
 * Asks the server to cancel whatever each connection is running: the protocol's CancelRequest, on a socket of its own
 * (the pool may have no connection to spare). A connection leaves `held` when it is released, so a connection already
 * handed to another request is not touched. The embedded server ignores cancel requests: there the statement runs to
 * its end and its answer is dropped.
 */
export function cancelRunning(held: Iterable<PoolClient>): void {
  for (const client of held) {
    const c = client as unknown as { processID: number | null; secretKey: number | null; host: string; port: number };
    if (c.processID == null || typeof c.secretKey !== 'number') continue;
    const msg = Buffer.alloc(16);
    msg.writeInt32BE(16, 0);
    msg.writeInt32BE(CANCEL_REQUEST_CODE, 4);
    msg.writeInt32BE(c.processID, 8);
    msg.writeInt32BE(c.secretKey, 12);
    const socket = c.host.startsWith('/') ? net.connect(`${c.host}/.s.PGSQL.${c.port}`) : net.connect(c.port, c.host);
    socket.on('error', () => undefined);
    socket.setTimeout(5_000, () => socket.destroy());
    socket.once('connect', () => socket.end(msg));
  }
}

// Issue 14: a hard deadline per request (a read still at work after REQUEST_DEADLINE_MS gets a 503 + Retry-After +
// SERVICE_UNAVAILABLE, its statement is cancelled, nothing else is disturbed), and draining at shutdown (stop accepting,
// let the requests at work finish within the grace, stop the rest, then close the pool: before, the pool was closed
// under them, "Cannot use a pool after calling end on the pool").
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import request from 'supertest';
import { ReadCache } from '../src/common/cache/read-cache';
import { AdmissionQueue } from '../src/common/http/admission.middleware';
import { InFlight } from '../src/common/http/in-flight';
import { drainAndClose } from '../src/common/http/shutdown';
import { bootTestApp, testDatabaseUrl } from './test-app';

const onServer = process.env.TEST_DB_KIND !== 'pglite';
const SEARCH = 'query($s: String) { agencies(filter: { search: $s }, limit: 5) { id } }';

async function boot(env: Record<string, string>): Promise<NestExpressApplication> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await bootTestApp();
  } finally {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

// Another session holds the table the search reads: the request waits on it (on the embedded database, the socket
// server runs no other session's statement while this one's transaction is open).
async function holdAgencyTable(): Promise<{ release(): Promise<void>; waitingOnIt(): Promise<number> }> {
  const c = new Client({ connectionString: testDatabaseUrl() });
  await c.connect();
  await c.query('BEGIN');
  await c.query('LOCK TABLE agency IN ACCESS EXCLUSIVE MODE');
  return {
    async release() {
      await c.query('COMMIT');
      await c.end();
    },
    // Statements of other sessions that wait for a lock (the app's search, until it is cancelled).
    async waitingOnIt() {
      const r = await c.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND wait_event_type = 'Lock' AND query ILIKE '%agency%'`,
      );
      return r.rows[0].n as number;
    },
  };
}

async function until(what: () => Promise<boolean> | boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await what())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const expectOverload = (r: request.Response, message: RegExp) => {
  expect(r.status).toBe(503);
  expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  expect(r.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
  expect(r.body.errors[0].message).toMatch(message);
};

describe(`request deadline and shutdown (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  it('stops a read still at work at REQUEST_DEADLINE_MS with a 503, cancels its statement, and serves the next', async () => {
    const app = await boot({ REQUEST_DEADLINE_MS: '1500' });
    try {
      const lock = await holdAgencyTable();
      let r: request.Response;
      const t0 = Date.now();
      try {
        r = await request(app.getHttpServer())
          .post('/graphql')
          .send({ query: SEARCH, variables: { s: '期限' } });
        if (onServer) await until(async () => (await lock.waitingOnIt()) === 0, 5_000);
      } finally {
        await lock.release();
      }
      expectOverload(r, /ran longer than 1\.5 s/);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(1400);
      // The embedded database cannot cancel: the stopped read ends once the lock is gone, and its answer is kept for
      // the next asker. On the server it was cancelled: nothing to keep, the next asker computes it.
      const cached = () => (app.get(ReadCache) as unknown as { lru: { size: number } }).lru.size;
      if (!onServer) await until(() => cached() > 0);
      const again = await request(app.getHttpServer())
        .post('/graphql')
        .send({ query: SEARCH, variables: { s: '期限' } });
      expect(again.status).toBe(200);
      expect(again.headers['x-cache']).toBe(onServer ? undefined : 'hit');
      const next = await request(app.getHttpServer())
        .post('/graphql')
        .send({ query: SEARCH, variables: { s: '期限之后' } });
      expect(next.status).toBe(200);
      expect(Array.isArray(next.body.data.agencies)).toBe(true);
      expect(app.get(InFlight).size).toBe(0);
    } finally {
      await app.close();
    }
  }, 120_000);

  it('at shutdown: refuses new connections, lets the request at work finish, then closes', async () => {
    const app = await boot({});
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    const lock = await holdAgencyTable();
    let closing: Promise<void> | undefined;
    try {
      const slow = request(base)
        .post('/graphql')
        .send({ query: SEARCH, variables: { s: '收尾' } })
        .then((x) => x);
      await until(() => app.get(InFlight).size === 1);
      closing = drainAndClose(app, 20_000);
      await expect(
        request(base)
          .post('/graphql')
          .send({ query: SEARCH, variables: { s: '新来的' } }),
      ).rejects.toThrow(/ECONNREFUSED/);
      setTimeout(() => void lock.release(), 300);
      const r = await slow;
      expect(r.status).toBe(200);
      expect(r.body.errors).toBeUndefined();
      expect(Array.isArray(r.body.data.agencies)).toBe(true);
      await closing;
    } finally {
      if (!closing) {
        await lock.release();
        await app.close();
      }
    }
  }, 120_000);

  it('at shutdown: serves a request still waiting in the queue (it was cut: only admitted ones were waited for)', async () => {
    const app = await boot({});
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    const queue = app.get(AdmissionQueue);
    const held = await Promise.all(
      Array.from({ length: queue.opts.concurrency }, () => queue.acquire('held by the test')),
    );
    let closing: Promise<void> | undefined;
    try {
      const waiting = request(base)
        .post('/graphql')
        .send({ query: SEARCH, variables: { s: '排队收尾' } })
        .then((x) => x);
      await until(() => queue.stats.waiting === 1);
      closing = drainAndClose(app, 20_000);
      setTimeout(() => held.forEach((r) => r()), 300);
      const r = await waiting;
      expect(r.status).toBe(200);
      expect(Array.isArray(r.body.data.agencies)).toBe(true);
      await closing;
    } finally {
      held.forEach((r) => r());
      if (!closing) await app.close();
    }
  }, 120_000);

  it('at shutdown: stops a request still at work when the grace runs out (503, statement cancelled), then closes', async () => {
    const app = await boot({});
    const lock = await holdAgencyTable();
    let released = false;
    try {
      const slow = request(app.getHttpServer())
        .post('/graphql')
        .send({ query: SEARCH, variables: { s: '超时收尾' } })
        .then((x) => x);
      await until(() => app.get(InFlight).size === 1);
      const closing = drainAndClose(app, 1_000);
      expectOverload(await slow, /restarting/);
      if (onServer) await until(async () => (await lock.waitingOnIt()) === 0, 5_000);
      // The embedded database cannot cancel: its statement ends when the lock is let go, and the pool closes after.
      await lock.release();
      released = true;
      await closing;
    } finally {
      if (!released) await lock.release();
    }
  }, 120_000);
});

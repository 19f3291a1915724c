// Issue 14, capacity: overload is a 503 with Retry-After and SERVICE_UNAVAILABLE (never a 500 or a 200 with errors),
// one client's burst is refused past its share while another client still gets in, statements past the timeout are
// cancelled, and repeated reads come from the cache until a write.
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AdmissionQueue } from '../src/common/http/admission.middleware';
import { AuthService } from '../src/modules/auth/auth.service';
import { bootTestApp } from './test-app';

const TIGHT = {
  DB_POOL_MAX: '1',
  API_QUEUE_MAX: '4',
  API_QUEUE_PER_CLIENT: '3',
  API_QUEUE_WAIT_MS: '20000',
  STATEMENT_TIMEOUT_MS: '2000',
};

describe(`capacity (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  let app: NestExpressApplication;
  let admin: string;
  let viewer: string;
  const server = () => app.getHttpServer();
  const gql = (query: string, variables: object = {}, token?: string) => {
    const r = request(server()).post('/graphql').set('content-type', 'application/json');
    if (token) r.set('authorization', `Bearer ${token}`);
    return r.send({ query, variables });
  };

  beforeAll(async () => {
    // The settings are read when the app is built; the suites after this one in the same process get the defaults back.
    const saved = Object.fromEntries(Object.keys(TIGHT).map((k) => [k, process.env[k]]));
    Object.assign(process.env, TIGHT);
    try {
      app = await bootTestApp();
    } finally {
      for (const [k, v] of Object.entries(saved))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
    admin = (await app.get(AuthService).create('admin', 'cap-admin')).token;
    viewer = (await app.get(AuthService).create('viewer', 'cap-viewer')).token;
  }, 240_000);
  afterAll(async () => {
    await app.close();
  });

  // supertest sends only once asked for the answer: `then` sends it now.
  const search = (s: string, token?: string) =>
    gql('query($s: String) { agencies(filter: { search: $s }, limit: 5) { id } }', { s }, token).then((r) => r);

  it('answers requests past the queue with 503 + Retry-After + SERVICE_UNAVAILABLE, and every admitted one in full', async () => {
    // The one slot is held, so requests wait: 3 of this address (its share), 1 of the admin's token (the queue's 4th).
    const release = await app.get(AdmissionQueue).acquire('held by the test');
    let full;
    const anon = Array.from({ length: 5 }, (_, i) => search(`容量${i}`));
    const adminOne = search('容量admin', admin);
    try {
      for (let i = 0; i < 50 && app.get(AdmissionQueue).stats.waiting < 4; i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(app.get(AdmissionQueue).stats.waiting).toBe(4);
      full = await search('容量full', viewer);
    } finally {
      release();
    }
    const done = [...(await Promise.all(anon)), await adminOne];
    expect(full.status).toBe(503);
    expect(done.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 503, 503]);
    for (const r of [full, ...done.filter((x) => x.status === 503)]) {
      expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(r.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    }
    for (const r of done.filter((x) => x.status === 200)) {
      expect(r.body.errors).toBeUndefined();
      expect(Array.isArray(r.body.data.agencies)).toBe(true);
    }
    // The admin's request was not pushed out by the anonymous burst: a fair share per client.
    expect((await adminOne).status).toBe(200);
  });

  it('answers a burst of uncached requests without a failure: each is served or refused with 503', async () => {
    const burst = await Promise.all(Array.from({ length: 30 }, (_, i) => search(`爆发${i}`)));
    expect(
      burst.every(
        (r) =>
          (r.status === 200 && !r.body.errors) ||
          (r.status === 503 && r.body.errors[0].extensions.code === 'SERVICE_UNAVAILABLE'),
      ),
    ).toBe(true);
  });

  // PGlite runs each query to its end in one thread and ignores statement_timeout; there the admission queue's wait
  // bound is what limits a request (docs/reliability.md).
  const onServer = process.env.TEST_DB_KIND === 'pglite' ? describe.skip : describe;
  onServer('on the server', () => {
    it('cancels a statement past STATEMENT_TIMEOUT_MS (57014), and the pool stays usable', async () => {
      const ds = app.get(DataSource);
      await expect(ds.query('SELECT pg_sleep(3)')).rejects.toMatchObject({
        driverError: expect.objectContaining({ code: '57014' }),
      });
      await expect(ds.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
    });
  });

  it('serves a repeated read from the cache, and the fresh answer after a write', async () => {
    const q = 'query { scoringProfiles { name version } }';
    const first = await gql(q);
    expect(first.status).toBe(200);
    const again = await gql(q);
    expect(again.headers['x-cache']).toBe('hit');
    expect(again.body).toEqual(first.body);
    const name = `容量方案${Date.now()}`;
    const w = await gql(
      'mutation($n: String!) { saveScoringProfile(input: { name: $n, weights: [{ indicator: "on_time", weight: 1 }] }) { id } }',
      { n: name },
      admin,
    );
    expect(w.body.errors).toBeUndefined();
    const after = await gql(q);
    expect(after.headers['x-cache']).toBeUndefined();
    expect(after.body.data.scoringProfiles.map((p: { name: string }) => p.name)).toContain(name);
    expect(first.body.data.scoringProfiles.map((p: { name: string }) => p.name)).not.toContain(name);
  });
});

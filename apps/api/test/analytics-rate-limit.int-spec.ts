// The per-client rate limit on /graphql and /api/*, with a limit low enough to hit in a test.
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { AuthService } from '../src/modules/auth/auth.service';
import { bootTestApp } from './test-app';

const LIMIT = 3;

describe(`rate limit (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  let app: NestExpressApplication;
  let token: string;
  const before = { limit: process.env.RATE_LIMIT_PER_MIN, proxy: process.env.TRUST_PROXY };
  const gql = (auth?: string, forwardedFor?: string) => {
    const r = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (auth) r.set('authorization', `Bearer ${auth}`);
    if (forwardedFor) r.set('x-forwarded-for', forwardedFor);
    return r.send({ query: '{ metrics { key } }' });
  };

  beforeAll(async () => {
    process.env.RATE_LIMIT_PER_MIN = String(LIMIT); // read when the app builds its middleware
    process.env.TRUST_PROXY = 'loopback'; // supertest connects over loopback: the "proxy" here
    app = await bootTestApp();
    token = (await app.get(AuthService).create('analyst', 't-rate')).token;
  }, 120_000);
  afterAll(async () => {
    await app.close();
    for (const [k, v] of [
      ['RATE_LIMIT_PER_MIN', before.limit],
      ['TRUST_PROXY', before.proxy],
    ] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('answers 429 with a JSON message once a client has spent its bucket, on /graphql and /api/*', async () => {
    for (let i = 0; i < LIMIT; i++) {
      const ok = await gql();
      expect(ok.status).toBe(200);
      expect(ok.headers['ratelimit-remaining']).toBe(String(LIMIT - 1 - i));
    }
    const refused = await gql();
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(/application\/json/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.body.message).toMatch(/rate limit exceeded: at most 3 requests a minute per client; retry in \d+ s/);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    // The same client (same IP, no token) is refused on the export route too, before authentication runs.
    const exp = await request(app.getHttpServer()).get('/api/export?query=ranking&args={"year":2024}');
    expect(exp.status).toBe(429);
    // The explorer page is not part of the API and stays reachable.
    expect((await request(app.getHttpServer()).get('/explorer')).status).toBe(200);
  });

  it('gives a client with a verified token its own bucket', async () => {
    // Its first request is a verification attempt from this address (its own bucket, not the spent anonymous one).
    expect((await gql(token)).status).toBe(200);
    for (let i = 0; i < LIMIT; i++) expect((await gql(token)).status).toBe(200);
    const refused = await gql(token);
    expect(refused.status).toBe(429);
    expect(refused.body.statusCode).toBe(429);
  });

  it('counts made-up tokens against the address: a fresh random token per request meets a 429', async () => {
    const answers: (string | number)[] = [];
    for (let i = 0; i < LIMIT + 2; i++) {
      const res = await gql(`made-up-${i}-${Math.random()}`, '192.0.2.50');
      answers.push(res.status === 429 ? 429 : res.body.errors[0].extensions.code);
    }
    expect(answers).toEqual([...Array(LIMIT).fill('UNAUTHENTICATED'), 429, 429]);
  });

  it('behind a trusted proxy, tells clients apart by X-Forwarded-For', async () => {
    // Two clients behind the same proxy (the loopback peer): each has its own bucket of 3.
    for (let i = 0; i < LIMIT; i++) expect((await gql(undefined, '203.0.113.7')).status).toBe(200);
    expect((await gql(undefined, '203.0.113.7')).status).toBe(429);
    expect((await gql(undefined, '198.51.100.9')).status).toBe(200);
    // A forwarded chain names the client nearest the trusted hop: the first untrusted address from the right.
    expect((await gql(undefined, '192.0.2.1, 203.0.113.7')).status).toBe(429);
  });
});

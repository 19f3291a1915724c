// A request with an API token looks the token up once: the read cache checks it before the request queues (to key
// its cache by a live token), and the guard uses that answer instead of asking the database again. A revoked token is
// still refused on its very next request.
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { AuthService } from '../src/modules/auth/auth.service';
import { TokenRepository } from '../src/modules/auth/token.repository';
import { bootTestApp } from './test-app';

describe(`token lookups per request (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  let app: NestExpressApplication;
  let lookups: jest.SpyInstance;
  const gql = (query: string, token: string) =>
    request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${token}`)
      .send({ query });

  beforeAll(async () => {
    app = await bootTestApp();
    lookups = jest.spyOn(app.get(TokenRepository), 'byHash');
  }, 120_000);
  afterAll(async () => {
    lookups?.mockRestore();
    await app?.close();
  });

  it('makes one lookup for a read and one for a write, and the role still decides', async () => {
    const auth = app.get(AuthService);
    const admin = (await auth.create('admin', 'lookups-admin')).token;
    const viewer = (await auth.create('viewer', 'lookups-viewer')).token;
    lookups.mockClear();
    const read = await gql('{ whoami { role name } }', admin);
    expect(read.body).toEqual({ data: { whoami: { role: 'admin', name: 'lookups-admin' } } });
    expect(lookups).toHaveBeenCalledTimes(1);

    lookups.mockClear();
    const write = await gql(
      'mutation { createApiToken(role: "viewer", name: "lookups-made") { token { role } } }',
      admin,
    );
    expect(write.body.errors).toBeUndefined();
    expect(lookups).toHaveBeenCalledTimes(1);

    // The answer handed on is the caller's own: a viewer's write is refused by role.
    lookups.mockClear();
    const refused = await gql(
      'mutation { createApiToken(role: "viewer", name: "lookups-no") { token { role } } }',
      viewer,
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(lookups).toHaveBeenCalledTimes(1);
  });

  it('refuses a revoked token on its next request', async () => {
    const auth = app.get(AuthService);
    const made = await auth.create('admin', 'lookups-revoked');
    expect((await gql('{ whoami { role } }', made.token)).body.data.whoami.role).toBe('admin');
    await auth.revoke(made.id);
    const after = await gql('{ whoami { role } }', made.token);
    expect(after.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

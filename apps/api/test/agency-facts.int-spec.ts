// agencyFacts: the body types and whether any body is synthetic, which the dashboard's type filter and synthetic-data
// mark read instead of a list of every body (a list stops at 1,000; a province has more).
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReadCache } from '../src/common/cache/read-cache';
import { reloadConfig } from '../src/config/app-config';
import { AuthService } from '../src/modules/auth/auth.service';
import { bootTestApp } from './test-app';

const PROBE = '事实探针局';

describe('agencyFacts', () => {
  let app: NestExpressApplication;
  let ds: DataSource;
  let viewer: string;
  const gql = (query: string, token?: string) => {
    const r = request(app.getHttpServer()).post('/graphql').send({ query });
    return token ? r.set('Authorization', `Bearer ${token}`) : r;
  };
  const facts = async (): Promise<{ types: string[]; synthetic: boolean }> => {
    const res = await gql('{ agencyFacts { types synthetic } }', viewer);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.agencyFacts;
  };
  // What the directory lists, read here with SQL of the test's own: bodies not merged away.
  const listed = async () => {
    const r: { type: string; synthetic: boolean }[] = await ds.query(
      `SELECT type, synthetic FROM agency WHERE status <> 'merged'`,
    );
    return { types: [...new Set(r.map((x) => x.type))].sort(), synthetic: r.some((x) => x.synthetic) };
  };

  beforeAll(async () => {
    app = await bootTestApp();
    ds = app.get(DataSource);
    viewer = (await app.get(AuthService).create('viewer', 'facts-viewer')).token;
    await ds.query(`DELETE FROM agency WHERE name = $1`, [PROBE]);
  }, 120_000);
  afterAll(async () => {
    await ds.query(`DELETE FROM agency WHERE name = $1`, [PROBE]);
    await app.close();
  });

  it('gives the types of the listed bodies, sorted, and whether any is synthetic; a merged body counts for neither', async () => {
    expect(await facts()).toEqual(await listed());
    // A body of a type no other has: listed, it adds its type (and, synthetic, sets the flag); merged, neither.
    // Written behind the app's back (raw SQL), so its read cache is told, as every write path of the app tells it.
    const write = async (q: string) => {
      await ds.query(q, [PROBE]);
      app.get(ReadCache).bump();
    };
    await write(`INSERT INTO agency (name, type, synthetic) VALUES ($1, 'zz_facts_probe', true)`);
    const withProbe = await facts();
    expect(withProbe.types).toContain('zz_facts_probe');
    expect(withProbe.types[withProbe.types.length - 1]).toBe('zz_facts_probe');
    expect(withProbe.synthetic).toBe(true);
    expect(withProbe).toEqual(await listed());
    await write(`UPDATE agency SET status = 'merged' WHERE name = $1`);
    const merged = await facts();
    expect(merged.types).not.toContain('zz_facts_probe');
    expect(merged).toEqual(await listed());
  });

  it('is refused without a token under READ_ACCESS=token, and answered with one', async () => {
    reloadConfig({ READ_ACCESS: 'token' });
    try {
      const anon = await gql('{ agencyFacts { types } }');
      expect(anon.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(anon.body.data ?? null).toBeNull();
      const ok = await gql('{ agencyFacts { types } }', viewer);
      expect(ok.body.errors).toBeUndefined();
    } finally {
      reloadConfig();
    }
  });
});

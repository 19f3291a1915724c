// GraphQL refusals are client errors with a code (HTTP 4xx), never a 500 or a stack overflow: depth, nesting,
// database cost (aliases), malformed ids and text, introspection under READ_ACCESS=token.
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { synthCorpus } from '@dh/synth';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { appConfig, reloadConfig } from '../src/config/app-config';
import { AuthService } from '../src/modules/auth/auth.service';
import { IngestService } from '../src/modules/ingest/ingest.service';
import { DemoDataService } from '../src/modules/ingest/demo-data.service';
import { bootTestApp } from './test-app';

describe(`GraphQL edges (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  let app: NestExpressApplication;
  let viewer: string;
  let admin: string;
  let agencyId: number;
  const gql = (query: string, token?: string) => {
    const r = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (token) r.set('authorization', `Bearer ${token}`);
    return r.send({ query });
  };
  const refusal = (res: request.Response) => ({
    status: res.status,
    code: res.body.errors?.[0]?.extensions?.code,
    data: res.body.data ?? null,
  });

  beforeAll(async () => {
    app = await bootTestApp();
    // Suites share one database and the corpus suite loads the samples only into an empty one: load them first here too.
    const demo = app.get(DemoDataService);
    // Always: other suites share the database and may have stored reports already; this adds exactly what is missing.
    await demo.loadSamples(path.join(__dirname, '../../../data/samples'));
    viewer = (await app.get(AuthService).create('viewer', 'e-viewer')).token;
    admin = (await app.get(AuthService).create('admin', 'e-admin')).token;
    // One stored report, so that moving a malformed report id has a real body to move to.
    const [r] = [
      ...synthCorpus({
        agencies: 1,
        years: [2020, 2020],
        seed: 1402,
        city: '合成壬市',
        missingRate: 0,
        forms: ['text'],
        faultRate: { gbk: 0 },
      }),
    ];
    const stored = await app
      .get(IngestService)
      .ingest({ bytes: r.bytes, fileName: r.fileName, region: ['合成省', '合成壬市'] });
    agencyId = (await app.get(DataSource).query('SELECT agency_id FROM report WHERE id = $1', [stored.reportId]))[0]
      .agency_id;
  }, 240_000);
  afterAll(async () => {
    delete process.env.READ_ACCESS;
    await app.close();
  });

  it('refuses a query deeper than the limit with HTTP 400 and QUERY_TOO_DEEP', async () => {
    const deep = await gql('{ reports { nodes { cells { key } } pageInfo { endCursor } } __typename }');
    expect([deep.status, deep.body.errors]).toEqual([200, undefined]);
    // Schema queries may nest deeper (GraphiQL's own needs 15; MAX_INTROSPECTION_DEPTH): this one passes that limit too.
    const tooDeep = `{ __schema { types { fields { type ${'{ ofType '.repeat(24)}{ name }${' }'.repeat(24)} } } } }`;
    expect(refusal(await gql(tooDeep))).toEqual({ status: 400, code: 'QUERY_TOO_DEEP', data: null });
  });

  it('refuses 3,000 nested levels with a typed 400, not a stack overflow', async () => {
    const n = 3000;
    const res = await gql(`{ ${'a { '.repeat(n)}b${' }'.repeat(n)} }`);
    expect(refusal(res)).toEqual({ status: 400, code: 'QUERY_TOO_DEEP', data: null });
    expect(res.body.errors[0].message).toBe('the query is nested more than 64 levels deep');
    // And in input values as well as selections.
    const input = await gql(`{ agencies(filter: ${'{ a: '.repeat(n)}1${' }'.repeat(n)}) { id } }`);
    expect(refusal(input)).toEqual({ status: 400, code: 'QUERY_TOO_DEEP', data: null });
  });

  it('counts database-backed fields by their cost: ~450 aliases of findingCount are refused with a 400', async () => {
    const aliases = Array.from({ length: 450 }, (_, i) => `c${i}: findingCount`).join(' ');
    const res = await gql(`{ ${aliases} }`);
    expect(refusal(res)).toEqual({ status: 400, code: 'QUERY_TOO_COMPLEX', data: null });
    const { dbFieldCost: DB_FIELD_COST, maxComplexity: MAX_COMPLEXITY } = appConfig().graphql;
    expect(res.body.errors[0].message).toBe(
      `query complexity ${450 * DB_FIELD_COST} exceeds the limit of ${MAX_COMPLEXITY} (a field read from the database costs ${DB_FIELD_COST})`,
    );
    // A handful of them is an ordinary request.
    const few = await gql('{ a: findingCount b: findingCount metrics { key } }');
    expect([few.status, few.body.errors, typeof few.body.data.a]).toEqual([200, undefined, 'number']);
  });

  it.each([
    [
      'report(id:"abc")',
      '{ report(id: "abc") { id } }',
      undefined,
      'report: an argument is not a valid number or identifier',
    ],
    [
      'a NUL byte in search',
      '{ agencies(filter: { search: "a\\u0000b" }) { id } }',
      undefined,
      'agencies: an argument contains a character that cannot be stored (such as NUL)',
    ],
    [
      'moveReport(reportId:"1e400")',
      'mutation { moveReport(reportId: "1e400", toAgencyId: AGENCY) { reportId } }',
      'admin',
      /^moveReport: an argument /,
    ],
  ])('answers %s with BAD_USER_INPUT in its own words', async (_kind, query, who, message) => {
    const res = await gql(query.replace('AGENCY', String(agencyId)), who ? admin : undefined);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors[0].message).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
  });

  it('keeps the schema from callers without a token when READ_ACCESS=token', async () => {
    reloadConfig({ READ_ACCESS: 'token' });
    try {
      for (const q of [
        '{ __schema { queryType { name } } }',
        '{ __type(name: "Report") { name } }',
        'query { ...F } fragment F on Query { __schema { types { name } } }',
      ]) {
        expect(refusal(await gql(q))).toEqual({ status: 401, code: 'UNAUTHENTICATED', data: null });
        expect(refusal(await gql(q, 'not-a-token'))).toEqual({ status: 401, code: 'UNAUTHENTICATED', data: null });
        const ok = await gql(q, viewer);
        expect([ok.status, ok.body.errors]).toEqual([200, undefined]);
      }
      expect((await gql('{ __typename }')).body.data).toEqual({ __typename: 'Query' });
    } finally {
      reloadConfig();
    }
    expect((await gql('{ __schema { queryType { name } } }')).body.data.__schema.queryType.name).toBe('Query');
  });
});

// Regression tests of issue 14's defects at the HTTP edge: export/upload arguments, CSV formulas, token revocation,
// GraphQL refusals as client errors, introspection under READ_ACCESS=token.
import type { NestExpressApplication } from '@nestjs/platform-express';
import { synthCorpus } from '@dh/synth';
import * as fs from 'node:fs';
import * as path from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuthService } from '../src/modules/auth/auth.service';
import { DemoDataService } from '../src/modules/ingest/demo-data.service';
import { bootTestApp } from './test-app';

describe(`security edges (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  let app: NestExpressApplication;
  let tokens: Record<'viewer' | 'analyst' | 'admin', string>;
  const server = () => app.getHttpServer();
  const gql = (query: string, token?: string) => {
    const r = request(server()).post('/graphql').set('content-type', 'application/json');
    if (token) r.set('authorization', `Bearer ${token}`);
    return r.send({ query });
  };
  const exportGet = (qs: string) =>
    request(server()).get(`/api/export?${qs}`).set('authorization', `Bearer ${tokens.analyst}`);
  const args = (query: string, a: unknown, format = 'csv') =>
    `format=${format}&query=${query}&args=${encodeURIComponent(JSON.stringify(a))}`;
  const [report] = [
    ...synthCorpus({
      agencies: 1,
      years: [2020, 2020],
      seed: 1401,
      city: '合成辛市',
      missingRate: 0,
      forms: ['text'],
      faultRate: { gbk: 0 },
    }),
  ];

  beforeAll(async () => {
    app = await bootTestApp();
    // Suites share one database and the corpus suite loads the samples only into an empty one: load them first here too.
    const demo = app.get(DemoDataService);
    // Always: other suites share the database and may have stored reports already; this adds exactly what is missing.
    await demo.loadSamples(path.join(__dirname, '../../../data/samples'));
    const auth = app.get(AuthService);
    tokens = {
      viewer: (await auth.create('viewer', 's-viewer')).token,
      analyst: (await auth.create('analyst', 's-analyst')).token,
      admin: (await auth.create('admin', 's-admin')).token,
    };
  }, 240_000);
  afterAll(async () => {
    await app.close();
  });

  describe('/api/export arguments', () => {
    const metric = 't2.penalty.decisions';
    it.each([
      [
        'years as a string',
        args('compare', { metrics: [metric], years: '2024' }),
        /each value in args\.years must be an integer|args\.years must be an array/,
      ],
      ['metrics as a string', args('compare', { metrics: 'x', years: [2020] }), /args\.metrics must be an array/],
      ['year as a string', args('ranking', { year: '2024' }), /args\.year must be an integer number/],
      ['a fractional year', args('ranking', { year: 2024.5 }), /args\.year must be an integer number/],
      ['a year out of range (1e400)', `query=ranking&args=${encodeURIComponent('{"year":1e400}')}`, /args\.year must/],
      ['a negative offset', args('ranking', { year: 2020, offset: -1 }), /args\.offset must not be less than 0/],
      ['a huge limit', args('ranking', { year: 2020, limit: 1e9 }), /args\.limit must not be greater than 1000/],
      [
        'a what-if weight as text',
        args('ranking', { year: 2020, whatIf: [{ indicator: 'x', weight: 'a' }] }),
        /args\.whatIf\[0\]\.weight must be a number/,
      ],
      [
        'a region id as text in a filter',
        args('compare', { metrics: [metric], years: [2020], filter: { regionId: '1' } }),
        /args\.filter\.regionId must be an integer/,
      ],
      [
        'a filter that is not an object',
        args('compare', { metrics: [metric], years: [2020], filter: 'x' }),
        /args\.filter/,
      ],
      [
        'an unknown groupBy',
        args('compare', { metrics: [metric], years: [2020], groupBy: 'x' }),
        /args\.groupBy must be one of/,
      ],
      ['a metric that is a number', args('series', { metric: 123 }), /args\.metric must be a string/],
      [
        'an unknown argument (a reflected formula)',
        args('collection', { year: 2020, x: '=1+2' }),
        /property args\.x should not exist/,
      ],
      [
        'a negative region id',
        args('collection', { year: 2020, regionId: -1 }),
        /args\.regionId must not be less than 1/,
      ],
      ['args that are not JSON', 'query=ranking&args=%7B', /^args must be JSON$/],
      ['args that are a JSON array', 'query=ranking&args=%5B1%5D', /^args must be a JSON object$/],
      ['args that are JSON null', 'query=ranking&args=null', /^args must be a JSON object$/],
      ['args given twice', 'query=ranking&args=%7B%7D&args=%7B%7D', /^args must be a JSON object$/],
      ['an unknown query', 'query=foo', /^query must be compare, series, ranking, collection, reminders$/],
      ['query given twice', 'query=ranking&query=compare', /^query must be compare/],
      ['an unknown format', 'format=pdf&query=ranking&args=%7B%22year%22%3A2020%7D', /^format must be csv or xlsx$/],
      ['a missing required argument', args('ranking', {}), /^ranking needs year$/],
    ])('refuses %s with a 400 naming the field', async (_kind, qs, message) => {
      const res = await exportGet(qs);
      expect([res.status, res.body.statusCode]).toEqual([400, 400]);
      expect(res.body.message).toMatch(message);
    });

    // A crafted link: whatever the filter says is echoed into the file's header rows, where a spreadsheet would run it.
    it.each([['=1+2'], ['+1+2'], ['-1+2'], ['@SUM(A1)'], ['\tx'], ['\rx']])(
      'writes a filter value %j into the header rows as text',
      async (search) => {
        const res = await exportGet(args('compare', { metrics: [metric], years: [2020], filter: { search } }));
        expect(res.status).toBe(200);
        const csv = res.text.replace(/^\uFEFF/, '');
        // A cell holding a CR is quoted (csv-stringify's quoted_match), the rest plain; either way it starts with '.
        const cell = search.includes('\r') ? `"'${search}"` : `'${search}`;
        expect(csv.split('\r\n')).toContain(`筛选：名称含,${cell}`);
        expect(csv).not.toMatch(new RegExp(`(^|[,\n])${search.replace(/[+$()\\]/g, '\\$&')}`));
      },
    );

    it('refuses a POST body that is not a JSON object', async () => {
      const res = await request(server())
        .post('/api/export')
        .set('authorization', `Bearer ${tokens.analyst}`)
        .set('content-type', 'application/json')
        .send('[1,2]');
      expect([res.status, res.body.message]).toEqual([400, 'the request body must be a JSON object']);
    });

    it('still answers a well-formed export, also as a POST with an args object', async () => {
      const res = await request(server())
        .post('/api/export')
        .set('authorization', `Bearer ${tokens.analyst}`)
        .send({ format: 'csv', query: 'collection', args: { year: 2020 } });
      expect(res.status).toBe(201);
      expect(res.text.replace(/^\uFEFF/, '')).toMatch(/^2020年度报告收集情况/);
    });
  });

  describe('/api/upload fields', () => {
    const upload = (fields: Record<string, string>) => {
      const r = request(server()).post('/api/upload').set('authorization', `Bearer ${tokens.admin}`);
      for (const [k, v] of Object.entries(fields)) r.field(k, v);
      return r.attach('files', Buffer.from(report.bytes), report.fileName);
    };
    it.each([
      ['a year that is not a year', { year: 'abc' }, /^year must be a four-digit year such as 2024$/],
      ['a year given twice', { year: '2020' }, /year must be a string|year must be a four-digit year/],
      ['an unknown field', { agencyId: '3' }, /^property agencyId should not exist$/],
      [
        'a source that is not an http URL',
        { sourceUrl: 'javascript:alert(1)' },
        /^sourceUrl must be an http\(s\) URL$/,
      ],
      [
        'an agency name with a NUL',
        { agency: 'a\u0000b' },
        /^agency must not contain NUL or other control characters$/,
      ],
    ])('refuses %s with a 400 naming the field', async (kind, fields, message) => {
      const r = kind === 'a year given twice' ? upload(fields).field('year', '2021') : upload(fields);
      const res = await r;
      expect([res.status, res.body.message]).toEqual([400, expect.stringMatching(message)]);
    });

    it('refuses an upload without files', async () => {
      const res = await request(server())
        .post('/api/upload')
        .set('authorization', `Bearer ${tokens.admin}`)
        .field('year', '2020');
      expect([res.status, res.body.message]).toEqual([
        400,
        'no file: send one or more files in the multipart field "files"',
      ]);
    });

    it('stores a report whose text holds NUL characters (they are dropped, not sent to the database)', async () => {
      const [r] = [
        ...synthCorpus({
          agencies: 1,
          years: [2021, 2021],
          seed: 1403,
          city: '合成癸市',
          missingRate: 0,
          forms: ['text'],
          faultRate: { gbk: 0 },
        }),
      ];
      const text = Buffer.from(r.bytes).toString('utf8');
      const withNul = Buffer.from(text.replace('年度报告', '年度\u0000报告').replace(/\n/, '\u0000\n'), 'utf8');
      const res = await request(server())
        .post('/api/upload')
        .set('authorization', `Bearer ${tokens.admin}`)
        .attach('files', withNul, r.fileName);
      expect([res.status, res.body.counts.new, res.body.results[0].error]).toEqual([201, 1, undefined]);
      // The text around the dropped NUL is joined again ('年度报告').
      const stored = await app.get(DataSource).query(
        `SELECT count(*)::int AS n FROM report_revision
        WHERE strpos(source_text, '年度报告') > 0 AND id = (SELECT current_revision_id FROM report WHERE id = $1)`,
        [res.body.results[0].reportId],
      );
      expect(stored).toEqual([{ n: 1 }]);
    });

    it('writes a stored formula (an agency name =1+2 given at upload) into the CSV as text', async () => {
      const up = await upload({ agency: '=1+2', year: '2020', region: '合成省/合成辛市', override: 'true' });
      expect([up.status, up.body.counts.failed]).toEqual([201, 0]);
      expect(up.body.results[0].agencyName).toBe('=1+2');
      const csv = (await exportGet(args('ranking', { year: 2020 }))).text;
      const row = csv.split('\r\n').find((l) => l.includes('=1+2'));
      expect(row?.split(',')[1]).toBe("'=1+2");
    });
  });

  describe('API tokens', () => {
    it('refuses a revoked token at once, whether revoked here or by another process (the CLI)', async () => {
      const auth = app.get(AuthService);
      const whoami = async (t: string) => (await gql('{ whoami { role } }', t)).body;
      const a = await auth.create('admin', 's-revoke-here');
      const b = await auth.create('admin', 's-revoke-elsewhere');
      expect((await whoami(a.token)).data.whoami.role).toBe('admin');
      expect((await whoami(b.token)).data.whoami.role).toBe('admin');
      expect(await auth.revoke(a.id)).toBe(true);
      expect((await whoami(a.token)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      // Another process revokes through the table; this process holds no answer that outlives it.
      await app.get(DataSource).query('UPDATE api_token SET revoked_at = now() WHERE id = $1', [b.id]);
      expect((await whoami(b.token)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  const onEmbedded = process.env.TEST_DB_KIND === 'pglite' ? describe : describe.skip;
  onEmbedded('the embedded database', () => {
    it('is reached only through a Unix socket in a directory of this user (no TCP port)', () => {
      const url = new URL(process.env.DATABASE_URL!);
      const dir = url.searchParams.get('host')!;
      expect(url.port).toBe('');
      expect(dir).toMatch(/dh-pglite-/);
      expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
      expect(fs.statSync(path.join(dir, '.s.PGSQL.5432')).isSocket()).toBe(true);
    });
  });

  it("sends helmet's security headers with a same-origin CSP; the explorer keeps its own policy", async () => {
    const res = await gql('{ whoami { role } }');
    expect(res.headers['content-security-policy']).toContain("default-src 'self';script-src 'self';");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-powered-by']).toBeUndefined();
    const explorer = await request(server()).get('/explorer');
    expect(explorer.headers['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self'/);
  });
});

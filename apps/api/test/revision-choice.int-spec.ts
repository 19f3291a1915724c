// Which copy counts (issue 13): the body's own page stays current over a later flattened text copy; an admin can make
// any revision current (logged, and analytics follow); identical bytes of a non-current revision offer the switch.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuthService } from '../src/modules/auth/auth.service';
import { readSampleIndex } from '../src/modules/ingest/demo-data.service';
import { IngestService, type IngestResult } from '../src/modules/ingest/ingest.service';
import { bootTestApp } from './test-app';

const SAMPLES = path.resolve(__dirname, '../../../data/samples');
const index = readSampleIndex(fs.readFileSync(path.join(SAMPLES, 'INDEX.tsv'), 'utf8'));
// Other suites share the database and may store the samples as they are: these copies differ by a trailing note and
// go to a body of their own (the pages print 平潭's name, so that takes an override), leaving 平潭's reports alone.
const file = (name: string): Buffer =>
  Buffer.concat([
    fs.readFileSync(path.join(SAMPLES, 'reports', name)),
    Buffer.from(name.endsWith('.html') ? '<!-- 选版测试 -->' : '\n（选版测试）\n'),
  ]);
const PINGTAN = '平潭综合实验区选版测试（测试）';
// From the HTML pages (行政处罚 row of table 二, 处理决定数量): 2019 "2648 0 430", 2020 "2648 -18 538". The text copies
// run these digits together (26480430, 2648-18538), which no split can settle.
const FROM_HTML = { 2019: 430, 2020: 538 };

describe(`which revision counts (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  let app: NestExpressApplication;
  let svc: IngestService;
  let ds: DataSource;
  let tokens: Record<'viewer' | 'analyst' | 'admin', string>;
  const results: Record<string, IngestResult> = {};
  const gql = (query: string, variables: object = {}, token?: string) => {
    const r = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (token) r.set('authorization', `Bearer ${token}`);
    return r.send({ query, variables });
  };
  const penalties = async (): Promise<{
    series: Record<number, number | null>;
    compare: Record<number, number | null>;
  }> => {
    const s = await gql(
      `query($q: String!) { series(metric: "t2.penalty.decisions", filter: { search: $q }, years: [2019, 2020]) {
      lines { agencyName points { year value } } } }`,
      { q: PINGTAN },
    );
    const line = s.body.data.series.lines.find((l: { agencyName: string }) => l.agencyName === PINGTAN);
    const compare: Record<number, number | null> = {};
    for (const year of [2019, 2020]) {
      const c = await gql(
        `query($q: String!, $y: Int!) { compare(metrics: ["t2.penalty.decisions"], years: [$y], filter: { search: $q }) {
        rows { label cells { value } } } }`,
        { q: PINGTAN, y: year },
      );
      compare[year] =
        c.body.data.compare.rows.find((r: { label: string }) => r.label === PINGTAN)?.cells[0].value ?? null;
    }
    return {
      series: Object.fromEntries(line.points.map((p: { year: number; value: number | null }) => [p.year, p.value])),
      compare,
    };
  };

  beforeAll(async () => {
    app = await bootTestApp();
    svc = app.get(IngestService);
    ds = app.get(DataSource);
    const auth = app.get(AuthService);
    tokens = {
      viewer: (await auth.create('viewer', 'r-viewer')).token,
      analyst: (await auth.create('analyst', 'r-analyst')).token,
      admin: (await auth.create('admin', 'r-admin')).token,
    };
    // As the demo loads them: each year's HTML page first, then the flattened text copy of the same page.
    for (const name of [
      '2019_pingtan_zonghe_shiyanqu.html',
      '2019_pingtan_zonghe_shiyanqu.txt',
      '2020_pingtan_zonghe_shiyanqu.html',
      '2020_pingtan_zonghe_shiyanqu.txt',
    ]) {
      results[name] = await svc.ingest({
        bytes: file(name),
        fileName: name,
        ...index.get(name),
        agencyName: PINGTAN,
        override: true,
      });
    }
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  it('keeps the HTML page current when a text copy of it arrives later, and says so', async () => {
    for (const y of [2019, 2020]) {
      expect(results[`${y}_pingtan_zonghe_shiyanqu.html`]).toMatchObject({
        status: 'new',
        current: true,
        agencyName: PINGTAN,
      });
      const copy = results[`${y}_pingtan_zonghe_shiyanqu.txt`];
      expect(copy).toMatchObject({ status: 'new_revision', current: false, notCurrentReason: 'lower_source' });
      const rows = await ds.query(
        `SELECT v.revision_no, v.source_kind, v.reason, (r.current_revision_id = v.id) AS current FROM report_revision v
        JOIN report r ON r.id = v.report_id WHERE r.id = $1 ORDER BY v.revision_no`,
        [copy.reportId],
      );
      expect(rows).toEqual([
        { revision_no: 1, source_kind: 'page', reason: 'first_ingest', current: true },
        { revision_no: 2, source_kind: 'text_copy', reason: 'content_changed', current: false },
      ]);
    }
    expect(await penalties()).toEqual({ series: FROM_HTML, compare: FROM_HTML });
  }, 60_000);

  it('offers to make current a non-current revision whose bytes are uploaded again', async () => {
    const name = '2019_pingtan_zonghe_shiyanqu.txt';
    const res = await request(app.getHttpServer())
      .post('/api/upload')
      .set('authorization', `Bearer ${tokens.admin}`)
      .attach('files', file(name), name);
    expect(res.body.results[0]).toMatchObject({
      status: 'unchanged',
      revisionId: results[name].revisionId,
      current: false,
      canMakeCurrent: true,
    });
    const html = await svc.ingest({ bytes: file('2019_pingtan_zonghe_shiyanqu.html'), fileName: 'again.html' });
    expect(html).toMatchObject({ status: 'unchanged', current: true });
    expect(html.canMakeCurrent).toBeUndefined();
  }, 60_000);

  it('an admin makes any revision current: logged, and series and compare follow; switching back restores', async () => {
    const copy = results['2019_pingtan_zonghe_shiyanqu.txt'];
    const page = results['2019_pingtan_zonghe_shiyanqu.html'];
    const set = (id: string) =>
      gql(
        `mutation($id: ID!) { setCurrentRevision(revisionId: $id) { reportId revisionId revisionNo previousRevisionId changed } }`,
        { id },
        tokens.admin,
      );
    const res = await set(copy.revisionId!);
    expect(res.body.data.setCurrentRevision).toEqual({
      reportId: copy.reportId,
      revisionId: copy.revisionId,
      revisionNo: 2,
      previousRevisionId: page.revisionId,
      changed: true,
    });
    // The text copy leaves 2019's decisions unresolved (26480430): no value any more where the page read 430.
    expect(await penalties()).toEqual({ series: { ...FROM_HTML, 2019: null }, compare: { ...FROM_HTML, 2019: null } });
    const log = await ds.query(
      `SELECT actor, detail FROM admin_log WHERE action = 'set_current_revision' ORDER BY id DESC LIMIT 1`,
    );
    expect(log).toEqual([
      {
        actor: 'r-admin',
        detail: { reportId: copy.reportId, revisionId: copy.revisionId, revisionNo: 2, from: page.revisionId },
      },
    ]);
    // The ranking facts live on each revision, so the ranking reads the switched one too.
    const facts = await ds.query(
      `SELECT v.proactive FROM report r JOIN report_revision v ON v.id = r.current_revision_id WHERE r.id = $1`,
      [copy.reportId],
    );
    const copyFacts = await ds.query(`SELECT proactive FROM report_revision WHERE id = $1`, [copy.revisionId]);
    const pageFacts = await ds.query(`SELECT proactive FROM report_revision WHERE id = $1`, [page.revisionId]);
    expect(facts).toEqual(copyFacts);
    expect(copyFacts).not.toEqual(pageFacts);

    expect((await set(page.revisionId!)).body.data.setCurrentRevision).toMatchObject({ revisionNo: 1, changed: true });
    expect((await set(page.revisionId!)).body.data.setCurrentRevision).toMatchObject({ revisionNo: 1, changed: false });
    expect(await penalties()).toEqual({ series: FROM_HTML, compare: FROM_HTML });
  }, 60_000);

  it('refuses setCurrentRevision without a token, to viewers and analysts; a bad id is a clear error', async () => {
    const id = results['2019_pingtan_zonghe_shiyanqu.txt'].revisionId!;
    for (const [token, code] of [
      [undefined, 'UNAUTHENTICATED'],
      [tokens.viewer, 'FORBIDDEN'],
      [tokens.analyst, 'FORBIDDEN'],
    ] as const) {
      const res = await gql(`mutation($id: ID!) { setCurrentRevision(revisionId: $id) { changed } }`, { id }, token);
      expect([res.body.data, res.body.errors[0].extensions.code]).toEqual([null, code]);
    }
    const current = await ds.query(`SELECT current_revision_id::text AS id FROM report WHERE id = $1`, [
      results['2019_pingtan_zonghe_shiyanqu.txt'].reportId,
    ]);
    expect(current[0].id).toBe(results['2019_pingtan_zonghe_shiyanqu.html'].revisionId);
    const missing = await gql(`mutation { setCurrentRevision(revisionId: "999999999") { changed } }`, {}, tokens.admin);
    expect([missing.body.errors[0].extensions.code, missing.body.errors[0].message]).toEqual([
      'NOT_FOUND',
      'revision 999999999 not found',
    ]);
    const bad = await gql(`mutation { setCurrentRevision(revisionId: "abc") { changed } }`, {}, tokens.admin);
    expect(bad.body.errors[0]).toMatchObject({
      extensions: { code: 'BAD_REQUEST' },
      message: expect.stringMatching(/^revisionId: /),
    });
  }, 60_000);
});

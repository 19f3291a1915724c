// As published vs as corrected (issue 13, part 4): an admin corrects a cell with a note; series, compare, ranking and
// the CSV use the corrected value and mark it; the report keeps both values; the arithmetic finding the correction
// settles closes, linked to it; withdrawing it restores the published value everywhere. Logged; admin only.
import type { NestExpressApplication } from '@nestjs/platform-express';
import { synthCorpus } from '@dh/synth';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuthService } from '../src/modules/auth/auth.service';
import { IngestService } from '../src/modules/ingest/ingest.service';
import { bootTestApp } from './test-app';

// Every report of this city carries one broken printed total (synth's broken_sum fault: the total printed 1–3 above
// the sum of its parts). The true value is the sum of the parts the same report prints.
const CITY = '合成更正市';
const corpus = [
  ...synthCorpus({
    agencies: 6,
    years: [2022, 2022],
    seed: 1313,
    city: CITY,
    missingRate: 0,
    forms: ['text'],
    faultRate: { broken_sum: 1, gbk: 0, label_typo: 0, late_publication: 0 },
  }),
];
const PARTS: Record<string, string[]> = {
  't4.reconsideration.total': ['upheld', 'corrected', 'other', 'pending'].map((c) => `t4.reconsideration.${c}`),
  't3.new.total': ['natural', 'business', 'research', 'social', 'legal', 'other'].map((c) => `t3.new.${c}`),
};
// The revision fact each of these totals feeds (revision_facts(), migration 1768000000000; revision_sum(), 1766000000000).
const FACT: Record<string, string> = { 't4.reconsideration.total': 'review_total', 't3.new.total': 'apps_new' };
const target = corpus.find((r) => r.brokenKey && PARTS[r.brokenKey] && r.agency.kind !== 'government_compiled')!;
const KEY = target.brokenKey!;
const PUBLISHED = target.values.get(KEY)!.value;
const TRUE = PARTS[KEY].reduce((s, k) => s + (target.values.get(k)?.value ?? 0), 0);
const YEAR = target.year;

describe(`cell corrections (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  let app: NestExpressApplication;
  let ds: DataSource;
  let tokens: Record<'viewer' | 'analyst' | 'admin', string>;
  let reportId: string;
  let agencyId: number;
  const gql = (query: string, variables: object = {}, token?: string) => {
    const r = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (token) r.set('authorization', `Bearer ${token}`);
    return r.send({ query, variables });
  };
  const csv = async (query: string, args: object): Promise<string> => {
    const res = await request(app.getHttpServer())
      .get(`/api/export?format=csv&query=${query}&args=${encodeURIComponent(JSON.stringify(args))}`)
      .set('authorization', `Bearer ${tokens.analyst}`);
    expect(res.status).toBe(200);
    return res.text;
  };
  // null: no token at all (undefined would take the default).
  const correct = (note: string, token: string | null = tokens.admin, value = TRUE, key = KEY, id = reportId) =>
    gql(
      `mutation($r: ID!, $k: String!, $v: Float!, $n: String!) { correctCell(reportId: $r, key: $k, value: $v, note: $n) {
      id reportId key publishedValue publishedKind correctedValue note correctedBy correctedAt active } }`,
      { r: id, k: key, v: value, n: note },
      token ?? undefined,
    );
  const withdraw = (id: string, token: string | null = tokens.admin) =>
    gql(
      `mutation($id: ID!) { withdrawCorrection(correctionId: $id, note: "源报告数字无误") { id active withdrawnBy withdrawnNote correctedValue } }`,
      { id },
      token ?? undefined,
    );

  /** What each view says of the cell: the report page, series, compare (row and total), ranking, the stored fact and the CSVs. */
  async function views() {
    const rep = await gql(
      `query($id: ID) { report(id: $id) { cells(keys: ["${KEY}"]) { value publishedValue corrected correction { id note correctedBy } }
      findings { code keys status resolvedByCorrectionId } corrections { id active correctedValue publishedValue withdrawnNote } } }`,
      { id: reportId },
    );
    const series = await gql(
      `query($a: Int!, $y: Int!) { series(metric: "${KEY}", agencyIds: [$a], years: [$y]) { lines { points { value corrected publishedValue } } } }`,
      { a: agencyId, y: YEAR },
    );
    const compare = await gql(
      `query($a: Int!, $y: Int!) { compare(metrics: ["${KEY}"], years: [$y], filter: { ids: [$a] }) {
      rows { cells { value corrected } } totals { value corrected } } }`,
      { a: agencyId, y: YEAR },
    );
    const ranking = await gql(
      `query($y: Int!, $q: String!) { ranking(year: $y, filter: { search: $q }, limit: 100) { rows { agencyId correctedCells } } }`,
      { y: YEAR, q: CITY },
    );
    const [fact] = await ds.query(
      `SELECT v.${FACT[KEY]} AS fact, v.corrected_keys FROM report r JOIN report_revision v ON v.id = r.current_revision_id
      WHERE r.id = $1`,
      [reportId],
    );
    const seriesCsv = await csv('series', { metric: KEY, agencyIds: [agencyId], years: [YEAR] });
    const compareCsv = await csv('compare', { metrics: [KEY], years: [YEAR], filter: { ids: [agencyId] } });
    const rankingCsv = await csv('ranking', { year: YEAR, filter: { search: CITY } });
    return {
      report: rep.body.data.report,
      point: series.body.data.series.lines[0].points[0],
      compare: compare.body.data.compare,
      ranking: ranking.body.data.ranking.rows.find((r: { agencyId: number }) => r.agencyId === agencyId),
      fact,
      csv: {
        series: seriesCsv,
        compare: compareCsv,
        ranking: rankingCsv.split('\r\n').find((l) => l.includes(target.agency.name)) ?? '',
      },
    };
  }

  beforeAll(async () => {
    app = await bootTestApp();
    ds = app.get(DataSource);
    const auth = app.get(AuthService);
    tokens = {
      viewer: (await auth.create('viewer', 'k-viewer')).token,
      analyst: (await auth.create('analyst', 'k-analyst')).token,
      admin: (await auth.create('admin', 'k-admin')).token,
    };
    const svc = app.get(IngestService);
    for (const r of corpus) {
      const res = await svc.ingest({
        bytes: Buffer.from(r.bytes),
        fileName: r.fileName,
        agencyName: r.agency.name,
        region: r.agency.regionPath,
        year: r.year,
        publishedOn: r.publishedOn,
        synthetic: true,
      });
      if (r === target) reportId = res.reportId!;
    }
    agencyId = (await ds.query(`SELECT agency_id FROM report WHERE id = $1`, [reportId]))[0].agency_id;
  }, 180_000);
  afterAll(async () => {
    await app.close();
  });

  it('reads the broken total as published, with the arithmetic finding open', async () => {
    expect(PUBLISHED).toBeGreaterThan(TRUE);
    const v = await views();
    expect(v.report.cells).toEqual([
      { value: PUBLISHED, publishedValue: PUBLISHED, corrected: false, correction: null },
    ]);
    expect(
      v.report.findings
        .filter((f: { keys: string[] | null }) => f.keys?.includes(KEY))
        .map((f: { status: string }) => f.status),
    ).toContain('open');
    expect(v.point).toEqual({ value: PUBLISHED, corrected: false, publishedValue: PUBLISHED });
    expect(v.compare.rows[0].cells[0]).toEqual({ value: PUBLISHED, corrected: 0 });
    expect(v.ranking.correctedCells).toEqual([]);
    expect(v.fact).toEqual({ fact: PUBLISHED, corrected_keys: null });
    expect(v.csv.series).not.toContain('已更正');
  }, 60_000);

  it('refuses correctCell and withdrawCorrection without a token, to viewers and analysts', async () => {
    for (const [token, code] of [
      [null, 'UNAUTHENTICATED'],
      [tokens.viewer, 'FORBIDDEN'],
      [tokens.analyst, 'FORBIDDEN'],
    ] as const) {
      const res = await correct('数字有误', token);
      expect([res.body.data, res.body.errors[0].extensions.code]).toEqual([null, code]);
      const w = await withdraw('1', token);
      expect([w.body.data, w.body.errors[0].extensions.code]).toEqual([null, code]);
    }
    expect(
      await ds.query(
        `SELECT count(*)::int AS n FROM cell_correction WHERE revision_id IN (SELECT id FROM report_revision WHERE report_id = $1)`,
        [reportId],
      ),
    ).toEqual([{ n: 0 }]);
  }, 60_000);

  it('answers bad input with an error naming the field', async () => {
    const cases: [Promise<request.Response>, RegExp][] = [
      [correct('   '), /^note: /],
      [correct('x', tokens.admin, TRUE, 't9.no.such'), /^key: /],
      [correct('x', tokens.admin, TRUE, KEY, 'abc'), /^reportId: /],
      [withdraw('abc'), /^correctionId: /],
    ];
    for (const [p, message] of cases) {
      const res = await p;
      expect(res.body.errors[0]).toMatchObject({
        extensions: { code: expect.stringMatching(/^BAD_(REQUEST|USER_INPUT)$/) },
        message: expect.stringMatching(message),
      });
    }
    const missing = await correct('x', tokens.admin, TRUE, KEY, '999999999');
    expect([missing.body.errors[0].extensions.code, missing.body.errors[0].message]).toEqual([
      'NOT_FOUND',
      'report 999999999 not found',
    ]);
  }, 60_000);

  it('a correction shows in the report, series, compare, ranking and the CSVs, marked; the finding it settles closes, linked; withdrawal restores', async () => {
    const made = await correct('分项之和为准（总计多计）');
    const k = made.body.data.correctCell;
    expect(k).toMatchObject({
      reportId,
      key: KEY,
      publishedValue: PUBLISHED,
      publishedKind: 'number',
      correctedValue: TRUE,
      note: '分项之和为准（总计多计）',
      correctedBy: 'k-admin',
      active: true,
    });
    expect(Date.parse(k.correctedAt)).not.toBeNaN();

    const on = await views();
    expect(on.report.cells).toEqual([
      {
        value: TRUE,
        publishedValue: PUBLISHED,
        corrected: true,
        correction: { id: k.id, note: '分项之和为准（总计多计）', correctedBy: 'k-admin' },
      },
    ]);
    const settled = on.report.findings.filter((f: { keys: string[] | null }) => f.keys?.includes(KEY));
    expect(settled.length).toBeGreaterThan(0);
    expect(
      settled.every(
        (f: { status: string; resolvedByCorrectionId: string }) =>
          f.status === 'resolved' && f.resolvedByCorrectionId === k.id,
      ),
    ).toBe(true);
    expect(on.point).toEqual({ value: TRUE, corrected: true, publishedValue: PUBLISHED });
    expect(on.compare.rows[0].cells[0]).toEqual({ value: TRUE, corrected: 1 });
    expect(on.compare.totals[0]).toMatchObject({ value: TRUE, corrected: 1 });
    expect(on.ranking.correctedCells).toEqual([KEY]);
    expect(on.fact).toEqual({ fact: TRUE, corrected_keys: [KEY] });
    expect(on.csv.series).toContain(`${TRUE},,已更正（公布值${PUBLISHED}）`);
    expect(on.csv.compare).toContain('已更正（1份报告）');
    expect(on.csv.ranking).toContain(`已更正：${KEY}`);
    const found = await gql(
      `query($a: Int!) { findings(filter: { agency: { ids: [$a] }, kinds: [within], statuses: [resolved] }) { code status resolvedByCorrectionId } }`,
      { a: agencyId },
    );
    expect(found.body.data.findings.length).toBe(settled.length);

    const w = await withdraw(k.id);
    expect(w.body.data.withdrawCorrection).toEqual({
      id: k.id,
      active: false,
      withdrawnBy: 'k-admin',
      withdrawnNote: '源报告数字无误',
      correctedValue: TRUE,
    });
    const off = await views();
    expect(off.report.cells).toEqual([
      { value: PUBLISHED, publishedValue: PUBLISHED, corrected: false, correction: null },
    ]);
    expect(
      off.report.findings
        .filter((f: { keys: string[] | null }) => f.keys?.includes(KEY))
        .map((f: { status: string; resolvedByCorrectionId: string | null }) => [f.status, f.resolvedByCorrectionId]),
    ).toEqual(settled.map(() => ['open', null]));
    expect(off.report.corrections).toEqual([
      { id: k.id, active: false, correctedValue: TRUE, publishedValue: PUBLISHED, withdrawnNote: '源报告数字无误' },
    ]);
    expect(off.point).toEqual({ value: PUBLISHED, corrected: false, publishedValue: PUBLISHED });
    expect(off.compare.rows[0].cells[0]).toEqual({ value: PUBLISHED, corrected: 0 });
    expect(off.ranking.correctedCells).toEqual([]);
    expect(off.fact).toEqual({ fact: PUBLISHED, corrected_keys: null });
    expect([off.csv.series, off.csv.compare, off.csv.ranking].some((t) => t.includes('已更正'))).toBe(false);

    const again = await withdraw(k.id);
    expect(again.body.errors[0]).toMatchObject({
      extensions: { code: 'BAD_REQUEST' },
      message: expect.stringMatching(/^correctionId: .* already withdrawn/),
    });
    const log = await ds.query(
      `SELECT action, actor, detail->>'key' AS key, detail->>'correctionId' AS id FROM admin_log
      WHERE action IN ('correct_cell', 'withdraw_correction') AND detail->>'reportId' = $1 ORDER BY id`,
      [reportId],
    );
    expect(log).toEqual([
      { action: 'correct_cell', actor: 'k-admin', key: KEY, id: k.id },
      { action: 'withdraw_correction', actor: 'k-admin', key: KEY, id: k.id },
    ]);
  }, 120_000);

  it('a second correction of a cell supersedes the first, keeping the printed value as published; a wrong value reopens the check', async () => {
    const first = (await correct('先按分项更正')).body.data.correctCell;
    const wrong = TRUE + 10;
    const second = (await correct('再次更正', tokens.admin, wrong)).body.data.correctCell;
    expect(second).toMatchObject({ publishedValue: PUBLISHED, correctedValue: wrong, active: true });
    const rep = (
      await gql(
        `query($id: ID) { report(id: $id) { corrections { id active withdrawnNote }
      findings { keys status messageZh resolvedByCorrectionId } } }`,
        { id: reportId },
      )
    ).body.data.report;
    expect(rep.corrections.slice(-2)).toEqual([
      { id: first.id, active: false, withdrawnNote: 'superseded' },
      { id: second.id, active: true, withdrawnNote: null },
    ]);
    // The same sum breaks again with the new value: the finding is open again and names the value now read.
    const mine = rep.findings.filter((f: { keys: string[] | null }) => f.keys?.includes(KEY));
    expect(mine.map((f: { status: string }) => f.status)).toEqual(mine.map(() => 'open'));
    expect(mine.some((f: { messageZh: string }) => f.messageZh.includes(String(wrong)))).toBe(true);
    await withdraw(second.id);
    const after = (
      await gql(
        `query($id: ID) { report(id: $id) { cells(keys: ["${KEY}"]) { value corrected } findings { keys status messageZh } } }`,
        { id: reportId },
      )
    ).body.data.report;
    expect(after.cells).toEqual([{ value: PUBLISHED, corrected: false }]);
    expect(
      after.findings
        .filter((f: { keys: string[] | null }) => f.keys?.includes(KEY))
        .some((f: { messageZh: string }) => f.messageZh.includes(String(wrong))),
    ).toBe(false);
  }, 120_000);

  it('a correction that breaks a sum that held raises a finding of its own, which goes with the withdrawal', async () => {
    const other = corpus.find(
      (r) => r !== target && r.brokenKey !== 't4.reconsideration.total' && r.agency.kind !== 'government_compiled',
    )!;
    const [row] = await ds.query(
      `SELECT r.id::text FROM report r JOIN agency a ON a.id = r.agency_id WHERE a.name = $1 AND r.year = $2`,
      [other.agency.name, other.year],
    );
    const upheld = other.values.get('t4.reconsideration.upheld')!.value;
    const findings = async () =>
      (
        await gql(`query($id: ID) { report(id: $id) { findings { code status raisedByCorrectionId } } }`, {
          id: row.id,
        })
      ).body.data.report.findings as { code: string; status: string; raisedByCorrectionId: string | null }[];
    expect((await findings()).filter((f) => f.code === 't4_total')).toEqual([]);
    const k = (await correct('复议维持数应为更正值', tokens.admin, upheld + 5, 't4.reconsideration.upheld', row.id))
      .body.data.correctCell;
    expect((await findings()).filter((f) => f.code === 't4_total')).toEqual([
      { code: 't4_total', status: 'open', raisedByCorrectionId: k.id },
    ]);
    await withdraw(k.id);
    expect((await findings()).filter((f) => f.code === 't4_total')).toEqual([]);
  }, 120_000);
});

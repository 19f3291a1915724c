// The analytics queries on the real sample corpus, role checks on every mutation, and the complexity limit.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { AuthService } from '../src/modules/auth/auth.service';
import { DemoDataService } from '../src/modules/ingest/demo-data.service';
import { IngestService } from '../src/modules/ingest/ingest.service';
import { bootTestApp } from './test-app';

const SAMPLES = path.resolve(__dirname, '../../../data/samples');
const PINGTAN = '平潭综合实验区（管委会）';

describe(`analytics API on the corpus (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  let app: NestExpressApplication;
  let tokens: Record<'viewer' | 'analyst' | 'admin', string>;
  const gql = (query: string, variables: object = {}, token?: string) => {
    const r = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (token) r.set('authorization', `Bearer ${token}`);
    return r.send({ query, variables });
  };

  beforeAll(async () => {
    app = await bootTestApp();
    const demo = app.get(DemoDataService);
    // Always: other suites share the database and may have stored some reports already; the samples' own bytes come
    // back "unchanged", so this adds exactly what is missing.
    await demo.loadSamples(SAMPLES);
    const auth = app.get(AuthService);
    tokens = {
      viewer: (await auth.create('viewer', 't-viewer')).token,
      analyst: (await auth.create('analyst', 't-analyst')).token,
      admin: (await auth.create('admin', 't-admin')).token,
    };
  }, 240_000);
  afterAll(async () => {
    await app.close();
  });

  it('reads 鞍山市应急管理局 2020 through report, series and compare', async () => {
    const res = await gql(`{ report(agencyName: "鞍山市应急管理局", year: 2020) { agencyId
      cells(keys: ["t2.penalty.decisions", "t2.procurement.amount"]) { key value } revisions { revisionNo current } } }`);
    const r = res.body.data.report;
    expect(Object.fromEntries(r.cells.map((c: { key: string; value: number }) => [c.key, c.value]))).toEqual({
      't2.penalty.decisions': 8,
      't2.procurement.amount': null,
    });
    expect(r.revisions[0]).toEqual({ revisionNo: 1, current: true });
    const s = await gql(
      `query($id: Int!) { series(metric: "t2.penalty.decisions", agencyIds: [$id], years: [2020]) { lines { points { year value status } } } }`,
      { id: r.agencyId },
    );
    expect(s.body.data.series.lines[0].points).toEqual([{ year: 2020, value: 8, status: 'value' }]);
    const c = await gql(
      `query($id: Int!) { compare(metrics: ["t2.penalty.decisions"], years: [2020], filter: { ids: [$id] }) {
      rows { label cells { value share } } totals { value } quantiles { p50 n } } }`,
      { id: r.agencyId },
    );
    const cmp = c.body.data.compare;
    expect(cmp.rows).toEqual([{ label: '鞍山市应急管理局', cells: [{ value: 8, share: 1 }] }]);
    expect(cmp.totals[0].value).toBe(8);
    expect(cmp.quantiles[0]).toEqual({ p50: 8, n: 1 });
  });

  it("shows 平潭's missing 2023 as missing and breaks the line at the 2021 template", async () => {
    const res = await gql(
      `query($q: String!) { series(metric: "t2.penalty.decisions", filter: { search: $q }) { years
      lines { agencyName points { year value status template breakBefore breakReasonEn } } } }`,
      { q: PINGTAN },
    );
    const s = res.body.data.series;
    expect(s.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    const line = s.lines.find((l: { agencyName: string }) => l.agencyName === PINGTAN);
    const by = Object.fromEntries(line.points.map((p: { year: number }) => [p.year, p]));
    expect(by[2023].status).toBe('missing_report');
    // The demo loads each page and then a flattened text copy of it; the page stays current (issue 13), so the
    // decisions read as the HTML prints them: 2019 "行政处罚 2648 0 430", 2020 "行政处罚 2648 -18 538".
    expect([by[2019].value, by[2020].value]).toEqual([430, 538]);
    const cmp = await gql(
      `query($q: String!) { compare(metrics: ["t2.penalty.decisions"], years: [2019, 2020], filter: { search: $q }) {
      rows { label cells { year value } } } }`,
      { q: PINGTAN },
    );
    expect(cmp.body.data.compare.rows.find((r: { label: string }) => r.label === PINGTAN).cells).toEqual([
      { year: 2019, value: 430 },
      { year: 2020, value: 538 },
    ]);
    expect([by[2019].template, by[2020].template, by[2021].template]).toEqual(['2019', '2019', '2021']);
    expect(by[2021].breakBefore).toBe(true);
    expect(by[2021].breakReasonEn).toMatch(/2019 to 2021/);
    expect([by[2020].breakBefore, by[2022].breakBefore, by[2024].breakBefore]).toEqual([false, false, false]);
    // A metric the 2021 template dropped is "not in template" there, not zero.
    const proc = await gql(
      `query($q: String!) { series(metric: "t2.procurement.items", filter: { search: $q }, years: [2021]) { lines { agencyName points { status value } } } }`,
      { q: PINGTAN },
    );
    const pl = proc.body.data.series.lines.find((l: { agencyName: string }) => l.agencyName === PINGTAN);
    expect(pl.points).toEqual([{ status: 'not_in_template', value: null }]);
  });

  it('reports every continuity break the stored cells contain (上年结转 vs 结转下年度)', async () => {
    // Independent expectation: read both years' cells through `report` and compare column by column here.
    // Every stored report, page by page: other suites on this database store more than one page of them.
    type N = { agencyId: number; year: number; cells: { key: string; value: number | null }[] };
    const nodes: N[] = [];
    for (let after: string | null = null, more = true; more;) {
      const list = await gql(
        `query($after: String) { reports(first: 200, after: $after) { pageInfo { endCursor hasNextPage } nodes { agencyId agencyName year cells(keys: [
        "t3.carried_in.natural","t3.carried_in.business","t3.carried_in.research","t3.carried_in.public_interest","t3.carried_in.legal","t3.carried_in.other_org","t3.carried_in.total",
        "t3.carried_out.natural","t3.carried_out.business","t3.carried_out.research","t3.carried_out.public_interest","t3.carried_out.legal","t3.carried_out.other_org","t3.carried_out.total"]) { key value } } } }`,
        { after },
      );
      nodes.push(...list.body.data.reports.nodes);
      ({ endCursor: after, hasNextPage: more } = list.body.data.reports.pageInfo);
    }
    const at = new Map(nodes.map((n) => [`${n.agencyId}|${n.year}`, new Map(n.cells.map((c) => [c.key, c.value]))]));
    const expected: string[] = [];
    for (const n of nodes) {
      const prev = at.get(`${n.agencyId}|${n.year - 1}`);
      if (!prev) continue;
      for (const c of n.cells.filter((x) => x.key.startsWith('t3.carried_in.'))) {
        const before = prev.get(c.key.replace('carried_in', 'carried_out'));
        if (c.value !== null && before !== null && before !== undefined && c.value !== before)
          expected.push(`${n.agencyId}:${n.year}:${c.key}`);
      }
    }
    const res = await gql(`{ findings(filter: { kinds: [continuity] }) { id code expected actual } }`);
    const got = res.body.data.findings
      .filter((f: { code: string }) => f.code === 'continuity.carried_over')
      .map((f: { id: string }) => f.id.replace(/^continuity:/, ''))
      .sort();
    expect(got).toEqual(expected.sort());
  });

  it('finds a continuity break planted in a copy of 平潭 2022 (上年结转 natural 1 → 2 against 2021 结转下年度 1)', async () => {
    // The real corpus has no break, so one is planted: 2021 as published, and 2022 with the first figure of row
    // 二、上年结转 changed from 1 to 2, both stored under a test body so the real 平潭 reports stay as they are.
    // From the sources: 2021 四、结转下年度 is 1 (natural) / 0 … / 1 (total); 2022 二、上年结转 is 1 / 0 … / 1.
    const agencyName = '断点测试局（测试）';
    const ingest = app.get(IngestService);
    const html2022 = fs.readFileSync(path.join(SAMPLES, 'reports/2022_pingtan_zonghe_shiyanqu.html'), 'utf8');
    const at = html2022.indexOf('二、上年结转政府信息公开申请数量');
    const first = html2022.indexOf('>1</span>', at);
    expect([at > 0, first > at, first - at < 2000]).toEqual([true, true, true]);
    const planted = html2022.slice(0, first) + '>2</span>' + html2022.slice(first + '>1</span>'.length);
    // A comment makes the 2021 bytes differ from the sample already stored, which would otherwise be recognised as unchanged.
    const html2021 = `${fs.readFileSync(path.join(SAMPLES, 'reports/2021_pingtan_zonghe_shiyanqu.html'), 'utf8')}<!-- test copy -->`;
    // The pages print 平潭's name: storing them under the test body takes an explicit override of the printed name.
    const r2021 = await ingest.ingest({
      bytes: Buffer.from(html2021, 'utf8'),
      fileName: 'planted-2021.html',
      agencyName,
      override: true,
    });
    const r2022 = await ingest.ingest({
      bytes: Buffer.from(planted, 'utf8'),
      fileName: 'planted-2022.html',
      agencyName,
      override: true,
    });
    expect([r2021.status, r2022.status, r2021.year, r2022.year]).toEqual(['new', 'new', 2021, 2022]);
    const a = await gql(
      `{ report(agencyName: "${agencyName}", year: 2022) { agencyId cells(keys: ["t3.carried_in.natural", "t3.carried_in.total"]) { key value } } }`,
    );
    const { agencyId, cells } = a.body.data.report;
    expect(cells).toEqual([
      { key: 't3.carried_in.natural', value: 2 },
      { key: 't3.carried_in.total', value: 1 },
    ]);
    const res = await gql(
      `{ findings(filter: { kinds: [continuity], years: [2022] }) { id code agencyName expected actual } }`,
    );
    const mine = res.body.data.findings.filter((f: { agencyName: string }) => f.agencyName === agencyName);
    expect(mine).toEqual([
      {
        id: `continuity:${agencyId}:2022:t3.carried_in.natural`,
        code: 'continuity.carried_over',
        agencyName,
        expected: 1,
        actual: 2,
      },
    ]);
  });

  it('filters findings by status before the limit, stored and computed alike', async () => {
    // The last finding in list order, dismissed: with limit 1 a filter applied after the limit would return nothing.
    const all = (await gql('{ findings(filter: { kinds: [within] }, limit: 2000) { id } }')).body.data.findings;
    expect(all.length).toBeGreaterThan(1);
    const last = all.at(-1).id;
    const set = await gql(
      `mutation { setFindingStatus(id: "${last}", status: dismissed, note: "测试") { id status } }`,
      {},
      tokens.admin,
    );
    expect(set.body.data.setFindingStatus).toEqual({ id: last, status: 'dismissed' });
    // A finding that does not exist is not found (and nothing is logged), not reported as set.
    const missing = await gql(
      'mutation { setFindingStatus(id: "999999999", status: dismissed, note: "x") { id } }',
      {},
      tokens.admin,
    );
    expect(missing.body.errors[0].message).toBe('finding 999999999 not found');
    const dismissed = await gql(
      '{ findings(filter: { kinds: [within], statuses: [dismissed] }, limit: 1) { id statusNote } }',
    );
    expect(dismissed.body.data.findings).toEqual([{ id: last, statusNote: '测试' }]);
    // The planted continuity break, confirmed: found by its status, and only it.
    const brk = (
      await gql('{ findings(filter: { kinds: [continuity], years: [2022] }) { id agencyName } }')
    ).body.data.findings.find((f: { agencyName: string }) => f.agencyName === '断点测试局（测试）');
    await gql(
      `mutation { setFindingStatus(id: "${brk.id}", status: confirmed, note: "已核实") { id } }`,
      {},
      tokens.admin,
    );
    const confirmed = await gql(
      '{ findings(filter: { kinds: [continuity, hierarchy], statuses: [confirmed] }, limit: 1) { id status statusNote } }',
    );
    expect(confirmed.body.data.findings).toEqual([{ id: brk.id, status: 'confirmed', statusNote: '已核实' }]);
    // Severity and code filters leave computed findings out when they do not match.
    const errorsOnly = await gql('{ findings(filter: { kinds: [continuity], severities: ["error"] }) { id } }');
    expect(errorsOnly.body.data.findings).toEqual([]);
    const byCode = await gql(
      '{ findings(filter: { kinds: [continuity], codes: ["continuity.in_force"], years: [2022] }) { code } }',
    );
    expect(byCode.body.data.findings.every((f: { code: string }) => f.code === 'continuity.in_force')).toBe(true);
  });

  it('counts findings without the limit, with the same filters as the list', async () => {
    const filters = [
      '{}',
      '{ years: [2022] }',
      '{ kinds: [continuity] }',
      '{ kinds: [within], severities: ["error"] }',
      '{ statuses: [dismissed] }',
    ];
    for (const f of filters) {
      const res = await gql(
        `{ findingCount(filter: ${f}) findings(filter: ${f}, limit: 2000) { id } one: findings(filter: ${f}, limit: 1) { id } }`,
      );
      const { findingCount, findings, one } = res.body.data;
      expect([f, findingCount]).toEqual([f, findings.length]); // the corpus has far fewer than 2000
      expect(one.length).toBe(Math.min(1, findings.length));
    }
    expect((await gql('{ findingCount }')).body.data.findingCount).toBeGreaterThan(20);
  });

  it("collection status counts each report's failed checks: its error findings not dismissed", async () => {
    const res = await gql(`{ collectionStatus(year: 2020) { bodies { agencyId agencyName errorFindings } }
      findings(filter: { years: [2020], kinds: [within], severities: ["error"], statuses: [open, confirmed] }, limit: 2000) { agencyId } }`);
    const expected = new Map<number, number>();
    for (const f of res.body.data.findings) expected.set(f.agencyId, (expected.get(f.agencyId) ?? 0) + 1);
    type B = { agencyId: number; agencyName: string; errorFindings: number };
    const bodies: B[] = res.body.data.collectionStatus.bodies;
    expect(new Map(bodies.filter((b) => b.errorFindings > 0).map((b) => [b.agencyId, b.errorFindings]))).toEqual(
      expected,
    );
    // 平潭 2020 prints result rows that add up to 27 against a total of 21 (INDEX.tsv): its checks fail.
    expect(bodies.find((b) => b.agencyName === PINGTAN)!.errorFindings).toBeGreaterThan(0);
  });

  it('ranks a year with scores in 0–100, dense contributions and a what-if that is not saved', async () => {
    const res = await gql(
      `{ ranking(year: 2022) { total whatIf rows { agencyName score rank previousRank rankChange whyEn contributions { indicator points } } } }`,
    );
    const r = res.body.data.ranking;
    expect(r.total).toBeGreaterThan(0);
    for (const row of r.rows) {
      expect(row.score).toBeGreaterThanOrEqual(0);
      expect(row.score).toBeLessThanOrEqual(100);
      expect(row.contributions.reduce((s: number, c: { points: number }) => s + c.points, 0)).toBeCloseTo(row.score, 9);
    }
    const w = await gql(
      `{ ranking(year: 2022, whatIf: [{ indicator: "on_time", weight: 1 }]) { whatIf profile { id } } scoringProfiles { id } }`,
    );
    expect(w.body.data.ranking).toEqual({ whatIf: true, profile: { id: 0 } });
    expect(w.body.data.scoringProfiles).toHaveLength(2); // 默认方案 v1 and v2, nothing added by the what-if
    // A client that sends every variable (the dashboard does) passes profileId: null for "the default profile".
    const n = await gql('query($p: Int) { ranking(year: 2022, profileId: $p, limit: 1) { profile { isDefault } } }', {
      p: null,
    });
    expect([n.body.errors, n.body.data?.ranking.profile]).toEqual([undefined, { isDefault: true }]);
    // A report still waiting to be claimed (2020's flipbook fragment) is stored but not ranked.
    const y2020 = await gql(
      '{ reports(first: 200, filter: { years: [2020] }) { nodes { agencyName } } ranking(year: 2020, limit: 1000) { rows { agencyName } } }',
    );
    const unclaimed = y2020.body.data.reports.nodes.filter((x: { agencyName: string }) =>
      x.agencyName.startsWith('未识别机关'),
    );
    expect(unclaimed.length).toBe(1);
    expect(y2020.body.data.ranking.rows.map((x: { agencyName: string }) => x.agencyName)).not.toContain(
      unclaimed[0].agencyName,
    );
    expect(y2020.body.data.ranking.rows.length).toBeGreaterThan(0);
  });

  it('refuses every mutation without an admin token', async () => {
    // One valid call per mutation; the list must cover the schema, so a new mutation fails here until it is added.
    const calls: Record<string, string> = {
      saveScoringProfile:
        'saveScoringProfile(input: { name: "测试", weights: [{ indicator: "on_time", weight: 1 }] }) { id version }',
      setDefaultScoringProfile: 'setDefaultScoringProfile(id: 1) { id }',
      setFindingStatus: 'setFindingStatus(id: "1", status: dismissed, note: "x") { id }',
      addAgencyAlias: 'addAgencyAlias(agencyId: 1, alias: "别名") { __typename }',
      mergeAgencies: 'mergeAgencies(fromId: 1, intoId: 2) { __typename }',
      moveReport: 'moveReport(reportId: "1", toAgencyId: 2) { __typename }',
      importRoster: 'importRoster(csv: "region,name,kind,level") { imported }',
      updateRosterEntry: 'updateRosterEntry(agencyId: 1, patch: { note: "x" }) { agencyId }',
      setDeadline: 'setDeadline(year: 2024, kind: department, dueOn: "2025-02-01") { dueOn }',
      runMonitor: 'runMonitor(year: 2030) { bodies }',
      setCurrentRevision: 'setCurrentRevision(revisionId: "1") { changed }',
      correctCell: 'correctCell(reportId: "1", key: "t2.penalty.decisions", value: 1, note: "x") { id }',
      withdrawCorrection: 'withdrawCorrection(correctionId: "1") { id }',
      createAccount: 'createAccount(username: "x-user", password: "0123456789ab", kind: "reviewer") { id }',
      resetPassword: 'resetPassword(accountId: 1, password: "0123456789ab")',
      createApiToken: 'createApiToken(role: "viewer", name: "x") { secret }',
      revokeApiToken: 'revokeApiToken(id: 1)',
      // The collection loop's steps pass the guard for any caller and are refused by side: a bureau account or the office.
      saveSubmissionForm: 'saveSubmissionForm(year: 2024, values: []) { id }',
      explainFindings: 'explainFindings(id: 1, explanations: []) { id }',
      submitSubmission: 'submitSubmission(id: 1) { id }',
      returnSubmission: 'returnSubmission(id: 1, comments: [{ target: "", text: "x" }]) { id }',
      acceptSubmission: 'acceptSubmission(id: 1) { id }',
      setSubmissionPublished: 'setSubmissionPublished(id: 1, url: "https://x.example/") { id }',
    };
    const intro = await gql('{ __schema { mutationType { fields { name } } } }');
    const names: string[] = intro.body.data.__schema.mutationType.fields.map((f: { name: string }) => f.name).sort();
    expect(names.filter((n) => !calls[n])).toEqual([]);
    expect(names).toEqual(
      expect.arrayContaining(['saveScoringProfile', 'setDefaultScoringProfile', 'setFindingStatus']),
    );
    for (const name of names) {
      for (const token of [undefined, tokens.viewer, tokens.analyst]) {
        const res = await gql(`mutation { ${calls[name]} }`, {}, token);
        expect({ name, data: res.body.data, code: res.body.errors?.[0]?.extensions?.code }).toEqual({
          name,
          data: null,
          code: token ? 'FORBIDDEN' : 'UNAUTHENTICATED',
        });
      }
    }
    const ok = await gql(`mutation { ${calls.saveScoringProfile} }`, {}, tokens.admin);
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.saveScoringProfile.version).toBe(1);
  });

  it('refuses an abusive query by depth and by complexity, without a stack trace', async () => {
    const fields = Array.from({ length: 400 }, (_, i) => `a${i}: metrics { key labelZh unit }`).join(' ');
    const res = await gql(`{ ${fields} }`);
    expect(res.body.errors[0].message).toMatch(/complexity \d+ exceeds the limit/);
    expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|at .*\.ts:/);
    const deep = await gql('{ agencies { region { id } } reports { nodes { cells { key } } pageInfo { endCursor } } }');
    expect(deep.body.errors).toBeUndefined();
  });

  it("exports compare as XLSX and CSV with the query's numbers, filters in the header, analyst only", async () => {
    const args = { metrics: ['t2.penalty.decisions'], years: [2020], filter: { search: '应急管理局' } };
    const q = await gql(
      `query($a: [String!]!, $y: [Int!]!, $f: AgencyFilter) { compare(metrics: $a, years: $y, filter: $f) { rows { label cells { value } } } }`,
      { a: args.metrics, y: args.years, f: args.filter },
    );
    const expected = q.body.data.compare.rows.map((r: { label: string; cells: { value: number }[] }) => [
      r.label,
      r.cells[0].value,
    ]);
    expect(expected).toContainEqual(['鞍山市应急管理局', 8]);
    const url = `/api/export?format=xlsx&query=compare&args=${encodeURIComponent(JSON.stringify(args))}`;
    expect((await request(app.getHttpServer()).get(url)).status).toBe(401);
    expect((await request(app.getHttpServer()).get(url).set('authorization', `Bearer ${tokens.viewer}`)).status).toBe(
      403,
    );
    const res = await request(app.getHttpServer())
      .get(url)
      .set('authorization', `Bearer ${tokens.analyst}`)
      .buffer(true)
      .parse((r, cb) => {
        const b: Buffer[] = [];
        r.on('data', (c: Buffer) => b.push(c));
        r.on('end', () => cb(null, Buffer.concat(b)));
      });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(arrayBufferOf(res.body as Buffer));
    const rows = wb.worksheets[0]
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toEqual(['横向对比']);
    expect(rows).toContainEqual(['筛选：指标', '行政处罚 · 处理决定数量（件）']);
    expect(rows).toContainEqual(['筛选：名称含', '应急管理局']);
    const header = rows.findIndex((r) => r[0] === '机关');
    expect(rows[header].slice(0, 6)).toEqual([
      '机关',
      '机关数',
      '行政处罚 · 处理决定数量 2020年（件）',
      '2020年同比增减（件）',
      '2020年同比（%）',
      '2020年占合计（%）',
    ]);
    const body = rows.slice(header + 1, header + 1 + expected.length).map((r) => [r[0], r[2]]);
    expect(body).toEqual(expected);
    expect(typeof body[0][1]).toBe('number');
    const csv = await request(app.getHttpServer())
      .get(url.replace('xlsx', 'csv'))
      .set('authorization', `Bearer ${tokens.analyst}`);
    expect(csv.text).toContain('鞍山市应急管理局,');
    // The page in English asks for its own labels; an unknown language is refused by name.
    const en = await request(app.getHttpServer())
      .get(`${url.replace('xlsx', 'csv')}&lang=en`)
      .set('authorization', `Bearer ${tokens.analyst}`);
    expect(en.text).toContain('Filter: Name contains,应急管理局');
    expect(en.text).toContain(
      'Body,Bodies,Administrative penalties: decisions 2020 (count),Change on previous year 2020 (count)',
    );
    const bad = await request(app.getHttpServer())
      .get(`${url}&lang=fr`)
      .set('authorization', `Bearer ${tokens.analyst}`);
    expect([bad.status, bad.body.message]).toEqual([400, 'lang must be zh or en']);
  });
  const analystGet = (url: string) =>
    request(app.getHttpServer()).get(url).set('authorization', `Bearer ${tokens.analyst}`);
  const exportUrl = (format: string, query: string, args: object) =>
    `/api/export?format=${format}&query=${query}&args=${encodeURIComponent(JSON.stringify(args))}`;

  it("exports the collection list as CSV: every expected body's state, date and failed checks, as the query shows them", async () => {
    const q = await gql(
      '{ collectionStatus(year: 2020) { deadline expected received onTime bodies { agencyName kind state dueOn publishedOn daysLate reportId errorFindings onRoster agencyStatus } } }',
    );
    const c = q.body.data.collectionStatus;
    const res = await analystGet(exportUrl('csv', 'collection', { year: 2020 }));
    expect(res.status).toBe(200);
    const lines = parseCsv(res.text.replace(/^\uFEFF/, ''));
    expect(lines[0]).toEqual([
      `2020年度报告收集情况（部门截止${c.deadline}，汇总报告按层级；应报${c.expected}，已收到${c.received}，按时${c.onTime}）`,
    ]);
    const header = lines.findIndex((l) => l[0] === '机关');
    expect(lines[header]).toEqual([
      '机关',
      '类别',
      '状态',
      '截止日期',
      '发布日期',
      '逾期天数',
      '未通过的检查',
      '机关待认领',
      '名录外',
      '报送状态',
      '网站公开',
      '网站发布时间',
      '发布后修改',
      '网页地址',
      '在年报栏目',
      '与报送稿不一致的单元格',
    ]);
    const zh: Record<string, string> = { on_time: '按时', late: '逾期', undated: '无发布日期', missing: '未提交' };
    const kindZh: Record<string, string> = {
      government_compiled: '本级政府（汇总）',
      department: '政府部门',
      township: '乡镇（街道）',
      government_office: '政府办公厅（室）',
      vertical: '垂直管理部门',
      other: '其他',
    };
    type B = {
      agencyName: string;
      kind: string;
      state: string;
      dueOn: string | null;
      publishedOn: string | null;
      daysLate: number | null;
      reportId: string | null;
      errorFindings: number;
      onRoster: boolean;
      agencyStatus: string;
    };
    // Other suites on this database may store a body named like a formula (=1+2): the CSV writes it as text, prefixed '.
    const asCsvText = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
    expect(c.bodies.length).toBeGreaterThan(0);
    expect(lines.slice(header + 1, header + 1 + c.bodies.length)).toEqual(
      c.bodies.map((b: B) => [
        asCsvText(b.agencyName),
        kindZh[b.kind],
        zh[b.state],
        b.dueOn ?? '',
        b.publishedOn ?? '',
        b.daysLate === null ? '' : String(b.daysLate),
        b.reportId ? String(b.errorFindings) : '',
        b.agencyStatus === 'unresolved' ? '是' : '',
        b.onRoster ? '' : '是',
        '未开始',
        '未检查',
        '',
        '',
        '',
        '',
        '',
      ]),
    );
    expect((await analystGet(exportUrl('csv', 'collection', {}))).body.message).toBe('collection needs year');
  });

  it("exports series as CSV: each year's value and status, the template break and the missing year, as the query shows them", async () => {
    const args = { metric: 't2.penalty.decisions', filter: { search: PINGTAN } };
    const q = await gql(
      `query($f: AgencyFilter) { series(metric: "t2.penalty.decisions", filter: $f) { years
      lines { agencyName points { year value status breakBefore breakReasonZh } } } }`,
      { f: args.filter },
    );
    const s = q.body.data.series;
    expect(
      (
        await request(app.getHttpServer())
          .get(exportUrl('csv', 'series', args))
          .set('authorization', `Bearer ${tokens.viewer}`)
      ).status,
    ).toBe(403);
    const res = await analystGet(exportUrl('csv', 'series', args));
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="series-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = parseCsv(res.text.replace(/^\uFEFF/, ''));
    expect(lines[0]).toEqual(['时间序列：行政处罚 · 处理决定数量（件）']);
    expect(lines).toContainEqual(['筛选：名称含', PINGTAN]);
    const header = lines.findIndex((l) => l[0] === '机关');
    expect(lines[header]).toEqual(['机关', ...s.years.flatMap((y: number) => [`${y}年`, `${y}年状态`, `${y}年更正`])]);
    const line = s.lines.find((l: { agencyName: string }) => l.agencyName === PINGTAN);
    const row = lines.slice(header + 1).find((l) => l[0] === PINGTAN)!;
    type P = { year: number; value: number | null; status: string; breakBefore: boolean; breakReasonZh: string | null };
    line.points.forEach((p: P, i: number) => expect(row[1 + 3 * i]).toBe(p.value === null ? '' : String(p.value)));
    const status = Object.fromEntries(s.years.map((y: number, i: number) => [y, row[2 + 3 * i]]));
    // Nothing of 平潭's is corrected: the correction columns are empty.
    expect(s.years.map((_: number, i: number) => row[3 + 3 * i])).toEqual(s.years.map(() => ''));
    expect(status[2023]).toBe('缺报告');
    expect(status[2021]).toBe(`口径断开：${line.points.find((p: P) => p.year === 2021).breakReasonZh}`);
    expect(status[2022]).toBe('');
  });

  it("exports ranking as XLSX with the ranking's rows and numbers, and says which argument is missing", async () => {
    const q = await gql(
      '{ ranking(year: 2022, limit: 1000) { total profile { name version } rows { rank agencyName score previousRank rankChange whyZh } } }',
    );
    const r = q.body.data.ranking;
    const res = await analystGet(exportUrl('xlsx', 'ranking', { year: 2022 }))
      .buffer(true)
      .parse((x, cb) => {
        const b: Buffer[] = [];
        x.on('data', (c: Buffer) => b.push(c));
        x.on('end', () => cb(null, Buffer.concat(b)));
      });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(arrayBufferOf(res.body as Buffer));
    const rows = wb.worksheets[0]
      .getSheetValues()
      .filter(Boolean)
      .map((x) => (x as unknown[]).slice(1));
    expect(rows[0]).toEqual([`2022年度考评排名（${r.profile.name} v${r.profile.version}）`]);
    const header = rows.findIndex((x) => x[0] === '名次');
    expect(rows[header].slice(0, 5)).toEqual(['名次', '机关', '得分', '上年名次', '名次变化']);
    expect(rows[header].at(-1)).toBe('变化原因');
    const body = rows.slice(header + 1);
    expect(body).toHaveLength(r.total);
    // Empty cells (no previous rank) come back from ExcelJS as missing entries; compare them as null.
    expect(body.map((x) => [x[0], x[1], x[2], x[3] ?? null, x[4] ?? null, x.at(-1) ?? null])).toEqual(
      r.rows.map((x: Record<string, unknown>) => [
        x.rank,
        x.agencyName,
        x.score,
        x.previousRank,
        x.rankChange,
        x.whyZh,
      ]),
    );
    const bad = await analystGet(exportUrl('csv', 'ranking', {}));
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('ranking needs year');
  });
});

// ExcelJS types its input as an ArrayBuffer; hand it exactly the bytes of the Node buffer.
function arrayBufferOf(b: Buffer): ArrayBuffer {
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

/** RFC 4180 enough for the export: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [],
    cell = '',
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r') continue;
    else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  return rows.map((r) => (r.length === 1 && r[0] === '' ? [] : r));
}

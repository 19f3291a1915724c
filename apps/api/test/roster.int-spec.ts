// The roster (名录) drives what is expected, by when, and what a total sums: import/export, collection by kind and
// deadline, compare totals that never count a compiled report twice, and the 逐级汇总 view — all checked against
// independent SQL over the stored cells.
import type { NestExpressApplication } from '@nestjs/platform-express';
import { synthCorpus, type SynthReport } from '@dh/synth';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuthService } from '../src/modules/auth/auth.service';
import { IngestService } from '../src/modules/ingest/ingest.service';
import { RosterService } from '../src/modules/roster/roster.service';
import { bootTestApp } from './test-app';

const CITY = '合成庚市';
const corpus = [
  ...synthCorpus({
    agencies: 25,
    years: [2021, 2022],
    seed: 707,
    city: CITY,
    missingRate: 0,
    forms: ['text'],
    faultRate: { gbk: 0, late_publication: 0 },
  }),
];
const names = [...new Set(corpus.map((r) => r.agency.name))];
const cityGov = `${CITY}人民政府`;
const countyGov = names.find((n) => /[区县]人民政府$/.test(n) && n !== cityGov)!;
const county = corpus.find((r) => r.agency.name === countyGov)!.agency.regionPath;
const cityDepts = names.filter(
  (n) =>
    n !== cityGov && corpus.find((r) => r.agency.name === n)!.agency.level === 'city' && !n.endsWith('人民政府办公室'),
);
const countyDepts = names.filter(
  (n) => n !== countyGov && corpus.find((r) => r.agency.name === n)!.agency.regionPath.join('/') === county.join('/'),
);
// Four city departments go on the roster; one of them is vertical, one ends in 2021. The rest stay off the roster.
const [deptA, deptB, vertical, retired] = cityDepts;
const offRoster = cityDepts.slice(4);
const cityPath = `合成省/${CITY}`;

const rosterCsv = (lines: string[]): string =>
  ['region,name,kind,level,parent,first_year,last_year,successor,aliases,source_urls,note', ...lines].join('\n');
const goodLines = [
  `${cityPath},${cityGov},government_compiled,city,,,,,,https://gengshi.example/ndbg/,`,
  `${cityPath},${deptA},department,city,${cityGov},,,,甲局,https://gengshi.example/a/|https://gengshi.example/a2/,`,
  `${cityPath},${deptB},department,city,${cityGov},,,,,,`,
  `${cityPath},${vertical},vertical,city,,,,,,,垂直管理`,
  `${cityPath},${retired},department,city,${cityGov},,2021,${deptA},,,机构改革并入`,
  `${county.join('/')},${countyGov},government_compiled,county,${cityGov},,,,,,`,
  ...countyDepts.map((n) => `${county.join('/')},${n},department,county,${countyGov},,,,,,`),
];

// The page date and the signature date both set, so the test holds whichever the parser reads as publication.
const withDate = (r: SynthReport, date: string): Buffer => {
  const [y, m, d] = date.split('-').map(Number);
  return Buffer.from(
    Buffer.from(r.bytes)
      .toString('utf8')
      .replace(/发布日期：\d{4}-\d{2}-\d{2}/, `发布日期：${date}`)
      .replace(/\d{4}年\d{1,2}月\d{1,2}日\s*$/, `${y}年${m}月${d}日\n`),
    'utf8',
  );
};

describe(`roster, deadlines and totals (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  let app: NestExpressApplication;
  let ds: DataSource;
  const tokens: Record<string, string> = {};
  const gql = (query: string, variables: object = {}, token?: string) => {
    const r = request(app.getHttpServer()).post('/graphql').send({ query, variables });
    return token ? r.set('authorization', `Bearer ${token}`) : r;
  };
  const importCsv = (csv: string, token = tokens.admin) =>
    request(app.getHttpServer())
      .post('/api/roster')
      .set('authorization', `Bearer ${token}`)
      .attach('file', Buffer.from(csv, 'utf8'), 'roster.csv');
  const download = async (fmt = 'csv', token = tokens.analyst) =>
    request(app.getHttpServer())
      .get(`/api/roster?format=${fmt}&regionId=${await cityId()}`)
      .set('authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((r, cb) => {
        const b: Buffer[] = [];
        r.on('data', (c: Buffer) => b.push(c));
        r.on('end', () => cb(null, Buffer.concat(b)));
      });
  const cityId = async (): Promise<number> => (await ds.query(`SELECT id FROM region WHERE name = $1`, [CITY]))[0].id;

  beforeAll(async () => {
    app = await bootTestApp();
    ds = app.get(DataSource);
    for (const role of ['viewer', 'analyst', 'admin'])
      tokens[role] = (await app.get(AuthService).create(role, `roster-${role}`)).token;
    const ingest = app.get(IngestService);
    for (const r of corpus) {
      // 2月11日: late for a department (1月31日), on time for a county's compiled report (2月20日).
      const date =
        r.year === 2022 && (r.agency.name === countyGov || r.agency.name === deptB)
          ? '2023-02-11'
          : `${r.year + 1}-01-20`;
      const res = await ingest.ingest({
        bytes: withDate(r, date),
        fileName: r.fileName,
        agencyName: r.agency.name,
        region: r.agency.regionPath,
      });
      if (res.status !== 'new') throw new Error(`${r.fileName}: ${res.status} ${res.error ?? ''}`);
    }
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  it('refuses a roster file with a bad line whole, naming the line and the field', async () => {
    const onRoster = async (): Promise<number> =>
      (await ds.query(`SELECT count(*)::int AS n FROM agency WHERE on_roster`))[0].n;
    const before = await onRoster(); // other suites on this database may have put their own bodies on the roster
    const bad = rosterCsv([
      goodLines[0],
      goodLines[1],
      `${cityPath},某局,bureau,city,,,,,,,`,
      `${cityPath},${deptB},department,city,${cityGov},2023,2021,,,,`,
    ]);
    const res = await importCsv(bad);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 4, field: 'kind' }),
        expect.objectContaining({ line: 5, field: 'last_year' }),
      ]),
    );
    expect(res.body.message).toMatch(/roster\.csv: refused, nothing imported — line 4 \(kind\)/);
    expect(await onRoster()).toBe(before);
    // A parent nobody knows is found only against the database: still nothing half-imported.
    const unknownParent = await importCsv(
      rosterCsv([goodLines[0], `${cityPath},${deptA},department,city,无此人民政府,,,,,,`]),
    );
    expect(unknownParent.status).toBe(400);
    expect(unknownParent.body.errors).toEqual([expect.objectContaining({ line: 3, field: 'parent' })]);
    expect(await onRoster()).toBe(before);
  });

  it('imports a good roster (admin only) and round-trips it through export → import unchanged', async () => {
    expect((await importCsv(rosterCsv(goodLines), tokens.analyst)).status).toBe(403);
    expect(
      (await request(app.getHttpServer()).post('/api/roster').attach('file', Buffer.from('x'), 'r.csv')).status,
    ).toBe(401);
    const res = await importCsv(rosterCsv(goodLines));
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ imported: goodLines.length, created: 0, removed: 0 });
    expect((await download('csv', tokens.viewer)).status).toBe(403);
    const first = await download('csv');
    expect(first.status).toBe(200);
    const csv = (first.body as Buffer).toString('utf8');
    expect(csv.split('\n').filter(Boolean)).toHaveLength(goodLines.length + 1);
    expect(csv).toContain(
      `${cityPath},${deptA},department,city,${cityGov},,,,甲局,https://gengshi.example/a/|https://gengshi.example/a2/,`,
    );
    expect((await importCsv(csv)).status).toBe(201);
    expect(((await download('csv')).body as Buffer).toString('utf8')).toBe(csv);
    const xlsx = await download('xlsx');
    expect(xlsx.status).toBe(200);
    const again = await request(app.getHttpServer())
      .post('/api/roster')
      .set('authorization', `Bearer ${tokens.admin}`)
      .attach('file', xlsx.body as Buffer, 'roster.xlsx');
    expect(again.status).toBe(201);
    expect(((await download('csv')).body as Buffer).toString('utf8')).toBe(csv);
    const parent = await ds.query(`SELECT p.name FROM agency a JOIN agency p ON p.id = a.parent_id WHERE a.name = $1`, [
      countyGov,
    ]);
    expect(parent).toEqual([{ name: cityGov }]);
  });

  it('expects roster bodies only, each by the deadline of its kind, with days late', async () => {
    const res = await gql(
      `query($r: Int) { collectionStatus(year: 2022, regionId: $r) { deadline expected received onTime late notOnRoster
      byKind { kind expected onTime late } bodies { agencyName kind onRoster expected state dueOn daysLate } } }`,
      { r: await cityId() },
    );
    const c = res.body.data.collectionStatus;
    const body = (n: string) => c.bodies.find((b: { agencyName: string }) => b.agencyName === n);
    // Expected: city government, deptA, deptB, the county government and its departments; not the vertical body,
    // not the body retired after 2021, not the bodies off the roster (listed, marked, not counted).
    expect(c.expected).toBe(4 + countyDepts.length);
    expect(body(countyGov)).toMatchObject({
      kind: 'government_compiled',
      state: 'on_time',
      dueOn: '2023-02-20',
      daysLate: 0,
    });
    expect(body(deptB)).toMatchObject({ kind: 'department', state: 'late', dueOn: '2023-01-31', daysLate: 11 });
    expect(body(cityGov)).toMatchObject({ dueOn: '2023-03-10', state: 'on_time' });
    expect(body(vertical)).toMatchObject({ kind: 'vertical', expected: false, dueOn: null });
    expect(body(retired)).toMatchObject({ expected: false });
    expect(body(offRoster[0])).toMatchObject({ onRoster: false, expected: false });
    // Off the roster with a 2022 report: every body of the corpus the file leaves out (the city's office, the other
    // departments less the synthetic 林业局 merged after 2021, the townships). The retired body is on the roster.
    const listed = new Set([cityGov, deptA, deptB, vertical, retired, countyGov, ...countyDepts]);
    const off2022 = new Set(
      corpus.filter((r) => r.year === 2022 && !listed.has(r.agency.name)).map((r) => r.agency.name),
    );
    expect(off2022.size).toBeGreaterThanOrEqual(offRoster.length);
    expect(c.notOnRoster).toBe(off2022.size);
    expect(c.byKind).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'government_compiled', expected: 2, onTime: 2 }),
        expect.objectContaining({ kind: 'department', expected: 2 + countyDepts.length, late: 1 }),
      ]),
    );
    // 2021: the retired body is still expected.
    const y21 = await gql(
      `query($r: Int) { collectionStatus(year: 2021, regionId: $r) { bodies { agencyName expected } } }`,
      { r: await cityId() },
    );
    expect(
      y21.body.data.collectionStatus.bodies.find((b: { agencyName: string }) => b.agencyName === retired).expected,
    ).toBe(true);
  });

  it('lets an admin move a deadline for one year, logged; the states follow', async () => {
    const m = `mutation($d: String) { setDeadline(year: 2022, kind: department, level: null, dueOn: $d) { kind level dueOn source } }`;
    for (const t of [undefined, tokens.viewer, tokens.analyst])
      expect((await gql(m, { d: '2023-02-15' }, t)).body.data).toBeNull();
    const set = await gql(m, { d: '2023-02-15' }, tokens.admin);
    expect(set.body.data.setDeadline).toContainEqual({
      kind: 'department',
      level: null,
      dueOn: '2023-02-15',
      source: 'office',
    });
    const bad = await gql(m, { d: '2023-02-30x' }, tokens.admin);
    expect(bad.body.errors[0]).toMatchObject({
      message: expect.stringMatching(/^dueOn: /),
      extensions: { code: 'BAD_REQUEST' },
    });
    const after = await gql(
      `query($r: Int) { collectionStatus(year: 2022, regionId: $r) { bodies { agencyName state dueOn } } }`,
      { r: await cityId() },
    );
    expect(after.body.data.collectionStatus.bodies.find((b: { agencyName: string }) => b.agencyName === deptB)).toEqual(
      { agencyName: deptB, state: 'on_time', dueOn: '2023-02-15' },
    );
    await gql(m, { d: null }, tokens.admin);
    expect((await ds.query(`SELECT count(*)::int AS n FROM admin_log WHERE action = 'roster_deadline'`))[0].n).toBe(2);
  });

  it('sums only the bodies’ own reports in a region total: equal to independent SQL over non-compiled reports', async () => {
    const q = `query($f: AgencyFilter) { compare(metrics: ["t3.new.total"], years: [2022], groupBy: region, filter: $f) { kinds totals { year value yoyBodies } } }`;
    const res = await gql(q, { f: { regionId: await cityId() } });
    const [{ sum }] = await ds.query(
      `
      SELECT sum(c.value)::float8 AS sum FROM report r JOIN agency a ON a.id = r.agency_id
      JOIN report_cell c ON c.agency_id = r.agency_id AND c.revision_id = r.current_revision_id AND c.key = 't3.new.total'
      WHERE r.year = 2022 AND a.kind <> 'government_compiled' AND a.kind <> 'vertical'
        AND a.region_id IN (SELECT id FROM region WHERE name = $1 OR parent_id = (SELECT id FROM region WHERE name = $1))`,
      [CITY],
    );
    expect(res.body.data.compare.kinds).toEqual(['government_office', 'department', 'township', 'other']);
    expect(res.body.data.compare.totals.find((t: { year: number }) => t.year === 2022).value).toBe(sum);
    const mixed = await gql(q, { f: { regionId: await cityId(), kinds: ['government_compiled', 'department'] } });
    expect(mixed.body.errors[0].message).toMatch(/government_compiled cannot be summed with other kinds/);
  });

  it('shows each compiled report beside the sum of the bodies the roster puts under it', async () => {
    const res = await gql(
      `query($r: Int) { rollup(year: 2022, metrics: ["t3.new.total", "t2.penalty.decisions"], regionId: $r) {
      agencyName children childrenReporting cells { metric reported computed difference } } }`,
      { r: await cityId() },
    );
    const rows = res.body.data.rollup;
    expect(rows.map((r: { agencyName: string }) => r.agencyName)).toEqual([cityGov, countyGov]);
    for (const row of rows) {
      const [{ n }] = await ds.query(
        `SELECT count(*)::int AS n FROM agency WHERE parent_id = (SELECT id FROM agency WHERE name = $1)
        AND (last_year IS NULL OR last_year >= 2022) AND kind <> 'vertical'`,
        [row.agencyName],
      );
      expect(row.children).toBe(n);
      for (const cell of row.cells) {
        const [{ s, own }] = await ds.query(
          `
          SELECT (SELECT sum(c.value)::float8 FROM agency k JOIN report r ON r.agency_id = k.id AND r.year = 2022
                   JOIN report_cell c ON c.agency_id = r.agency_id AND c.revision_id = r.current_revision_id AND c.key = $2
                   WHERE k.parent_id = g.id AND (k.last_year IS NULL OR k.last_year >= 2022) AND k.kind <> 'vertical') AS s,
                 (SELECT c.value::float8 FROM report r JOIN report_cell c ON c.agency_id = r.agency_id AND c.revision_id = r.current_revision_id AND c.key = $2
                   WHERE r.agency_id = g.id AND r.year = 2022) AS own
          FROM agency g WHERE g.name = $1`,
          [row.agencyName, cell.metric],
        );
        expect({ computed: cell.computed, reported: cell.reported }).toEqual({ computed: s, reported: own });
        expect(cell.difference).toBe(own - s);
      }
    }
  });

  it('lets an admin edit an entry (logged in its history) and refuses everyone else', async () => {
    const id = (await ds.query(`SELECT id FROM agency WHERE name = $1`, [deptA]))[0].id;
    const m = `mutation($id: Int!) { updateRosterEntry(agencyId: $id, patch: { lastYear: 2030, note: "改" }) { lastYear note kindSource } }`;
    for (const t of [undefined, tokens.viewer, tokens.analyst]) expect((await gql(m, { id }, t)).body.data).toBeNull();
    expect((await gql(m, { id }, tokens.admin)).body.data.updateRosterEntry).toEqual({
      lastYear: 2030,
      note: '改',
      kindSource: 'roster',
    });
    const h = await gql(`query($id: Int!) { rosterHistory(agencyId: $id) { action actor detail } }`, { id });
    expect(h.body.data.rosterHistory[0]).toMatchObject({ action: 'roster_update', actor: 'roster-admin' });
    expect(JSON.parse(h.body.data.rosterHistory[0].detail).before.lastYear).toBeNull();
    const wrongParent = await gql(
      `mutation($id: Int!, $p: Int) { updateRosterEntry(agencyId: $id, patch: { parentId: $p }) { parentId } }`,
      { id, p: (await ds.query(`SELECT id FROM agency WHERE name = $1`, [deptB]))[0].id },
      tokens.admin,
    );
    expect(wrongParent.body.errors[0].message).toMatch(/^parentId: .* is not a government/);
  });

  it('opens on the office’s own region: HOME_REGION when set, else the roster’s highest government', async () => {
    const res = await gql('{ homeRegion { id name level source } }');
    // Other suites on this database may list their own cities' governments: the home is one of the city-level ones.
    const govs: { id: number }[] =
      await ds.query(`SELECT DISTINCT rg.id FROM agency a JOIN region rg ON rg.id = a.region_id
      WHERE a.on_roster AND a.kind = 'government_compiled' AND rg.level IN ('country', 'province', 'city')`);
    expect(govs.map((g) => g.id)).toContain(await cityId());
    expect(res.body.data.homeRegion).toMatchObject({ level: 'city', source: 'roster' });
    expect(govs.map((g) => g.id)).toContain(res.body.data.homeRegion.id);
    if (govs.length === 1)
      expect(res.body.data.homeRegion).toEqual({ id: await cityId(), name: CITY, level: 'city', source: 'roster' });
    const svc = app.get(RosterService);
    expect(await svc.homeRegion(county.join('/'))).toMatchObject({ name: county.at(-1), source: 'config' });
    expect(await svc.homeRegion('无此省/无此市')).toBeNull();
  });

  it('suggests township, not government, for 乡/镇人民政府 not yet on the roster', async () => {
    const [r] = [
      ...synthCorpus({ agencies: 1, years: [2022, 2022], seed: 708, city: CITY, missingRate: 0, forms: ['text'] }),
    ];
    // The synthetic report prints its own body's name: filing it under the township takes an explicit override.
    const res = await app.get(IngestService).ingest({
      bytes: r.bytes,
      fileName: 'town.txt',
      agencyName: '中村乡人民政府',
      region: [...county, '中村乡'],
      override: true,
    });
    const [a] = await ds.query(
      `SELECT kind, type, on_roster FROM agency a JOIN report r ON r.agency_id = a.id WHERE r.id = $1`,
      [res.reportId],
    );
    expect(a).toEqual({ kind: 'township', type: 'township', on_roster: false });
  });
});

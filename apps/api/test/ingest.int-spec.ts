// Storing reports: the shared corpus, re-ingest, new revisions, bad files, concurrent ingests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { synthCorpus } from '@dh/synth';
import { DataSource } from 'typeorm';
import { IngestService, type IngestResult } from '../src/modules/ingest/ingest.service';
import { DemoDataService, readSampleIndex } from '../src/modules/ingest/demo-data.service';
import { bootTestApp } from './test-app';

const SAMPLES = path.resolve(__dirname, '../../../data/samples');
const PDF_DIR = path.resolve(__dirname, '../../../../shared/corpus/pdf');
// Corpus copies with no table of either template, and one with no year anywhere: each fails alone (see INDEX.tsv notes).
const EXPECTED_FAILURES: Record<string, RegExp> = {
  '2019_jiangsu_sheng_tongjiju_partial.txt': /unknown template/,
  '2021_xinjiang_zizhiqu_linye_caoyuanju_partial.txt': /unknown template/,
  '2025_jianping_xian_renmin_zhengfu_partial.txt': /unknown template/,
  '2025_linze_xian_shenjiju_partial.txt': /unknown template/,
  'unknownyear_unknown_ju_2019format_partial.txt': /no report year/,
};

describe(`ingest (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  let app: NestExpressApplication;
  let svc: IngestService;
  let ds: DataSource;
  const q = async <T = Record<string, unknown>>(sql: string, p: unknown[] = []): Promise<T[]> => ds.query(sql, p);

  beforeAll(async () => {
    app = await bootTestApp();
    svc = app.get(IngestService);
    ds = app.get(DataSource);
  });
  afterAll(async () => {
    await app.close();
  });

  function corpusFiles(): string[] {
    const files = ['seeds', 'reports'].flatMap((d) =>
      fs
        .readdirSync(path.join(SAMPLES, d))
        .sort()
        .map((n) => path.join(SAMPLES, d, n)),
    );
    if (fs.existsSync(PDF_DIR))
      files.push(
        ...fs
          .readdirSync(PDF_DIR)
          .sort()
          .map((n) => path.join(PDF_DIR, n)),
      );
    else process.stdout.write(`skip: no PDFs at ${PDF_DIR}; the PDF part of the corpus is not ingested\n`);
    return files;
  }
  const index = readSampleIndex(fs.readFileSync(path.join(SAMPLES, 'INDEX.tsv'), 'utf8'));
  const ingestFile = (f: string): Promise<IngestResult> =>
    svc.ingest({ bytes: fs.readFileSync(f), fileName: path.basename(f), ...index.get(path.basename(f)) });

  it('stores the whole shared corpus once; only the files without tables or year fail, each naming itself', async () => {
    const files = corpusFiles();
    const results: IngestResult[] = [];
    for (const f of files) results.push(await ingestFile(f));
    for (const r of results) {
      const expected = EXPECTED_FAILURES[r.fileName];
      if (expected) {
        expect(r.status).toBe('failed');
        expect(r.error).toMatch(expected);
        expect(r.error!.startsWith(r.fileName)).toBe(true);
      } else {
        expect([r.fileName, r.status]).not.toEqual([r.fileName, 'failed']);
      }
    }
    // Each stored file is one revision of its body: its hash appears once per body (the same bytes given for another
    // body are that body's own report), and every hash is of the file's bytes (a PDF's bytes once read as empty here).
    const dup = await q(
      `SELECT content_hash FROM report_revision GROUP BY content_hash, agency_id HAVING count(*) > 1`,
    );
    expect(dup).toEqual([]);
    expect(
      await q(`SELECT file_name FROM report_revision WHERE bytes = 0 OR content_hash = encode(sha256(''), 'hex')`),
    ).toEqual([]);
    // The HTML and text copies of the same 平潭 report are two revisions of one report (different bytes, same agency-year).
    const pingtan = await q<{
      n: number;
    }>(`SELECT count(*)::int AS n FROM report_revision v JOIN report r ON r.id = v.report_id
      JOIN agency a ON a.id = r.agency_id WHERE a.name = '平潭综合实验区（管委会）' AND r.year = 2019`);
    expect(pingtan[0].n).toBe(2);
    // The seed report: signature 鞍山市应急管理局; table 二 procurement amount printed with no unit (the 2019 template
    // fixes none): raw kept, no value, so no sum can take it in an unknown unit.
    const seed = await q<{
      value: number;
    }>(`SELECT c.value::float8 AS value, c.raw, c.unit FROM report r JOIN agency a ON a.id = r.agency_id
      JOIN report_cell c ON c.revision_id = r.current_revision_id AND c.agency_id = r.agency_id
      WHERE a.name = '鞍山市应急管理局' AND r.year = 2020 AND c.key = 't2.procurement.amount'`);
    expect(seed).toEqual([{ value: null, raw: '689380', unit: null }]);
  }, 180_000);

  it("stores each revision's ranking facts equal to what its cells and sections say", async () => {
    // Recomputed here from the stored rows with no use of revision_facts(): counts, table presence by key prefix and
    // the indicator sums (null when no cell of theirs holds a number).
    const sum = (
      keys: string[],
    ) => `(SELECT sum(c.value)::float8 FROM report_cell c WHERE c.agency_id = v.agency_id AND c.revision_id = v.id
      AND c.key IN (${keys.map((k) => `'${k}'`).join(',')}))`;
    const t4 = (col: string) =>
      ['reconsideration', 'litigation_direct', 'litigation_after'].map((g) => `t4.${g}.${col}`);
    const rows = await q(`SELECT v.file_name,
        v.section_count = (SELECT count(*) FROM report_section s WHERE s.agency_id = v.agency_id AND s.revision_id = v.id) AS sections,
        v.table_count = (SELECT count(*) FROM unnest(ARRAY['t2.', 't3.', 't4.']) p WHERE EXISTS (SELECT 1 FROM report_cell c
          WHERE c.agency_id = v.agency_id AND c.revision_id = v.id AND starts_with(c.key, p))) AS tables,
        v.proactive IS NOT DISTINCT FROM ${sum(['t2.licensing.decisions', 't2.penalty.decisions', 't2.coercion.decisions'])} AS proactive,
        v.apps_handled IS NOT DISTINCT FROM ${sum(['t3.result_total.total'])} AS handled,
        v.apps_disclosed IS NOT DISTINCT FROM ${sum(['t3.disclosed.total', 't3.partial.total'])} AS disclosed,
        v.review_total IS NOT DISTINCT FROM ${sum(t4('total'))} AS review,
        v.review_corrected IS NOT DISTINCT FROM ${sum(t4('corrected'))} AS corrected
      FROM report_revision v ORDER BY v.file_name`);
    expect(rows.length).toBeGreaterThan(20);
    const ok = {
      sections: true,
      tables: true,
      proactive: true,
      handled: true,
      disclosed: true,
      review: true,
      corrected: true,
    };
    expect(rows).toEqual(rows.map((r) => ({ file_name: r.file_name, ...ok })));
    // The seed as printed: six sections, tables 二 三 四, 行政许可 0 + 行政处罚 8 + 行政强制 0.
    const seed = await q(
      `SELECT section_count, table_count, proactive FROM report_revision WHERE file_name LIKE '000_%'`,
    );
    expect(seed).toEqual([{ section_count: 6, table_count: 3, proactive: 8 }]);
  });

  it('re-ingesting the corpus adds nothing', async () => {
    const before = await q<{ r: number; v: number; c: number }>(
      `SELECT (SELECT count(*) FROM report)::int AS r, (SELECT count(*) FROM report_revision)::int AS v, (SELECT count(*) FROM report_cell)::int AS c`,
    );
    for (const f of corpusFiles().filter((x) => !EXPECTED_FAILURES[path.basename(x)])) {
      expect(await ingestFile(f)).toMatchObject({ status: 'unchanged' });
    }
    const after =
      await q(`SELECT (SELECT count(*) FROM report)::int AS r, (SELECT count(*) FROM report_revision)::int AS v,
      (SELECT count(*) FROM report_cell)::int AS c`);
    expect(after).toEqual(before);
  }, 180_000);

  it('a changed file becomes a new revision; the old one is kept unchanged', async () => {
    const [r] = [
      ...synthCorpus({
        agencies: 1,
        years: [2022, 2022],
        seed: 501,
        city: '合成甲市',
        missingRate: 0,
        forms: ['text'],
        faultRate: { gbk: 0 },
      }),
    ];
    const first = await svc.ingest({ bytes: r.bytes, fileName: r.fileName, agencyName: r.agency.name });
    expect(first.status).toBe('new');
    const text = Buffer.from(r.bytes).toString('utf8');
    expect(text).toMatch(/一、本年新收政府信息公开申请数量 \| \d+/);
    const changed = Buffer.from(
      text.replace(/(一、本年新收政府信息公开申请数量 \| )(\d+)/, (_m, a: string, n: string) => `${a}${Number(n) + 1}`),
      'utf8',
    );
    const second = await svc.ingest({ bytes: changed, fileName: r.fileName, agencyName: r.agency.name });
    expect(second).toMatchObject({ status: 'new_revision', reportId: first.reportId });
    const revs = await q<{ id: string; revision_no: number; reason: string; natural: number }>(
      `SELECT v.id::text, v.revision_no, v.reason, c.value::int AS natural FROM report_revision v
       JOIN report_cell c ON c.revision_id = v.id AND c.agency_id = v.agency_id AND c.key = 't3.new.natural'
       WHERE v.report_id = $1 ORDER BY v.revision_no`,
      [first.reportId],
    );
    const printed = r.values.get('t3.new.natural')!.value;
    expect(revs).toEqual([
      { id: first.revisionId, revision_no: 1, reason: 'first_ingest', natural: printed },
      { id: second.revisionId, revision_no: 2, reason: 'content_changed', natural: printed + 1 },
    ]);
    const cur = await q<{ current: string }>(`SELECT current_revision_id::text AS current FROM report WHERE id = $1`, [
      first.reportId,
    ]);
    expect(cur[0].current).toBe(second.revisionId);
  });

  it('bad files (empty, binary, truncated PDF, unknown template) fail alone and write nothing', async () => {
    const good = [...synthCorpus({ agencies: 1, years: [2023, 2023], seed: 502, city: '合成乙市', missingRate: 0 })][0];
    const pdf = fs.existsSync(PDF_DIR)
      ? fs.readFileSync(path.join(PDF_DIR, fs.readdirSync(PDF_DIR)[0])).subarray(0, 3000)
      : Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog');
    const bad: [string, Buffer][] = [
      ['bad-empty.txt', Buffer.alloc(0)],
      ['bad-binary.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
      ['bad-truncated.pdf', pdf],
      [
        'bad-no-template.txt',
        Buffer.from('某局2023年度政府信息公开工作年度报告\n一、总体情况\n我局认真贯彻条例。\n', 'utf8'),
      ],
    ];
    const before = await q<{ n: number }>(`SELECT count(*)::int AS n FROM report_revision`);
    const results = await Promise.all([
      ...bad.map(([name, bytes]) => svc.ingest({ bytes, fileName: name })),
      svc.ingest({ bytes: good.bytes, fileName: good.fileName, agencyName: good.agency.name }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['failed', 'failed', 'failed', 'failed', 'new']);
    results.slice(0, 4).forEach((r, i) => expect(r.error!.startsWith(bad[i][0])).toBe(true));
    expect(results[3].error).toMatch(/unknown template/);
    // Each failure also carries a code a client can word in its own language.
    expect(results.map((r) => r.errorCode)).toEqual(['empty', 'binary', 'extractor_failed', 'no_template', undefined]);
    const after = await q<{ n: number }>(`SELECT count(*)::int AS n FROM report_revision`);
    expect(after[0].n).toBe(before[0].n + 1);
    expect(await q(`SELECT id FROM report_revision WHERE file_name LIKE 'bad-%'`)).toEqual([]);
  }, 60_000);

  it('demo city: synthetic reports stored, marked synthetic, under the 合成省 → city → county hierarchy', async () => {
    // Its own city: other suites on this database load the demo's 合成市, whose bodies have the same names.
    const results = await app.get(DemoDataService).loadSyntheticCity(25, 909, '合成寅市');
    expect(results.filter((r) => r.status !== 'new')).toEqual([]);
    const ids = results.map((r) => r.reportId);
    const flags = await q(
      `SELECT DISTINCT r.synthetic AS report, a.synthetic AS agency FROM report r JOIN agency a ON a.id = r.agency_id
      WHERE r.id = ANY($1::bigint[])`,
      [ids],
    );
    expect(flags).toEqual([{ report: true, agency: true }]);
    const chain = await q(`SELECT r3.name AS county, r3.level, r2.name AS city, r1.name AS province FROM agency a
      JOIN region r3 ON r3.id = a.region_id JOIN region r2 ON r2.id = r3.parent_id JOIN region r1 ON r1.id = r2.parent_id
      WHERE a.name = '合成寅东阳区应急管理局'`);
    expect(chain).toEqual([{ county: '合成寅东阳区', level: 'county', city: '合成寅市', province: '合成省' }]);
  }, 120_000);

  it('two ingests of the same report at the same time store it once', async () => {
    const [r] = [...synthCorpus({ agencies: 1, years: [2024, 2024], seed: 503, city: '合成丙市', missingRate: 0 })];
    const input = { bytes: r.bytes, fileName: r.fileName, agencyName: r.agency.name };
    const res = await Promise.all([
      svc.ingest(input),
      svc.ingest({ ...input, fileName: 'copy-' + r.fileName }),
      svc.ingest(input),
    ]);
    expect(res.map((x) => x.status).sort()).toEqual(['new', 'unchanged', 'unchanged']);
    expect(new Set(res.map((x) => x.revisionId)).size).toBe(1);
    const n = await q<{ n: number }>(`SELECT count(*)::int AS n FROM report_revision WHERE report_id = $1`, [
      res[0].reportId,
    ]);
    expect(n[0].n).toBe(1);
  });

  it('two different copies of one agency-year at the same time become revisions 1 and 2', async () => {
    const [r] = [
      ...synthCorpus({
        agencies: 1,
        years: [2025, 2025],
        seed: 504,
        city: '合成丁市',
        missingRate: 0,
        faultRate: { gbk: 0 },
      }),
    ];
    const other = Buffer.from(`${Buffer.from(r.bytes).toString('utf8')}\n附：本报告另有网页版。\n`);
    const res = await Promise.all([
      svc.ingest({ bytes: r.bytes, fileName: 'a-' + r.fileName, agencyName: r.agency.name }),
      svc.ingest({ bytes: other, fileName: 'b-' + r.fileName, agencyName: r.agency.name }),
    ]);
    expect(res.map((x) => x.status).sort()).toEqual(['new', 'new_revision']);
    expect(res[0].reportId).toBe(res[1].reportId);
    const nos = await q<{ revision_no: number }>(
      `SELECT revision_no FROM report_revision WHERE report_id = $1 ORDER BY 1`,
      [res[0].reportId],
    );
    expect(nos.map((x) => x.revision_no)).toEqual([1, 2]);
  });
});

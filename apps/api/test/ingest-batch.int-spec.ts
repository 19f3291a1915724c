// Several reports per transaction (IngestService.storeBatch, the CLI's and bench:ingest's path): the same answers and
// rows as one by one, the ranking facts computed for each revision from its own cells, and a file that fails at the
// database fails alone while the rest of its batch is stored.
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ParsedReport } from '@dh/domain';
import { parseReport } from '@dh/parser';
import { synthCorpus } from '@dh/synth';
import { DataSource } from 'typeorm';
import { REVISION_FACTS_SQL } from '../src/database/migrations/1768000000000-revision-facts-keys';
import { IngestService, type IngestInput } from '../src/modules/ingest/ingest.service';
import { FACT_LISTS, templateKeysOf } from '../src/modules/scoring-profile/indicators';
import { bootTestApp } from './test-app';

const corpus = [
  ...synthCorpus({ agencies: 4, years: [2020, 2023], seed: 4417, city: '合成批存市', missingRate: 0 }),
].filter((r) => r.agency.kind !== 'government_compiled');
const input = (r: (typeof corpus)[number], fileName = r.fileName, bytes: Uint8Array = r.bytes): IngestInput => ({
  bytes,
  fileName,
  agencyName: r.agency.name,
  region: r.agency.regionPath,
});

describe(`ingest in batches (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  let app: NestExpressApplication;
  let svc: IngestService;
  let ds: DataSource;
  const parsed = new Map<string, ParsedReport>();

  beforeAll(async () => {
    app = await bootTestApp();
    svc = app.get(IngestService);
    ds = app.get(DataSource);
    for (const r of corpus) parsed.set(r.fileName, await parseReport({ bytes: r.bytes, fileName: r.fileName }));
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  it("stores a batch as one by one would: every printed value, and each revision's facts from its own cells", async () => {
    const batch = corpus.slice(0, 6);
    const results = await svc.storeBatch(batch.map((r) => ({ input: input(r), parsed: parsed.get(r.fileName)! })));
    expect(results.map((r) => [r.fileName, r.status, r.current])).toEqual(batch.map((r) => [r.fileName, 'new', true]));
    const ids = results.map((r) => r.revisionId!);
    // Values as the generator printed them, under the revision the answer names.
    const cells: { id: string; key: string; value: number | null }[] = await ds.query(
      `SELECT revision_id::text AS id, key, value::float8 AS value FROM report_cell WHERE revision_id = ANY($1::bigint[])`,
      [ids],
    );
    const got = new Map(cells.map((c) => [`${c.id}|${c.key}`, c.value]));
    let compared = 0;
    batch.forEach((r, i) => {
      for (const [key, v] of r.values) {
        expect([r.fileName, key, got.get(`${ids[i]}|${key}`)]).toEqual([r.fileName, key, v.value]);
        compared++;
      }
    });
    expect(compared).toBeGreaterThan(6 * 50);
    // The stored facts against revision_facts() over the stored cells, revision by revision (a mix-up between the
    // batch's revisions would show here), and the counts against the parser's.
    const facts: Record<string, unknown>[] = await ds.query(
      `
      SELECT v.id::text, v.file_name, v.revision_no, v.section_count, v.cells_read, v.template_cells_read > 0 AS template_read,
        (v.table_count, v.proactive, v.apps_handled, v.apps_disclosed, v.review_total, v.review_corrected)::text AS stored,
        (SELECT (f.table_count, f.proactive, f.apps_handled, f.apps_disclosed, f.review_total, f.review_corrected)::text
         FROM (SELECT array_agg(c.key) AS k, array_agg(c.value) AS x FROM report_cell c WHERE c.revision_id = v.id AND c.agency_id = v.agency_id) a,
           ${REVISION_FACTS_SQL('a.k', 'a.x', (i) => `$${i + 1}::text[]`)} f) AS recomputed,
        (SELECT count(*)::int FROM finding f WHERE f.revision_id = v.id) AS findings,
        r.current_revision_id = v.id AS current
      FROM report_revision v JOIN report r ON r.id = v.report_id WHERE v.id = ANY($1::bigint[]) ORDER BY v.id`,
      [ids, ...FACT_LISTS],
    );
    expect(facts).toHaveLength(6);
    for (const f of facts) {
      const p = parsed.get(f.file_name as string)!;
      expect(f).toMatchObject({
        revision_no: 1,
        section_count: p.sections.length,
        template_read: true,
        current: true,
        findings: p.findings.length,
      });
      expect(f.stored).toBe(f.recomputed);
    }
  }, 120_000);

  it('a body new to the batch is created by its first file and found by name for its later ones, as one by one', async () => {
    const batch = corpus.slice(0, 6);
    const rows: { file_name: string; agency_match: string; agency: string }[] = await ds.query(
      `SELECT v.file_name, v.agency_match, a.name AS agency FROM report_revision v JOIN agency a ON a.id = v.agency_id
       WHERE v.file_name = ANY($1) ORDER BY v.id`,
      [batch.map((r) => r.fileName)],
    );
    // One by one, a given body's first report creates it ('given'); each later one finds it by its name ('exact').
    expect(rows).toEqual(
      batch.map((r, i) => ({
        file_name: r.fileName,
        agency: r.agency.name,
        agency_match: i > 0 && batch[i - 1].agency.name === r.agency.name ? 'exact' : 'given',
      })),
    );
    expect(new Set(batch.map((r) => r.agency.name)).size).toBe(2);
  }, 60_000);

  it('counts the template cells read per revision: distinct keys of the template, a repeated, null or foreign key never', async () => {
    const rows: { file_name: string; template_cells_read: number }[] = await ds.query(
      `SELECT file_name, template_cells_read FROM report_revision WHERE file_name = ANY($1) ORDER BY file_name`,
      [corpus.slice(0, 6).map((r) => r.fileName)],
    );
    expect(rows).toHaveLength(6);
    for (const r of rows) {
      const p = parsed.get(r.file_name)!;
      const wanted = new Set(templateKeysOf(p.template));
      expect([r.file_name, r.template_cells_read]).toEqual([
        r.file_name,
        new Set(p.cells.map((c) => c.key).filter((k) => wanted.has(k))).size,
      ]);
    }
    const [edge]: { n: number }[] = await ds.query(
      `SELECT revision_count(ARRAY['t3.a', 't3.a', 't3.b', NULL, 't9.z'], ARRAY['t3.a', 't3.b', 't3.c']) AS n`,
    );
    expect(edge.n).toBe(2);
  }, 60_000);

  it('same bytes twice in one batch: the second is unchanged; a second copy of a report in the batch is its revision 2', async () => {
    const [r] = corpus.slice(6, 7);
    const changed = Buffer.concat([Buffer.from(r.bytes), Buffer.from('\n')]);
    const changedParsed = await parseReport({ bytes: changed, fileName: `changed-${r.fileName}` });
    const results = await svc.storeBatch([
      { input: input(r), parsed: parsed.get(r.fileName)! },
      { input: input(r, `again-${r.fileName}`), parsed: parsed.get(r.fileName)! },
      { input: input(r, `changed-${r.fileName}`, changed), parsed: changedParsed },
    ]);
    expect(results.map((x) => x.status)).toEqual(['new', 'unchanged', 'new_revision']);
    expect(results[1]).toMatchObject({ reportId: results[0].reportId, revisionId: results[0].revisionId });
    expect(results[2].reportId).toBe(results[0].reportId);
    const revs: { revision_no: number; file_name: string }[] = await ds.query(
      `SELECT revision_no, file_name FROM report_revision WHERE report_id = $1 ORDER BY revision_no`,
      [results[0].reportId],
    );
    expect(revs).toEqual([
      { revision_no: 1, file_name: r.fileName },
      { revision_no: 2, file_name: `changed-${r.fileName}` },
    ]);
  }, 60_000);

  it('a file the database refuses fails alone, named; a parse error fails alone; the rest of the batch is stored', async () => {
    const [good1, bad, good2] = corpus.slice(7, 10);
    const p = parsed.get(bad.fileName)!;
    // Two cells under one key: the cell table's primary key refuses the row, so the batch statement fails.
    const broken: ParsedReport = { ...p, cells: [...p.cells, { ...p.cells[0] }] };
    const results = await svc.storeBatch([
      { input: input(good1), parsed: parsed.get(good1.fileName)! },
      { input: input(bad), parsed: broken },
      { input: input(good2), parsed: parsed.get(good2.fileName)! },
      {
        input: { ...input(good2), fileName: 'unreadable-批存.pdf', bytes: new Uint8Array([1, 2, 3]) },
        parsed: new Error('no text layer'),
      },
    ]);
    expect(results.map((x) => x.status)).toEqual(['new', 'failed', 'new', 'failed']);
    expect(results[1]).toMatchObject({ errorCode: 'not_stored' });
    expect(results[1].error).toMatch(new RegExp(`^${bad.fileName}: not stored: .*duplicate key`));
    expect(results[3]).toMatchObject({
      errorCode: 'parse_failed',
      error: 'unreadable-批存.pdf: parse failed: no text layer',
    });
    const stored: { file_name: string; cells: number }[] = await ds.query(
      `SELECT v.file_name, (SELECT count(*)::int FROM report_cell c
      WHERE c.revision_id = v.id AND c.agency_id = v.agency_id) AS cells FROM report_revision v WHERE v.file_name = ANY($1) ORDER BY v.file_name`,
      [[good1.fileName, bad.fileName, good2.fileName]],
    );
    expect(stored).toEqual(
      [good1, good2]
        .map((r) => ({ file_name: r.fileName, cells: parsed.get(r.fileName)!.cells.length }))
        .sort((x, y) => x.file_name.localeCompare(y.file_name)),
    );
    // Stored alone, the fixed file goes in.
    expect(await svc.storeParsed(input(bad), p)).toMatchObject({ status: 'new' });
  }, 60_000);
});

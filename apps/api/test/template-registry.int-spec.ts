// Adding a template is a registry change: a test-only third template (third-template.ts, registered before anything
// reads the registry) goes synth → parse → store → query with no other code naming it. Its new row 行政检查 is printed
// by synth in both forms, read by the parser, stored with the template and queried through GraphQL.
import { INSPECTION_KEY, THIRD, THIRD_FIRST_YEAR } from './third-template';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { METRIC_BY_KEY, METRICS, metricsOfTemplate, type TemplateId } from '@dh/domain';
import { synthCorpus, type SynthReport } from '@dh/synth';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { IngestService } from '../src/modules/ingest/ingest.service';
import { bootTestApp } from './test-app';

const clean = { broken_sum: 0, label_typo: 0, late_publication: 0, gbk: 0 };
const corpus: SynthReport[] = (['html', 'text'] as const).flatMap((form, i) =>
  [
    ...synthCorpus({
      agencies: 3,
      years: [THIRD_FIRST_YEAR, THIRD_FIRST_YEAR],
      seed: 811 + i,
      city: `合成格式${i}市`,
      forms: [form],
      missingRate: 0,
      faultRate: clean,
    }),
  ].filter((r) => r.agency.kind !== 'government_compiled'),
);

describe(`a third template from the registry alone (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  let app: NestExpressApplication;
  let ds: DataSource;
  const gql = (query: string, variables: object = {}) =>
    request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({ query, variables });

  beforeAll(async () => {
    app = await bootTestApp();
    ds = app.get(DataSource);
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  it('is printed by synth in both forms, read back, stored and queried with every value', async () => {
    expect(new Set(corpus.map((r) => r.template))).toEqual(new Set([THIRD]));
    expect(new Set(corpus.map((r) => r.form))).toEqual(new Set(['html', 'text']));
    const keys = metricsOfTemplate(THIRD as TemplateId).map((m) => m.key);
    expect(keys).toContain(INSPECTION_KEY);

    const svc = app.get(IngestService);
    const stored: { r: SynthReport; reportId: string; agencyId: number }[] = [];
    for (const r of corpus) {
      const res = await svc.ingest({
        bytes: r.bytes,
        fileName: r.fileName,
        agencyName: r.agency.name,
        region: r.agency.regionPath,
        synthetic: true,
      });
      expect([r.fileName, res.status, res.error]).toEqual([r.fileName, 'new', undefined]);
      const [{ agency_id }] = await ds.query(`SELECT agency_id FROM report WHERE id = $1::bigint`, [res.reportId]);
      stored.push({ r, reportId: res.reportId!, agencyId: agency_id });
    }

    // The stored revision: the template, its cells, and the count of its template's cells read.
    const revs: { template: string; template_cells_read: number; table_count: number }[] = await ds.query(
      `SELECT v.template, v.template_cells_read, v.table_count FROM report r JOIN report_revision v ON v.id = r.current_revision_id
       WHERE r.id = ANY($1::bigint[])`,
      [stored.map((s) => s.reportId)],
    );
    expect(revs).toEqual(stored.map(() => ({ template: THIRD, template_cells_read: keys.length, table_count: 3 })));

    for (const { r, reportId, agencyId } of stored) {
      // Every cell of the template through the report query, as synth wrote it.
      const rep = await gql(`query($id: ID) { report(id: $id) { template year cells { key value } } }`, {
        id: reportId,
      });
      expect(rep.body.errors).toBeUndefined();
      expect(rep.body.data.report).toMatchObject({ template: THIRD, year: THIRD_FIRST_YEAR });
      const got = new Map<string, number | null>(
        rep.body.data.report.cells.map((c: { key: string; value: number | null }) => [c.key, c.value]),
      );
      expect(keys.filter((k) => got.get(k) !== r.values.get(k)!.value)).toEqual([]);
      expect([...got.keys()].filter((k) => !keys.includes(k))).toEqual([]);
      // The new row as a series.
      const s = await gql(
        `query($a: Int!, $y: Int!) { series(metric: "${INSPECTION_KEY}", agencyIds: [$a], years: [$y]) {
        metric { key rowLabel colLabel templates } lines { points { year value } } } }`,
        { a: agencyId, y: THIRD_FIRST_YEAR },
      );
      expect(s.body.errors).toBeUndefined();
      expect(s.body.data.series.metric).toEqual({
        key: INSPECTION_KEY,
        rowLabel: '行政检查',
        colLabel: '本年检查次数',
        templates: [THIRD],
      });
      expect(s.body.data.series.lines[0].points).toEqual([
        { year: THIRD_FIRST_YEAR, value: r.values.get(INSPECTION_KEY)!.value },
      ]);
    }
  }, 180_000);

  it('lists the new cells in the catalogue query, and the new template nowhere else', async () => {
    const res = await gql(`query($t: String) { metrics(template: $t) { key } }`, { t: THIRD });
    expect(res.body.errors).toBeUndefined();
    // Printed cells and the derived ones (（六）其他处理 as one number) alike.
    const all = METRICS.filter((m) => m.templates.includes(THIRD as TemplateId)).map((m) => m.key);
    expect(all).toEqual(expect.arrayContaining(['t3.other_group.total', INSPECTION_KEY]));
    expect(res.body.data.metrics.map((m: { key: string }) => m.key).sort()).toEqual(all.sort());
    expect(METRIC_BY_KEY.get(INSPECTION_KEY)!.templates).toEqual([THIRD]);
    const y2021 = await gql(`{ metrics(template: "2021") { key } }`);
    expect(y2021.body.data.metrics.map((m: { key: string }) => m.key)).not.toContain(INSPECTION_KEY);
  });
});

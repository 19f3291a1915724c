// The thin slice: the seed report, stored through the real ingest path, read back over HTTP GraphQL.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { IngestService } from '../src/modules/ingest/ingest.service';
import { bootTestApp } from './test-app';

const SEED = path.resolve(__dirname, '../../../data/samples/seeds/000_ccd59bc5fe42f9c9.txt');

describe(`seed report over GraphQL (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await bootTestApp();
    const res = await app.get(IngestService).ingest({ bytes: fs.readFileSync(SEED), fileName: path.basename(SEED) });
    if (res.status === 'failed') throw new Error(res.error);
  });
  afterAll(async () => {
    await app.close();
  });

  it('returns the seed report table 二 values as printed', async () => {
    const res = await request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({
      query:
        '{ report(agencyName: "鞍山市应急管理局", year: 2020) { agencyName year template cells { key value raw } } }',
    });
    expect(res.status).toBe(200);
    const r = res.body.data.report;
    expect(r.template).toBe('2019');
    const v = Object.fromEntries(r.cells.map((c: { key: string; value: number }) => [c.key, c.value]));
    expect([v['t2.normative.new_made'], v['t2.normative.new_published'], v['t2.normative.total_published']]).toEqual([
      15, 15, 15,
    ]);
    expect([v['t2.penalty.prev_items'], v['t2.penalty.change'], v['t2.penalty.decisions']]).toEqual([0, 8, 8]);
    // 采购总金额 689380 has no unit on the page or in the 2019 template: no value, the printed text kept.
    expect([v['t2.procurement.items'], v['t2.procurement.amount']]).toEqual([7, null]);
    expect(r.cells.find((c: { key: string }) => c.key === 't2.procurement.amount').raw).toBe('689380');
    expect(v['t3.new.total']).toBe(0);
  });

  it('returns the source text as decoded, for reading beside the tables', async () => {
    const res = await request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({
      query: '{ report(agencyName: "鞍山市应急管理局", year: 2020) { sourceText } }',
    });
    const text: string = res.body.data.report.sourceText;
    expect(text).toContain('行政处罚 | 0 | 8 | 8 |');
    expect(text).toContain('2021年1月25日');
  });

  it('stores the same bytes once', async () => {
    const again = await app.get(IngestService).ingest({ bytes: fs.readFileSync(SEED), fileName: 'seed-again.txt' });
    expect(again.status).toBe('unchanged');
  });

  it('answers an unknown report with a GraphQL error and no stack trace', async () => {
    const res = await request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ report(agencyName: "不存在", year: 1999) { id } }' });
    expect(res.body.errors[0].message).toMatch(/not found/);
    expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(JSON.stringify(res.body)).not.toMatch(/stacktrace/);
  });
});

// Docs that run: every GraphQL query of docs/api.md against the demo data exactly as `npm start` loads it (the built
// app as a process, on a database of its own), ids looked up by name. A query that errs, or answers nothing where the
// text shows an answer, fails; so do names the text shows that the answer lacks.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { Client } from 'pg';
import {
  docExamples,
  lookupQuery,
  resolveLookups,
  type DocExample,
  type IdLookup,
} from '../../web/src/explorer/doc-examples';
import { startApp, type RunningApp } from '../../../test/browser/app-process';

const DOC = path.resolve(__dirname, '../../../docs/api.md');

// Names the text shows (a body, a metric label): they must be in the answer too.
function shownNames(shown: string): string[] {
  const out = new Set<string>();
  for (const m of shown.matchAll(/"(?:agencyName|label|labelZh|name)":"([^"]+)"/g)) out.add(m[1]);
  return [...out];
}

function hasData(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (v && typeof v === 'object') return Object.values(v).some(hasData);
  return false;
}

async function freshDatabase(url: string): Promise<string> {
  const u = new URL(url);
  const name = `${u.pathname.slice(1)}_docs`;
  const c = new Client({ connectionString: url });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.query(`CREATE DATABASE "${name}"`);
  await c.end();
  u.pathname = `/${name}`;
  return u.toString();
}

describe(`docs/api.md queries on the demo data (${process.env.TEST_DB_KIND ?? 'db'})`, () => {
  const examples = docExamples(fs.readFileSync(DOC, 'utf8'));
  let app: RunningApp;
  const gql = async (
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] }> => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: Record<string, unknown> };
  };
  const find = async (l: IdLookup): Promise<number> => {
    const q = lookupQuery(l);
    const r = await gql(q.query, q.variables);
    const id = r.data ? q.pick(r.data) : null;
    if (id == null) throw new Error(`docs/api.md names ${l.kind} ${l.name}, which the demo data does not have`);
    return id;
  };

  beforeAll(async () => {
    // Samples plus the synthetic city, as `npm start` does on first start; a real server gets a database of its own.
    const env: Record<string, string> =
      process.env.TEST_DB_KIND === 'postgres' ? { DATABASE_URL: await freshDatabase(process.env.DATABASE_URL!) } : {};
    app = await startApp(env, 400_000);
  }, 420_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('finds the worked queries, each with a heading, and never a hard-coded id', () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
    for (const ex of examples) {
      expect([ex.title, /regionId:\s*\d|agencyIds?:\s*\[?\d|parentId:\s*\d/.test(ex.query)]).toEqual([ex.title, false]);
      for (const v of Object.values(ex.variables)) expect([ex.title, typeof v === 'number']).toEqual([ex.title, false]);
    }
  });

  it.each(docExamples(fs.readFileSync(DOC, 'utf8')).map((ex) => [ex.title, ex] as [string, DocExample]))(
    '%s runs without an error and shows what the text shows',
    async (_t, ex) => {
      const r = await gql(ex.query, await resolveLookups(ex.variables, find));
      expect(r.errors ?? []).toEqual([]);
      if (ex.shown === null) return;
      expect(hasData(r.data)).toBe(true);
      const answer = JSON.stringify(r.data);
      expect(shownNames(ex.shown).filter((n) => !answer.includes(n))).toEqual([]);
    },
    60_000,
  );

  it("reads 平潭's 2019 and 2020 行政处罚 decisions as its own pages print them (430, 538) in series and compare, as the docs say", async () => {
    // The demo stores a flattened text copy after each page; the page stays current (docs/api.md, "Which copy counts").
    const name = '平潭综合实验区（管委会）';
    const s = await gql(
      `query($q: String!) { series(metric: "t2.penalty.decisions", filter: { search: $q }, years: [2019, 2020]) {
      lines { agencyName points { year value } } } }`,
      { q: name },
    );
    const line = (
      s.data as { series: { lines: { agencyName: string; points: { year: number; value: number | null }[] }[] } }
    ).series.lines.find((l) => l.agencyName === name);
    expect(line?.points).toEqual([
      { year: 2019, value: 430 },
      { year: 2020, value: 538 },
    ]);
    const c = await gql(
      `query($q: String!) { compare(metrics: ["t2.penalty.decisions"], years: [2019, 2020], filter: { search: $q }) {
      rows { label cells { year value } } } }`,
      { q: name },
    );
    const row = (
      c.data as { compare: { rows: { label: string; cells: { year: number; value: number | null }[] }[] } }
    ).compare.rows.find((r) => r.label === name);
    expect(row?.cells).toEqual([
      { year: 2019, value: 430 },
      { year: 2020, value: 538 },
    ]);
  }, 60_000);

  it.each([
    [
      'compare filter.regionId',
      '{ compare(metrics: ["t3.new.total"], years: [2024], filter: { regionId: 99999 }) { rowCount } }',
      'region 99999 not found',
    ],
    [
      'collectionStatus regionId',
      '{ collectionStatus(year: 2024, regionId: 99999) { expected } }',
      'region 99999 not found',
    ],
    ['regions parentId', '{ regions(parentId: 99999) { id } }', 'region 99999 not found'],
    [
      'series agencyIds',
      '{ series(metric: "t3.new.total", agencyIds: [99999, 99998]) { years } }',
      'agencies 99999, 99998 not found',
    ],
    ['ranking filter.ids', '{ ranking(year: 2024, filter: { ids: [99999] }) { total } }', 'agency 99999 not found'],
    [
      'findings filter.agency.regionId',
      '{ findings(filter: { agency: { regionId: 99999 } }) { id } }',
      'region 99999 not found',
    ],
    ['report agencyId', '{ report(agencyId: 99999, year: 2024) { id } }', 'agency 99999 not found'],
  ])('an unknown id in %s is an error naming it', async (_w, query, message) => {
    const r = await gql(query);
    expect(r.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([[message, 'NOT_FOUND']]);
  });

  it("answers the standard introspection query (the explorer's docs and autocomplete), and still refuses a deep one", async () => {
    const r = await gql(getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true }));
    expect(r.errors ?? []).toEqual([]);
    const query = (
      r.data as { __schema: { types: { name: string; fields: { name: string }[] | null }[] } }
    ).__schema.types.find((t) => t.name === 'Query');
    expect(query?.fields?.map((f) => f.name)).toEqual(
      expect.arrayContaining(['compare', 'series', 'ranking', 'collectionStatus']),
    );
    // graphql-js refuses fields/type cycles itself; a long ofType chain is ours to stop.
    const deep = await gql(`{ __schema { types { ${'ofType { '.repeat(25)}name${' }'.repeat(25)} } } }`);
    expect(deep.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['query depth 28 exceeds the limit of 20', 'QUERY_TOO_DEEP'],
    ]);
  });
});

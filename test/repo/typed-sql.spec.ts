// SQL in apps/api/src goes through database/sql.ts: values bound where they appear (no hand-numbered `$${n}`
// placeholders), a row type per query (no `Record<string, unknown>` rows cast field by field), no raw `.query(` calls
// beside the helper. Migrations are history and keep their text. A file that brings one back fails here, by name and line.
import * as fs from 'node:fs';
import * as path from 'node:path';

const API = path.resolve(__dirname, '../../apps/api/src');

const RULES: { name: string; re: RegExp; skip: RegExp }[] = [
  { name: 'hand-numbered placeholder', re: /\$\$\{/, skip: /^$/ },
  // Rows typed as open records: arrays of them, intersections with them, promises of them. (A JSON value or a
  // request's arguments may rightly be one.)
  {
    name: 'Record<string, unknown> row',
    re: /Record<string, unknown>\s*(\[\]|&|\)\[\])|Promise<Record<string, unknown>/,
    skip: /^$/,
  },
  // The helper's own calls; ingest keeps its batch statements (typed unnest rows, database/unnest.ts).
  { name: 'raw .query( call', re: /\.query\(/, skip: /^(database\/(sql|database)\.ts|modules\/ingest\/)/ },
];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'migrations' ? [] : sources(p);
    return /\.ts$/.test(e.name) && !/\.spec\.ts$/.test(e.name) ? [p] : [];
  });
}

function violations(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) =>
      RULES.filter((r) => !r.skip.test(file) && r.re.test(line)).map(
        (r) => `${file}:${i + 1}: ${r.name}: ${line.trim()}`,
      ),
    );
}

describe('typed SQL in apps/api/src', () => {
  it('finds each kind of violation it names (the check can fail)', () => {
    expect(violations('modules/x/x.repository.ts', 'where.push(`r.year = $${params.length}`);')).toHaveLength(1);
    expect(
      violations('modules/x/x.repository.ts', 'const rows: Record<string, unknown>[] = await this.ds.query(q, p);'),
    ).toHaveLength(2);
    expect(
      violations('modules/x/x.repository.ts', 'const rows: (Record<string, unknown> & { part: string })[] = x;'),
    ).toHaveLength(1);
    expect(
      violations('modules/x/x.service.ts', 'cellsOf(ids: string[]): Promise<Record<string, unknown>[]> {'),
    ).toHaveLength(1);
    expect(violations('modules/x/x.entity.ts', "@Column('jsonb') detail!: Record<string, unknown>;")).toEqual([]);
    expect(violations('database/sql.ts', 'return (await db.query(q.text, q.values)) as T[];')).toEqual([]);
  });

  it('has none outside migrations', () => {
    const found = sources(API).flatMap((f) =>
      violations(path.relative(API, f).split(path.sep).join('/'), fs.readFileSync(f, 'utf8')),
    );
    expect(found).toEqual([]);
  });
});

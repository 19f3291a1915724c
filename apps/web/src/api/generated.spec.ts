// generated.ts must be what graphql-codegen makes now from apps/api/schema.gql and the operations in src/api: an
// operation edited, or a schema change, without `npm run codegen -w @dh/web` fails here (and every operation is
// validated against the schema on the way). The CLI runs as a process (an ES module Jest cannot load; under
// NODE_ENV=test it prints nothing).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');
function codegen(env: Record<string, string>): { status: number | null; output: string } {
  const r = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js'),
      '--config',
      path.join(ROOT, 'apps/web/codegen.config.cjs'),
    ],
    { cwd: ROOT, env: { ...process.env, NODE_ENV: 'development', ...env }, encoding: 'utf8', timeout: 120_000 },
  );
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('generated operation types', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dh-codegen-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('match schema.gql and the operations in src/api', () => {
    const out = path.join(dir, 'generated.ts');
    const r = codegen({ CODEGEN_OUT: out });
    expect(r).toMatchObject({ status: 0 });
    const fresh = fs.readFileSync(out, 'utf8');
    expect(fresh).toContain('export type CompareQuery = ');
    if (fs.readFileSync(path.join(__dirname, 'generated.ts'), 'utf8') !== fresh) {
      throw new Error(
        'apps/web/src/api/generated.ts is stale against schema.gql or src/api: run `npm run codegen -w @dh/web` and commit it',
      );
    }
  });

  it('refuses an operation the schema does not have, naming the field', () => {
    const bad = path.join(dir, 'bad-op.ts');
    fs.writeFileSync(bad, 'export const q = /* GraphQL */ `query Bad { noSuchField }`;\n');
    const r = codegen({ CODEGEN_OUT: path.join(dir, 'bad.ts'), CODEGEN_DOCUMENTS: bad });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/noSuchField/);
  });
});

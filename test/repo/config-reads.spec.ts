// The environment is read in one place (apps/api/src/config): a module that reads process.env itself escapes the
// start-up check. The parser's two exceptions (it imports no app) must say why, in the comment just above the read.
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const CONFIG = 'apps/api/src/config/app-config.ts';
const EXPLAINED = ['libs/parser/src/extract/pdf-worker.ts', 'libs/parser/src/extract/docx-zip.ts'];

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'dist' || e.name === 'node_modules' ? [] : sources(p);
    return /\.ts$/.test(e.name) && !/\.(spec|int-spec|e2e-spec|d)\.ts$/.test(e.name) ? [p] : [];
  });
}

describe('environment reads', () => {
  const files = ['apps/api/src', 'libs/domain/src', 'libs/parser/src', 'libs/synth/src'].flatMap(sources);
  const reading = files.filter((f) =>
    /process\.env\b/.test(fs.readFileSync(path.join(ROOT, f), 'utf8').replace(/^\s*\/\/.*$/gm, '')),
  );

  it('happen only in the config module and the explained parser exceptions', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(reading.sort()).toEqual([CONFIG, ...EXPLAINED].sort());
  });

  it.each(EXPLAINED)('%s says why it reads its own variable and that the API checks it', (f) => {
    const lines = fs.readFileSync(path.join(ROOT, f), 'utf8').split('\n');
    const at = lines.findIndex((l) => /process\.env\b/.test(l) && !/^\s*\/\//.test(l));
    const comment = lines
      .slice(Math.max(0, at - 3), at)
      .filter((l) => /^\s*\/\//.test(l))
      .join(' ');
    expect(comment).toMatch(/apps\/api\/src\/config/);
  });
});

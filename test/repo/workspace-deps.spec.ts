// Each workspace declares what its source imports: a value import in its own `dependencies` (what the runtime image
// keeps after `npm prune --omit=dev`), a type-only import in its dependencies or devDependencies (its own or the
// root's, where @types live). The web app's packages are bundled by Vite, so they are its devDependencies and never
// reach the API's image. A new import without a declaration fails here, naming the file.
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const read = (p: string): { dependencies?: Record<string, string>; devDependencies?: Record<string, string> } =>
  JSON.parse(fs.readFileSync(path.join(ROOT, p), 'utf8'));
const rootPkg = read('package.json');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'dist' || e.name === 'node_modules' ? [] : sources(p);
    return /\.(ts|vue)$/.test(e.name) && !/\.(spec|int-spec|e2e-spec|d)\.ts$/.test(e.name) ? [p] : [];
  });
}

/** Package names imported by a file: static imports and re-exports at the start of a line, import() and require(). */
function importsOf(text: string): { name: string; typeOnly: boolean }[] {
  const out: { name: string; typeOnly: boolean }[] = [];
  const pkg = (spec: string): string | null => {
    if (spec.startsWith('.') || spec.startsWith('node:') || spec.startsWith('/')) return null;
    return spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
  };
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?\bfrom\s+'([^']+)'/gm)) {
    const n = pkg(m[3]);
    if (n) out.push({ name: n, typeOnly: !!m[2] });
  }
  for (const m of text.matchAll(/^\s*import\s+'([^']+)'/gm)) {
    const n = pkg(m[1]);
    if (n) out.push({ name: n, typeOnly: false });
  }
  for (const m of text.matchAll(/\b(?:require|import)\(\s*'([^']+)'\s*\)/g)) {
    const n = pkg(m[1]);
    if (n) out.push({ name: n, typeOnly: false });
  }
  return out;
}

describe('workspace package.json files declare what their code imports', () => {
  it.each(['libs/domain', 'libs/parser', 'libs/synth', 'apps/api', 'apps/web'])('%s', (ws) => {
    const own = read(`${ws}/package.json`);
    const runtime = new Set(Object.keys(own.dependencies ?? {}));
    const types = new Set([
      ...runtime,
      ...Object.keys(own.devDependencies ?? {}),
      ...Object.keys(rootPkg.devDependencies ?? {}),
    ]);
    // The web app is bundled: everything it imports is a build input, declared under either heading.
    const bundled = ws === 'apps/web';
    const missing: string[] = [];
    for (const file of sources(path.join(ROOT, ws, 'src'))) {
      for (const i of importsOf(fs.readFileSync(file, 'utf8'))) {
        const ok = i.typeOnly || bundled ? types.has(i.name) || types.has(`@types/${i.name}`) : runtime.has(i.name);
        if (!ok) missing.push(`${path.relative(ROOT, file)} imports ${i.name}${i.typeOnly ? ' (types)' : ''}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('reads imports, not strings that look like them', () => {
    expect(
      importsOf(
        `import { a } from 'cheerio';\nimport type { B } from 'domhandler';\nconst re = /from 'x'/;\nconst m = require('pg');`,
      ),
    ).toEqual([
      { name: 'cheerio', typeOnly: false },
      { name: 'domhandler', typeOnly: true },
      { name: 'pg', typeOnly: false },
    ]);
  });
});

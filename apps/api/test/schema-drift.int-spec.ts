// CI fails when the committed schema.gql differs from what the code generates (UPDATE_SCHEMA=1 rewrites it).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { bootTestApp } from './test-app';

const COMMITTED = path.resolve(__dirname, '../schema.gql');

describe('GraphQL schema file', () => {
  let app: NestExpressApplication;
  const generated = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dh-schema-')), 'schema.gql');
  beforeAll(async () => {
    app = await bootTestApp({ schemaFile: generated });
  });
  afterAll(async () => {
    await app.close();
  });

  it('matches apps/api/schema.gql', () => {
    const now = fs.readFileSync(generated, 'utf8');
    if (process.env.UPDATE_SCHEMA === '1') fs.writeFileSync(COMMITTED, now);
    const committed = fs.existsSync(COMMITTED) ? fs.readFileSync(COMMITTED, 'utf8') : '';
    expect(committed).toBe(now);
  });

  it('describes every type in Chinese and English', () => {
    const sdl = fs.readFileSync(generated, 'utf8');
    // Every object type and query/mutation field has a description block with a CJK character and a Latin word.
    const blocks = [...sdl.matchAll(/"""\n?([\s\S]*?)\n?"""\s*\n\s*(type|enum|input)\s+(\w+)/g)];
    const undescribedTypes = [...sdl.matchAll(/^(type|enum|input) (\w+)/gm)]
      .map((m) => m[2])
      .filter((n) => !blocks.some((b) => b[3] === n) && !['Query', 'Mutation'].includes(n));
    expect(undescribedTypes).toEqual([]);
    for (const b of blocks) expect(b[1]).toMatch(/[\u4e00-\u9fff][\s\S]*[A-Za-z]{2,}/);
  });
});

// Finding messages speak each reader's language: no internal keys (t4.reconsideration.upheld, litigation_direct) in
// either text, and no Chinese in the English one except text quoted from the report. Over every committed sample, a
// synthetic city with faults, and the narrative checks that name a table-four group.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FINDING_TITLES, type Finding } from '@dh/domain';
import { synthCorpus } from '@dh/synth';
import { parseTextOrHtml } from '../src';
import { checkTextClaims } from '../src/validate/text-claims';

const SAMPLES = join(__dirname, '../../../data/samples');
// Text quoted from the report (「…」, “…”, "…") is the report's, in whatever language it was printed.
const unquoted = (s: string): string => s.replace(/「[^」]*」|“[^”]*”|"[^"]*"/g, '');
const KEY = /\bt[234]\.[a-z_]+|\b[a-z]+_[a-z_]+\b/;
const CJK = /[\u3400-\u9fff]/;

function problems(findings: Finding[]): string[] {
  const out: string[] = [];
  for (const f of findings) {
    if (KEY.test(unquoted(f.messageZh))) out.push(`${f.code} zh: ${f.messageZh}`);
    if (KEY.test(unquoted(f.messageEn))) out.push(`${f.code} en: ${f.messageEn}`);
    if (CJK.test(unquoted(f.messageEn))) out.push(`${f.code} en: ${f.messageEn}`);
  }
  return out;
}

describe('finding messages', () => {
  it('the samples and a faulty synthetic city give messages without keys, English without Chinese', () => {
    const all: Finding[] = [];
    for (const sub of ['seeds', 'reports']) {
      for (const name of readdirSync(join(SAMPLES, sub)).filter((n) => /\.(txt|html?)$/i.test(n))) {
        all.push(...parseTextOrHtml({ bytes: readFileSync(join(SAMPLES, sub, name)), fileName: name }).findings);
      }
    }
    for (const r of synthCorpus({
      agencies: 40,
      years: [2019, 2025],
      seed: 7,
      faultRate: { broken_sum: 0.3, label_typo: 0.3 },
    })) {
      all.push(...parseTextOrHtml({ bytes: r.bytes, fileName: r.fileName }).findings);
    }
    // Enough different checks fired for the assertion to mean something.
    expect(new Set(all.map((f) => f.code)).size).toBeGreaterThanOrEqual(6);
    expect(problems(all)).toEqual([]);
  });

  it('"均获维持" against table four names the group as printed (行政复议), not its key', () => {
    const cells = [
      { key: 't4.reconsideration.upheld', value: 5, kind: 'number' },
      { key: 't4.reconsideration.total', value: 7, kind: 'number' },
    ] as never[];
    const f = checkTextClaims('本年度发生政府信息公开行政复议案件7件，均获维持。', cells, '2021');
    expect(f.map((x) => x.messageZh)).toEqual(['正文称「均获维持」，表四「行政复议」维持5件、总计7件']);
    expect(f.map((x) => x.messageEn)).toEqual([
      'The text says all cases were upheld; table 4 (Reconsideration) shows 5 upheld of 7',
    ]);
    expect(problems(f)).toEqual([]);
  });

  it('every code the parser or the API can emit has a title in both languages', () => {
    const codes = new Set<string>();
    const walk = (dir: string): void => {
      for (const n of readdirSync(dir)) {
        const p = join(dir, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (n.endsWith('.ts') && !n.endsWith('.spec.ts')) {
          // A call may be wrapped over lines (Prettier): the code may follow its parenthesis after a line break.
          const src = readFileSync(p, 'utf8');
          for (const m of src.matchAll(
            /code:\s*'([a-z0-9_.]+)'|finding\(\s*'([a-z0-9_]+)'|'([a-z0-9_.]+)' AS code|broken\(\s*'([a-z0-9_]+)'/g,
          ))
            codes.add(m[1] ?? m[2] ?? m[3] ?? m[4]);
        }
      }
    };
    walk(join(__dirname, '../src'));
    walk(join(__dirname, '../../../apps/api/src/modules/finding'));
    expect(codes.size).toBeGreaterThanOrEqual(25);
    expect([...codes].filter((c) => !FINDING_TITLES[c]?.zh || !FINDING_TITLES[c]?.en)).toEqual([]);
  });
});

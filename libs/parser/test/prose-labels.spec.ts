// Prose that names a table row's words is not a table row: a 信访局's report speaks of 信访事项办理 in 五 and signs
// 东阳区信访局, and neither is the 信访举报投诉类申请 row of table 三.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedReport } from '@dh/domain';
import { synthCorpus } from '@dh/synth';
import { parseTextOrHtml } from '../src';

const parse = (text: string, fileName = 'prose.txt'): ParsedReport =>
  parseTextOrHtml({ bytes: Buffer.from(text), fileName });
const cellOf = (r: ParsedReport, key: string) => r.cells.find((c) => c.key === key);

describe('a 信访局 report in pipe text (synthetic, 2019 template)', () => {
  // libs/parser/test/fixtures/synth/xinfang-2020-pipe.txt: a synthetic report (seed 7, 东阳区信访局 2020) as the
  // generator writes it; the values below are read off the file.
  const src = readFileSync(join(__dirname, 'fixtures/synth/xinfang-2020-pipe.txt'), 'utf8');
  const r = parse(src, 'xinfang-2020-pipe.txt');

  it('reads the table rows and no label variant from the 五 sentence or the signature', () => {
    expect(r.findings.filter((f) => f.code === 'label_variant' || f.code === 'duplicate_cell')).toEqual([]);
    expect(r.cells.filter((c) => c.key.startsWith('t3.not_processed.petition.')).map((c) => [c.raw, c.value])).toEqual(
      Array(7).fill(['0', 0]),
    );
    expect(Object.fromEntries(r.cells.filter((c) => c.section === '二').map((c) => [c.key, c.value]))).toEqual({
      't2.rules.new_made': 0,
      't2.rules.new_published': 0,
      't2.rules.total_published': 0,
      't2.normative.new_made': 1,
      't2.normative.new_published': 1,
      't2.normative.total_published': 36,
      't2.licensing.prev_items': 4,
      't2.licensing.change': 0,
      't2.licensing.decisions': 0,
      't2.other_services.prev_items': 2,
      't2.other_services.change': 0,
      't2.other_services.decisions': 0,
      't2.penalty.prev_items': 0,
      't2.penalty.change': 0,
      't2.penalty.decisions': 0,
      't2.coercion.prev_items': 7,
      't2.coercion.change': 0,
      't2.coercion.decisions': 0,
      't2.fees.prev_items': 5,
      't2.fees.change': 0,
      't2.procurement.items': 0,
      't2.procurement.amount': 0,
    });
    expect(r.cells.filter((c) => c.section === '三')).toHaveLength(23 * 7); // the 2019 template's 23 rows
  });

  it('keeps the sentence in 五 and the signature in 六', () => {
    const text = (no: number) => r.sections.find((s) => s.no === no)?.text ?? '';
    expect(text(5)).toContain('东阳区信访局将以群众需求为导向，优化栏目设置，做好信访事项办理信息的公开。');
    expect(text(6).split('\n').slice(-2)).toEqual(['东阳区信访局', '2021年1月28日']);
    expect([r.agencyName, r.year, r.template]).toEqual(['东阳区信访局', 2020, '2019']);
  });
});

describe('a line starts a table by its label, not by words a sentence shares with it', () => {
  const table3 =
    '三、收到和处理政府信息公开申请情况\n（五）不予处理 | 1.信访举报投诉类申请 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n';

  it('a finished sentence naming 予以公开 or 信访举报投诉 in 五 stays prose', () => {
    const five =
      '五、存在的主要问题及改进情况\n对信访举报投诉类申请依法告知渠道。\n符合条件的申请及时予以公开。\n六、其他需要报告的事项\n无。\n';
    const r = parse(table3 + five);
    expect(r.sections.find((s) => s.no === 5)?.text).toBe(
      '对信访举报投诉类申请依法告知渠道。\n符合条件的申请及时予以公开。',
    );
    expect(r.cells.map((c) => c.key).filter((k) => !k.startsWith('t3.not_processed.petition.'))).toEqual([]);
    expect(cellOf(r, 't3.not_processed.petition.total')).toMatchObject({ value: 2 });
  });

  it('the row label still reads in its short forms, one cell a line', () => {
    for (const label of ['1.信访举报投诉类申请', '信访、举报、投诉类申请', '1.信访类申请', '1.信访']) {
      const text = `三、收到和处理政府信息公开申请情况\n${label}\n3\n0\n0\n0\n0\n0\n3\n四、结转下年度继续办理\n0\n0\n0\n0\n0\n0\n0\n`;
      const r = parse(text);
      expect([label, cellOf(r, 't3.not_processed.petition.total')?.value]).toEqual([label, 3]);
    }
  });

  it('a body or topic named 信访 is no row label', () => {
    for (const line of ['东阳区信访局', '信访事项办理', '（三）信访工作制度']) {
      const r = parse(`五、存在的主要问题及改进情况\n${line}\n六、其他需要报告的事项\n无。\n`);
      expect([line, r.cells, r.findings.filter((f) => f.code === 'label_variant')]).toEqual([line, [], []]);
      expect(r.sections.find((s) => s.no === 5)?.text).toBe(line);
    }
  });
});

describe('fault-free synthetic pipe text: the narrative of every kind of body leaves no finding', () => {
  it('no finding and every printed value read back (信访局, 应急管理局 … in both templates)', () => {
    const corpus = [
      ...synthCorpus({
        agencies: 45,
        years: [2020, 2021],
        seed: 7,
        city: '合成叙述市',
        forms: ['text'],
        missingRate: 0,
        faultRate: { label_typo: 0, broken_sum: 0, gbk: 0, late_publication: 0 },
      }),
    ];
    expect(corpus.some((r) => r.agency.name.endsWith('信访局'))).toBe(true);
    for (const r of corpus) {
      const p = parseTextOrHtml({ bytes: r.bytes, fileName: r.fileName });
      expect([r.fileName, p.findings.map((f) => f.messageZh)]).toEqual([r.fileName, []]);
      const got = new Map(p.cells.map((c) => [c.key, c.value]));
      for (const [key, v] of r.values) expect([r.fileName, key, got.get(key)]).toEqual([r.fileName, key, v.value]);
    }
  });
});

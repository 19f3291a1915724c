// The forms of issue 18 that were misread: each fixture is a real report (or a real report's numbers laid out in
// the form seen in the wild), and the expected values are read off that source, not off the parser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedReport } from '@dh/domain';
import { parseTextOrHtml } from '../src';
import { diffCells, expected, Z, type V } from './golden-helpers';

const FIXTURES = join(__dirname, 'fixtures');
const parseFixture = (rel: string): ParsedReport =>
  parseTextOrHtml({ bytes: readFileSync(join(FIXTURES, rel)), fileName: rel.split('/').pop()! });
const cellOf = (r: ParsedReport, key: string) => r.cells.find((c) => c.key === key);

const T2_2021 = (rules: V[], normative: V[], lic: V, pen: V, coe: V, fees: V): Record<string, V> => ({
  't2.rules.issued': rules[0],
  't2.rules.repealed': rules[1],
  't2.rules.in_force': rules[2],
  't2.normative.issued': normative[0],
  't2.normative.repealed': normative[1],
  't2.normative.in_force': normative[2],
  't2.licensing.decisions': lic,
  't2.penalty.decisions': pen,
  't2.coercion.decisions': coe,
  't2.fees.amount': fees,
});

describe('flattened text: table 三 found by its row labels when its heading is worded otherwise or missing', () => {
  // 君山片区 2022 (data/samples/reports/2022_pingtan_junshan_pianqu_guanliju.txt): table 三 is 0000000 on every row
  // but 本机关不掌握 (3000025, seven digits for seven cells); the fixtures differ from it only in the 三 heading.
  const t3: V[][] = Array.from({ length: 25 }, (_, i) => (i === 12 ? [3, 0, 0, 0, 0, 2, 5] : Z));
  const exp = () => expected(T2_2021([0, 0, 0], [0, 0, 11], 0, 0, 0, 0), t3, Array(15).fill(0), '2021');

  it.each([
    ['junshan-2022-t3-no-heading.txt', '三 heading deleted'],
    ['junshan-2022-t3-other-heading.txt', '三 heading reworded 三、依申请公开政府信息情况'],
  ])('%s (%s): all 175 cells of table 三, and table 二 stops before it', (file) => {
    const r = parseFixture(`flattened/${file}`);
    expect(diffCells(r, exp())).toEqual([]);
    expect(r.cells.filter((c) => c.section === '三')).toHaveLength(175);
    expect(r.sections.map((s) => s.no)).toEqual([1, 2, 4, 5, 6]);
    expect(r.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['section_missing']));
    expect(r.findings.map((f) => f.code)).not.toContain('table_missing');
    // The source's own inconsistency (results 5, total 0) is still reported, not smoothed.
    expect(r.findings.some((f) => f.code === 't3_result_total' && f.severity === 'error')).toBe(true);
  });

  it('the same report with its heading reads the same cells', () => {
    const withHeading = parseTextOrHtml({
      bytes: readFileSync(join(__dirname, '../../../data/samples/reports/2022_pingtan_junshan_pianqu_guanliju.txt')),
      fileName: 'junshan.txt',
    });
    const without = parseFixture('flattened/junshan-2022-t3-no-heading.txt');
    const view = (r: ParsedReport) => r.cells.map((c) => [c.key, c.raw, c.value, c.kind]);
    expect(view(without)).toEqual(view(withHeading));
  });
});

describe('flattened 2021 table 二: the one 本年处理决定数量 cell of 行政许可 / 行政处罚 / 行政强制', () => {
  // 平潭 2021 (data/samples/reports/2021_pingtan_zonghe_shiyanqu.html): 行政许可 2293, 行政处罚 1282, 行政强制 42,
  // 行政事业性收费 24252.311082 万元; 行政规范性文件 69/3/665 flattened to 693665, which nothing in the report can cut.
  it.each([
    ['pingtan-2021-t2-rows-glued.txt', 'one row a line, label and figures glued (行政许可2293)'],
    [
      'pingtan-2021-t2-header-after-label.txt',
      'the column header printed after each label (行政许可本年处理决定数量2293)',
    ],
  ])('%s (%s)', (file) => {
    const r = parseFixture(`flattened/${file}`);
    const t2 = r.cells.filter((c) => c.section === '二');
    expect(Object.fromEntries(t2.filter((c) => c.kind !== 'unresolved').map((c) => [c.key, c.value]))).toEqual({
      't2.rules.issued': 0,
      't2.rules.repealed': 0,
      't2.rules.in_force': 0,
      't2.licensing.decisions': 2293,
      't2.penalty.decisions': 1282,
      't2.coercion.decisions': 42,
      't2.fees.amount': 24252.311082,
    });
    expect(cellOf(r, 't2.fees.amount')).toMatchObject({ unit: '万元', raw: '24252.311082' });
    // 693665: left open, the printed values among the candidates.
    for (const [k, v] of [
      ['issued', 69],
      ['repealed', 3],
      ['in_force', 665],
    ] as const) {
      const c = cellOf(r, `t2.normative.${k}`)!;
      expect(c).toMatchObject({ value: null, kind: 'unresolved', raw: '693665' });
      expect(c.candidates).toContain(v);
    }
    expect(r.findings.map((f) => f.code)).not.toContain('flattened_no_values');
    expect(r.template).toBe('2021');
    // Tables 三 and 四 of the same text are untouched by the layout of table 二.
    expect(r.cells.filter((c) => c.section === '三')).toHaveLength(175);
    expect(r.cells.filter((c) => c.section === '四').map((c) => c.value)).toEqual([
      1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0,
    ]);
  });
});

describe('flattened 2019 table 二 with signed 本年增/减: the sign fixes what it can, the rest stays open', () => {
  // 平潭 2020 (data/samples/reports/2020_pingtan_zonghe_shiyanqu.html), 2019 template: 规章 0/0/7, 规范性文件 77/77/166,
  // 行政许可 396/442/278, 其他对外管理服务事项 10/7/105, 行政处罚 2648/−18/538, 行政强制 126/26/29,
  // 行政事业性收费 35/−15, 政府集中采购 395 / 73802895.90元. The fixtures print the changes with signs (+442, + 7, —18, ＋26).
  const truth: Record<string, number> = {
    't2.rules.new_made': 0,
    't2.rules.new_published': 0,
    't2.rules.total_published': 7,
    't2.normative.new_made': 77,
    't2.normative.new_published': 77,
    't2.normative.total_published': 166,
    't2.licensing.prev_items': 396,
    't2.licensing.change': 442,
    't2.licensing.decisions': 278,
    't2.other_services.prev_items': 10,
    't2.other_services.change': 7,
    't2.other_services.decisions': 105,
    't2.penalty.prev_items': 2648,
    't2.penalty.change': -18,
    't2.penalty.decisions': 538,
    't2.coercion.prev_items': 126,
    't2.coercion.change': 26,
    't2.coercion.decisions': 29,
    't2.fees.prev_items': 35,
    't2.fees.change': -15,
    't2.procurement.items': 395,
    't2.procurement.amount': 73802895.9,
  };

  it('flattened runs: every value read equals the source, every open cell lists the source value; no row shifted', () => {
    const r = parseFixture('flattened/pingtan-2020-t2-signed.txt');
    const t2 = r.cells.filter((c) => c.section === '二');
    expect(t2.map((c) => c.key).sort()).toEqual(Object.keys(truth).sort());
    for (const c of t2) {
      if (c.kind === 'unresolved') {
        expect([c.key, c.value]).toEqual([c.key, null]);
        expect([c.key, c.candidates]).toEqual([c.key, expect.arrayContaining([truth[c.key]])]);
      } else {
        expect([c.key, c.value]).toEqual([c.key, truth[c.key]]);
      }
    }
    // A sign can only open the 本年增/减 cell: the cell before it is fixed.
    for (const k of ['licensing', 'other_services', 'penalty', 'coercion', 'fees'])
      expect(cellOf(r, `t2.${k}.prev_items`)).toMatchObject({ value: truth[`t2.${k}.prev_items`], inferred: true });
    expect(cellOf(r, 't2.fees.change')).toMatchObject({ value: -15, raw: '-15' });
    // `—18`: a dash before digits is a minus or a `—` cell; neither reading is taken for the other.
    expect(cellOf(r, 't2.penalty.change')).toMatchObject({ value: null, kind: 'unresolved', raw: '2648—18538' });
    expect(cellOf(r, 't2.penalty.decisions')!.candidates).toEqual(expect.arrayContaining([538, 18538]));
    // `10+ 7105`: the blank after the plus is no cell boundary.
    expect(cellOf(r, 't2.other_services.change')!.candidates).toEqual([7, 710]);
    const open = r.findings.filter((f) => f.code === 'flattened_ambiguous').flatMap((f) => f.keys ?? []);
    for (const c of t2.filter((x) => x.kind === 'unresolved')) expect(open).toContain(c.key);
  });

  it('blank-separated rows with ＋442 and + 7: every cell read as printed', () => {
    const r = parseFixture('flattened/pingtan-2020-t2-spaced-signed.txt');
    const got = Object.fromEntries(r.cells.filter((c) => c.section === '二').map((c) => [c.key, c.value]));
    expect(got).toEqual(truth);
    expect(cellOf(r, 't2.licensing.change')).toMatchObject({ raw: '+442', kind: 'number' });
  });
});

describe('machine-converted Markdown: one small table per table-三 row, per table-四 group', () => {
  // The 平潭 2021 report's numbers (data/samples/reports/2021_pingtan_zonghe_shiyanqu.html) laid out as conversion
  // tools export them: `## ` headings, the `| --- |` rule under every table, table 三 rows as labelled 1-row tables
  // with generic headers (数据1 … 数据6 | 总计) or none, `-` placeholder tables under group labels, table 四 as
  // three labelled tables of five.
  const t3: V[][] = [
    [64, 0, 0, 2, 0, 4, 70],
    Z,
    [27, 0, 0, 2, 0, 1, 30],
    [5, 0, 0, 0, 0, 0, 5],
    Z,
    Z,
    Z,
    Z,
    [1, 0, 0, 0, 0, 0, 1],
    Z,
    [6, 0, 0, 0, 0, 0, 6],
    [1, 0, 0, 0, 0, 0, 1],
    [22, 0, 0, 0, 0, 3, 25],
    Z,
    Z,
    Z,
    Z,
    Z,
    Z,
    Z,
    Z,
    Z,
    [1, 0, 0, 0, 0, 0, 1],
    [63, 0, 0, 2, 0, 4, 69],
    [1, 0, 0, 0, 0, 0, 1],
  ];

  it('every cell read, none as `---`, no finding', () => {
    const r = parseFixture('markdown/pingtan-2021-converted.md');
    const exp = expected(
      T2_2021([0, 0, 0], [69, 3, 665], 2293, 1282, 42, 24252.311082),
      t3,
      [1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0],
      '2021',
    );
    expect(diffCells(r, exp)).toEqual([]);
    expect(r.cells.filter((c) => /-/.test(c.raw))).toEqual([]);
    expect(r.template).toBe('2021');
    expect(r.sections.map((s) => s.title)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(r.findings).toEqual([]);
  });

  it('a table-四 group missing its small table is not filled from the others', () => {
    const text = readFileSync(join(FIXTURES, 'markdown/pingtan-2021-converted.md'), 'utf8').replace(
      /行政诉讼（复议后起诉）\n\n(\|.*\n)+/,
      '行政诉讼（复议后起诉）\n\n',
    );
    const r = parseTextOrHtml({ bytes: Buffer.from(text), fileName: 'cut.md' });
    expect(r.cells.filter((c) => c.key.startsWith('t4.litigation_after'))).toEqual([]);
    expect(r.cells.filter((c) => c.section === '四').map((c) => c.value)).toEqual([1, 0, 2, 0, 3, 12, 0, 0, 0, 12]);
  });
});

describe('blank stays blank; a short table-二 row is a finding, never values placed by position', () => {
  const O3: V[] = [0, 0, 0];
  const t2019 = (rows: Record<string, V[]>): Record<string, V> => {
    const cols: Record<string, string[]> = {
      rules: ['new_made', 'new_published', 'total_published'],
      normative: ['new_made', 'new_published', 'total_published'],
    };
    const m: Record<string, V> = {};
    for (const [item, vals] of Object.entries(rows))
      vals.forEach((v, i) => {
        m[`t2.${item}.${(cols[item] ?? ['prev_items', 'change', 'decisions'])[i]}`] = v;
      });
    return m;
  };

  it('杨陵 2020 partial, pipe one cell a line: the last rows print blank cells (行政处罚 0 | | 0, 行政强制 all blank)', () => {
    // data/samples/reports/2020_yangling_qu_tongjiju_partial.txt with the last two table-二 rows printed with blanks.
    const r = parseFixture('blank/yangling-2020-t2-blank-cells.txt');
    const exp = expected(
      t2019({
        rules: O3,
        normative: O3,
        licensing: O3,
        other_services: O3,
        penalty: [0, null, 0],
        coercion: [null, null, null],
      }),
      null,
      null,
      '2019',
    );
    expect(diffCells(r, exp)).toEqual([]);
    for (const k of ['t2.penalty.change', 't2.coercion.prev_items', 't2.coercion.change', 't2.coercion.decisions'])
      expect(cellOf(r, k)).toMatchObject({ raw: '', value: null, kind: 'empty' });
    expect(r.truncated).toBe(true);
  });

  it('会昌 2020 partial, one cell a paragraph: 行政强制 prints two figures for three columns', () => {
    // data/samples/reports/2020_huichang_xian_zhongcun_xiang_partial.txt with one 行政强制 figure dropped: a blank
    // paragraph leaves no trace, so which column is blank cannot be told.
    const r = parseFixture('blank/huichang-2020-t2-row-short.txt');
    for (const c of ['prev_items', 'change', 'decisions'])
      expect(cellOf(r, `t2.coercion.${c}`)).toMatchObject({
        value: null,
        kind: 'unresolved',
        raw: '0 0',
        candidates: [0],
      });
    const f = r.findings.find((x) => x.code === 'row_short');
    expect(f).toMatchObject({
      severity: 'warning',
      keys: ['t2.coercion.prev_items', 't2.coercion.change', 't2.coercion.decisions'],
    });
    expect(f!.messageZh).toContain('行政强制');
    // The rows around it are whole and read as printed.
    expect(cellOf(r, 't2.penalty.decisions')).toMatchObject({ value: 0, kind: 'zero' });
    // 采购总金额 printed with no unit, as the 2019 template prints it: the figure is kept as written, out of sums.
    expect(cellOf(r, 't2.procurement.amount')).toMatchObject({ raw: '8040', value: null });
  });

  it('a short row with pipes in mid-table: candidates only from the columns each printed value can reach', () => {
    const text =
      '二、主动公开政府信息情况\n第二十条第（五）项 | | | |\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n' +
      '行政许可 | 396 | 278 |\n其他对外管理服务事项 | 10 | 7 | 105 |\n三、收到和处理政府信息公开申请情况\n';
    const r = parseTextOrHtml({ bytes: Buffer.from(text), fileName: 'short.txt' });
    expect(cellOf(r, 't2.licensing.prev_items')).toMatchObject({ value: null, kind: 'unresolved', candidates: [396] });
    expect(cellOf(r, 't2.licensing.change')).toMatchObject({ value: null, candidates: [278, 396] });
    expect(cellOf(r, 't2.licensing.decisions')).toMatchObject({ value: null, candidates: [278] });
    expect(cellOf(r, 't2.other_services.decisions')).toMatchObject({ value: 105, kind: 'number' });
    expect(r.findings.filter((f) => f.code === 'row_short')).toHaveLength(1);
  });

  it('whole rows are not short: no table-二 row_short on any sample', () => {
    const dir = join(__dirname, '../../../data/samples/reports');
    for (const f of readdirSync(dir).filter((x) => /\.(txt|html)$/.test(x))) {
      const r = parseTextOrHtml({ bytes: readFileSync(join(dir, f)), fileName: f });
      expect([f, r.findings.filter((x) => x.code === 'row_short' && x.keys?.some((k) => k.startsWith('t2.')))]).toEqual(
        [f, []],
      );
    }
  });
});

describe('table 三, blank-separated figures: a short row is not read by position', () => {
  it('6 figures for 7 columns: unresolved, with a row_short finding; whole rows read as printed', () => {
    const text =
      '三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 5 0 0 0 0 5\n二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n' +
      '四、政府信息公开行政复议、行政诉讼情况\n';
    const r = parseTextOrHtml({ bytes: Buffer.from(text), fileName: 't3-short.txt' });
    expect(cellOf(r, 't3.new.natural')).toMatchObject({ value: null, kind: 'unresolved', candidates: [5] });
    expect(cellOf(r, 't3.new.total')).toMatchObject({ value: null, kind: 'unresolved', candidates: [5] });
    expect(cellOf(r, 't3.new.other_org')).toMatchObject({ value: null, candidates: [0, 5] });
    expect(cellOf(r, 't3.carried_in.total')).toMatchObject({ value: 0, kind: 'zero' });
    expect(r.findings.find((f) => f.code === 'row_short')?.keys).toContain('t3.new.total');
  });
});

describe("truncation judged from the report's own structure", () => {
  // 君山片区 2022 (data/samples/reports/2022_pingtan_junshan_pianqu_guanliju.txt) announces 六个部分 and prints all six.
  const src = readFileSync(
    join(__dirname, '../../../data/samples/reports/2022_pingtan_junshan_pianqu_guanliju.txt'),
    'utf8',
  );
  const parse = (text: string) => parseTextOrHtml({ bytes: Buffer.from(text), fileName: 'junshan-cut.txt' });
  const six = src.indexOf('六、其他需要报告的事项');

  it('whole: not truncated', () => {
    expect(parse(src).truncated).toBe(false);
  });
  it('cut right after the 六 heading: truncated, though all six headings are there', () => {
    const r = parse(src.slice(0, six + '六、其他需要报告的事项'.length));
    expect(r.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r.truncated).toBe(true);
    expect(r.findings.map((f) => f.code)).toContain('truncated');
  });
  it('cut inside 五 of a report announcing six parts: truncated', () => {
    expect(parse(src.slice(0, src.indexOf('二是增强工作创新能力'))).truncated).toBe(true);
  });
  it('cut mid-sentence inside 六 (on a comma or 顿号): truncated, though 六 has body text', () => {
    // 六 reads 按照《…通知》（国办函〔2020〕109号）规定的按件、按量收费标准，本年度没有产生信息公开处理费。
    for (const stop of ['规定的按件、', '按量收费标准，']) {
      const r = parse(src.slice(0, src.indexOf(stop) + stop.length));
      expect([stop, r.sections.map((s) => s.no), r.truncated]).toEqual([stop, [1, 2, 3, 4, 5, 6], true]);
    }
    // Cut after the sentence's full stop, the text could be whole: the signature and date are not required.
    expect(parse(src.slice(0, src.indexOf('本年度没有产生信息公开处理费。') + 15)).truncated).toBe(false);
  });
  it('a report announcing five parts and printing the fifth is whole without a 六 or a date at the end', () => {
    const five = src.slice(0, six).replace('等六个部分', '等五个部分');
    const r = parse(five);
    expect(r.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5]);
    expect(r.truncated).toBe(false);
    // The same text announcing six parts is cut.
    expect(parse(src.slice(0, six)).truncated).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { METRIC_BY_KEY, T3_COLUMNS, T3_ROWS, type ParsedCell, type SectionNo } from '@dh/domain';
import { recognizeFlattened } from './flattened';
import { table2Rows, table4Cols } from './flattened-rows';
import { newBudget, splitRun } from './flattened-split';

const REPORTS = join(__dirname, '../../../../data/samples/reports');
const read = (f: string) => readFileSync(join(REPORTS, f), 'utf8');

/** The three table sections of a flattened report, with the line each starts on. */
function sections(text: string): Record<SectionNo, { text: string; line: number }> {
  const at = (re: RegExp) => text.search(re);
  const i2 = at(/二、主动公开政府信息情况/),
    i3 = at(/三、收到和处理政府信息公开申请情况/),
    i4 = at(/四、政府信息公开行政(法)?复议/),
    i5 = at(/五、存在的主要问题/);
  const line = (i: number) => text.slice(0, i).split('\n').length;
  return {
    二: { text: text.slice(i2, i3), line: line(i2) },
    三: { text: text.slice(i3, i4), line: line(i3) },
    四: { text: text.slice(i4, i5), line: line(i4) },
  };
}

function recognizeAll(file: string) {
  const s = sections(read(file));
  const cells: ParsedCell[] = [];
  const findings: ReturnType<typeof recognizeFlattened>['findings'] = [];
  for (const sec of ['二', '三', '四'] as const) {
    const r = recognizeFlattened(s[sec].text, { section: sec, template: 'unknown', lineOffset: s[sec].line });
    cells.push(...r.cells);
    findings.push(...r.findings);
  }
  return { cells, findings, byKey: new Map(cells.map((c) => [c.key, c])) };
}

// ---- the true values, read from the HTML copy of the same report ---------------------------------------------

const strip = (h: string) =>
  h
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, '');
const isNum = (s: string) => /^-?\d+(\.\d+)?(元|万元)?$/.test(s);
const num = (s: string) => Number(s.replace(/元|万元/, ''));

function htmlTruth(file: string): Map<string, number> {
  const html = read(file);
  const truth = new Map<string, number>();
  const tables = [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => m[0]);
  const rowsOf = (t: string) =>
    [...t.matchAll(/<tr[\s\S]*?<\/tr>/g)].map((m) => [...m[0].matchAll(/<td[\s\S]*?<\/td>/g)].map((c) => strip(c[0])));
  const t2 = tables.find((t) => strip(t).includes('规章'))!;
  const t2text = strip(t2);
  const spec2 = table2Rows(/本年制发件数/.test(t2text) ? '2021' : '2019');
  for (const cells of rowsOf(t2)) {
    const spec = spec2.find((s) => cells[0] === s.label || (s.id === 'normative' && /规范性文件$/.test(cells[0])));
    if (!spec) continue;
    const vals = cells.slice(1).filter((c) => c !== '');
    spec.cols.forEach((c, i) => truth.set(c.key, num(vals[i])));
  }
  const t3 = tables.find((t) => strip(t).includes('予以公开'))!;
  for (const cells of rowsOf(t3)) {
    const vals = cells.filter(isNum);
    if (vals.length < 7) continue;
    const label = cells.filter((c) => c !== '' && !isNum(c)).pop()!;
    const row = T3_ROWS.find((r) => {
      const short = r.zh.includes(' ') ? r.zh.slice(r.zh.indexOf(' ') + 1) : r.zh;
      return label.startsWith(short);
    });
    if (!row) throw new Error(`no catalogue row for ${label}`);
    T3_COLUMNS.forEach((c, i) => truth.set(`t3.${row.id}.${c.id}`, num(vals[vals.length - 7 + i])));
  }
  const t4 = tables.find((t) => strip(t).includes('结果维持'))!;
  const values4 = rowsOf(t4).find((cells) => cells.length >= 15 && cells.every(isNum))!;
  table4Cols().forEach((c, i) => truth.set(c.key, num(values4[i])));
  return truth;
}

describe('recognizeFlattened on the flattened crawl copies, checked against the HTML copies', () => {
  for (const year of ['2019', '2020', '2021', '2022', '2024']) {
    test(`${year} 平潭综合实验区: every determined value equals the HTML, every unresolved cell lists it`, () => {
      const { cells, findings } = recognizeAll(`${year}_pingtan_zonghe_shiyanqu.txt`);
      const truth = htmlTruth(`${year}_pingtan_zonghe_shiyanqu.html`);
      expect(truth.size).toBeGreaterThan(150);
      const got = new Set(cells.map((c) => c.key));
      for (const key of truth.keys()) expect(got.has(key) ? key : `missing ${key}`).toBe(key);
      for (const c of cells) {
        const want = truth.get(c.key);
        expect(want).toBeDefined();
        if (c.kind === 'unresolved') {
          expect(c.value).toBeNull();
          expect(c.candidates).toContain(want);
        } else {
          expect([c.key, c.value]).toEqual([c.key, want]);
        }
        expect(METRIC_BY_KEY.get(c.key)?.rowLabel).toBe(c.rowLabel);
        expect(METRIC_BY_KEY.get(c.key)?.colLabel).toBe(c.colLabel);
        expect(typeof c.loc.line).toBe('number');
      }
      // Every row with an unresolved cell is named in a finding.
      const unresolved = cells.filter((c) => c.kind === 'unresolved').map((c) => c.key);
      const flagged = new Set(findings.filter((f) => f.code === 'flattened_ambiguous').flatMap((f) => f.keys ?? []));
      for (const k of unresolved) expect(flagged.has(k) ? k : `not flagged ${k}`).toBe(k);
      // Tables 三 and 四 of these reports resolve completely.
      expect(cells.filter((c) => c.section !== '二' && c.kind === 'unresolved')).toEqual([]);
    });
  }

  test('2021: the 17-digit table-四 run resolves by the group totals; 收费 keeps its six decimals', () => {
    const { byKey } = recognizeAll('2021_pingtan_zonghe_shiyanqu.txt');
    const t4 = table4Cols().map((c) => byKey.get(c.key)!);
    expect(t4.map((c) => c.value)).toEqual([1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0]);
    expect(t4.every((c) => c.inferred)).toBe(true);
    expect(byKey.get('t4.litigation_direct.upheld')!.raw).toBe('12');
    expect(byKey.get('t2.fees.amount')).toMatchObject({ value: 24252.311082, raw: '24252.311082', unit: '万元' });
    expect(byKey.get('t2.rules.issued')).toMatchObject({ value: 0, kind: 'zero', inferred: true });
  });

  test('2019: 行政规范性文件 898989 is ambiguous and says so; 政府集中采购 keeps 元', () => {
    const { byKey, findings } = recognizeAll('2019_pingtan_zonghe_shiyanqu.txt');
    const c = byKey.get('t2.normative.new_made')!;
    expect(c).toMatchObject({ value: null, kind: 'unresolved', raw: '898989' });
    expect(c.candidates).toEqual([8, 89, 898, 8989]);
    const f = findings.find((x) => x.code === 'flattened_ambiguous' && x.keys?.includes('t2.normative.new_made'));
    expect(f?.messageZh).toContain('规范性文件');
    expect(byKey.get('t2.procurement.amount')).toMatchObject({ rawUnit: '元', kind: 'unresolved' });
    expect(byKey.get('t2.procurement.amount')!.candidates).toContain(75394432.52);
  });

  test('2020: a minus sign fixes the cut of 行政事业性收费 35-15 and the first cell of 行政处罚', () => {
    const { byKey } = recognizeAll('2020_pingtan_zonghe_shiyanqu.txt');
    expect(byKey.get('t2.fees.prev_items')).toMatchObject({ value: 35, inferred: true });
    expect(byKey.get('t2.fees.change')).toMatchObject({ value: -15, raw: '-15' });
    expect(byKey.get('t2.penalty.prev_items')).toMatchObject({ value: 2648 });
    expect(byKey.get('t2.penalty.change')!.candidates).toEqual([-1853, -185, -18, -1]);
    // 200 000121 with a stray blank: the blank is a boundary, the row total pins the rest.
    expect(table3Values(byKey, 'new')).toEqual([20, 0, 0, 0, 0, 1, 21]);
  });

  test('2022 君山片区: the inconsistent 本机关不掌握 row is read as printed (3000025: one digit per cell)', () => {
    const { byKey } = recognizeAll('2022_pingtan_junshan_pianqu_guanliju.txt');
    expect(table3Values(byKey, 'unable.not_held')).toEqual([3, 0, 0, 0, 0, 2, 5]);
    expect(table3Values(byKey, 'new')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(table3Values(byKey, 'result_total')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(byKey.get('t2.normative.in_force')).toMatchObject({ value: 11 });
    expect(byKey.get('t4.reconsideration.total')).toMatchObject({ value: 0, kind: 'zero' });
  });

  test('cell lines are counted from lineOffset', () => {
    const text = '二、主动公开\n规章000\n行政规范性文件\n1 2 3';
    const r = recognizeFlattened(text, { section: '二', template: '2021', lineOffset: 40 });
    expect(r.cells.find((c) => c.key === 't2.rules.issued')!.loc.line).toBe(41);
    expect(r.cells.find((c) => c.key === 't2.normative.in_force')).toMatchObject({ value: 3, loc: { line: 43 } });
  });
});

function table3Values(byKey: Map<string, ParsedCell>, row: string): (number | null)[] {
  return T3_COLUMNS.map((c) => byKey.get(`t3.${row}.${c.id}`)?.value ?? null);
}

const T3_2019_ZERO_ROWS = [
  '（一）予以公开',
  '（二）部分公开',
  ...[
    '1.属于国家秘密',
    '2.其他法律行政法规禁止公开',
    '3.危及“三安全一稳定”',
    '4.保护第三方合法权益',
    '5.属于三类内部事务信息',
    '6.属于四类过程性信息',
    '7.属于行政执法案卷',
    '8.属于行政查询事项',
    '1.本机关不掌握相关政府信息',
    '2.没有现成信息需要另行制作',
    '3.补正后申请内容仍不明确',
    '1.信访举报投诉类申请',
    '2.重复申请',
    '3.要求提供公开出版物',
    '4.无正当理由大量反复申请',
    '5.要求行政机关确认或重新出具已获取信息',
  ],
];

/** A 2019-shaped table 三 with the given runs for 一、二、（一）、（七）、四; every other row reads 0000000. */
function synthetic3(runs: { new: string; carried: string; disclosed: string; total: string; out: string }): string {
  const body = T3_2019_ZERO_ROWS.map((l) => (l === '（一）予以公开' ? l + runs.disclosed : l + '0000000')).join('');
  return (
    `三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量${runs.new}二、上年结转政府信息公开申请数量${runs.carried}` +
    `三、本年度办理结果${body}（六）其他处理0000000（七）总计${runs.total}四、结转下年度继续办理${runs.out}`
  );
}

describe('recognizeFlattened: the arithmetic decides, or the cell stays open', () => {
  test('column identities resolve a row the row total alone cannot', () => {
    // 110000011 is 11|0|0|0|0|0|11 or 1|10|0|0|0|0|11; the other rows are written with blanks.
    const text = synthetic3({
      new: '110000011',
      carried: '0000000',
      disclosed: '11 0 0 0 0 0 11',
      total: '11 0 0 0 0 0 11',
      out: '0000000',
    });
    const r = recognizeFlattened(text, { section: '三', template: '2019', lineOffset: 0 });
    const byKey = new Map(r.cells.map((c) => [c.key, c]));
    expect(table3Values(byKey, 'new')).toEqual([11, 0, 0, 0, 0, 0, 11]);
    expect(byKey.get('t3.new.natural')).toMatchObject({ inferred: true, raw: '11' });
    expect(r.findings.filter((f) => f.code === 'flattened_ambiguous')).toEqual([]);
  });

  test('when nothing decides between cuts, values are null with candidates and a finding names the row', () => {
    const text = synthetic3({
      new: '110000011',
      carried: '0000000',
      disclosed: '110000011',
      total: '110000011',
      out: '0000000',
    });
    const r = recognizeFlattened(text, { section: '三', template: '2019', lineOffset: 0 });
    const byKey = new Map(r.cells.map((c) => [c.key, c]));
    expect(byKey.get('t3.new.natural')).toMatchObject({
      value: null,
      kind: 'unresolved',
      candidates: [1, 11],
      raw: '110000011',
    });
    expect(byKey.get('t3.new.business')).toMatchObject({ value: null, candidates: [0, 10] });
    expect(byKey.get('t3.new.total')).toMatchObject({ value: 11, inferred: true });
    const rows = r.findings.filter((f) => f.code === 'flattened_ambiguous').map((f) => f.messageZh);
    expect(rows.some((m) => m.includes('一、本年新收政府信息公开申请数量'))).toBe(true);
  });

  test('a source that breaks the column arithmetic is reported, not forced', () => {
    // （七）总计 says 5 but 予以公开 says 7: no cut can make the columns agree.
    const text = synthetic3({
      new: '5000005',
      carried: '0000000',
      disclosed: '7000007',
      total: '5000005',
      out: '0000000',
    });
    const r = recognizeFlattened(text, { section: '三', template: '2019', lineOffset: 0 });
    const byKey = new Map(r.cells.map((c) => [c.key, c]));
    expect(table3Values(byKey, 'disclosed')).toEqual([7, 0, 0, 0, 0, 0, 7]);
    expect(r.findings).toEqual([]); // every row has a single cut; validation (not recognition) reports the broken sum
  });

  test('a row whose total never matches is cut without that rule, and that is reported', () => {
    const text = synthetic3({
      new: '2000003',
      carried: '0000000',
      disclosed: '0000000',
      total: '0000000',
      out: '0000000',
    });
    const r = recognizeFlattened(text, { section: '三', template: '2019', lineOffset: 0 });
    expect(r.findings.map((f) => f.code)).toContain('flattened_row_sum_broken');
    expect(table3Values(new Map(r.cells.map((c) => [c.key, c])), 'new')).toEqual([2, 0, 0, 0, 0, 0, 3]);
  });

  test('too few digits for the cells: unresolved without candidates and an error finding', () => {
    const r = recognizeFlattened('规章00行政规范性文件000', { section: '二', template: '2021', lineOffset: 0 });
    expect(r.cells.find((c) => c.key === 't2.rules.issued')).toMatchObject({
      kind: 'unresolved',
      value: null,
      raw: '00',
    });
    expect(r.findings.map((f) => f.code)).toContain('flattened_unsplittable');
  });

  test('table 四 whose totals cannot add up relaxes group by group and reports it', () => {
    // 复议 1 0 0 0 总计 0 (broken, as in the 2023 洪泽 report); the rest adds up.
    const r = recognizeFlattened('四、行政复议结果维持总计100000000000000', {
      section: '四',
      template: '2021',
      lineOffset: 0,
    });
    expect(r.findings.map((f) => f.code)).toContain('flattened_arith_relaxed');
    expect(r.cells.map((c) => c.value)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  test('label typos and stray blanks inside labels are tolerated', () => {
    const text = synthetic3({
      new: '1000001',
      carried: '0000000',
      disclosed: '1000001',
      total: '1000001',
      out: '0000000',
    })
      .replace('其他法律行政法规禁止公开', '其他法律行政止公开')
      .replace('三、本年度办理结果', '三、本年度办 理结果')
      .replace('（一）予以公开', '（一） 予以 公开');
    const r = recognizeFlattened(text, { section: '三', template: '2019', lineOffset: 0 });
    expect(r.findings).toEqual([]);
    expect(r.cells).toHaveLength(23 * 7); // 2019 shape: 23 rows
    expect(table3Values(new Map(r.cells.map((c) => [c.key, c])), 'disclosed')).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  test('the search is capped: a huge run stops with a finding instead of blowing up', () => {
    const run = '1'.repeat(60);
    const t0 = Date.now();
    const r = recognizeFlattened(
      `${synthetic3({ new: run, carried: '0000000', disclosed: '0000000', total: '0000000', out: '0000000' })}`,
      { section: '三', template: '2019', lineOffset: 0, maxSteps: 50_000 },
    );
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(r.findings.map((f) => f.code)).toContain('flattened_search_capped');
    const c = r.cells.find((x) => x.key === 't3.new.natural')!;
    expect(c).toMatchObject({ value: null, kind: 'unresolved' });
    expect(c.candidates).toBeUndefined();
  });
});

describe('splitRun', () => {
  test('multi-digit numbers never start with 0', () => {
    expect(splitRun('000', ['count', 'count', 'count'], [], newBudget()).splits).toEqual([['0', '0', '0']]);
    expect(splitRun('0101', ['count', 'count'], [], newBudget()).splits).toEqual([['0', '101']]);
  });
  test('signs only where the column is signed; decimals only in amounts', () => {
    expect(splitRun('35-15', ['count', 'signed'], [], newBudget()).splits).toEqual([['35', '-15']]);
    expect(splitRun('35-15', ['count', 'count'], [], newBudget()).splits).toEqual([]);
    expect(splitRun('1352.5', ['count', 'amount'], [], newBudget()).splits).toEqual([
      ['1', '352.5'],
      ['13', '52.5'],
      ['135', '2.5'],
    ]);
  });
  test('a dash before digits in a signed column is tried as a minus and as a `—` cell', () => {
    const cuts = splitRun('126—1829', ['count', 'signed', 'count'], [], newBudget()).splits;
    expect(cuts).toEqual(
      expect.arrayContaining([
        ['126', '—', '1829'],
        ['126', '—18', '29'],
      ]),
    );
    expect(cuts.every((c) => c[0] === '126')).toBe(true);
    expect(splitRun('126—1829', ['count', 'count', 'count'], [], newBudget()).splits).toEqual([['126', '—', '1829']]);
  });
  test('sum groups fix totals in the middle of a run', () => {
    const groups = [0, 1, 2].map((g) => ({ parts: [0, 1, 2, 3].map((i) => g * 5 + i), total: g * 5 + 4 }));
    const r = splitRun('21317000001324019', new Array(15).fill('count'), groups, newBudget());
    expect(r.splits).toEqual([['2', '1', '3', '1', '7', '0', '0', '0', '0', '0', '13', '2', '4', '0', '19']]);
  });
});

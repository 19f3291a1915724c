// One test per quirk named in corpus/INDEX.tsv notes (text and HTML forms).
import { parseTextOrHtml } from '../src';
import { extractText } from '../src/extract/text';
import { parseSample } from './golden-helpers';

const cell = (file: string, key: string) => parseSample(file).cells.find((c) => c.key === key);
const codes = (file: string) => parseSample(file).findings.map((f) => f.code);

describe('INDEX.tsv quirks', () => {
  it('yangling 2023: `/` for 规章 is not_applicable, kept apart from 0', () => {
    expect(cell('reports/2023_yangling_qu_tongjiju_partial.txt', 't2.rules.issued')).toMatchObject({
      raw: '/',
      kind: 'not_applicable',
      value: null,
    });
  });
  it('yangling 2023: zero cells in table 三 are EMPTY, only total 0', () => {
    const f = 'reports/2023_yangling_qu_tongjiju_partial.txt';
    expect(cell(f, 't3.new.natural')).toMatchObject({ kind: 'empty', value: null });
    expect(cell(f, 't3.new.total')).toMatchObject({ kind: 'zero', value: 0 });
  });
  it('unknown 2019-format: 本年增/减 written in words (减4) is −4, printed text kept', () => {
    expect(cell('reports/unknownyear_unknown_ju_2019format_partial.txt', 't2.licensing.change')).toMatchObject({
      raw: '减4',
      kind: 'number',
      value: -4,
    });
  });
  it('unknown 2019-format and huichang: procurement amount without a unit keeps its raw text, no value, an info finding', () => {
    const amount = cell('reports/unknownyear_unknown_ju_2019format_partial.txt', 't2.procurement.amount');
    expect(amount).toMatchObject({ value: null, raw: '52.15', kind: 'number' });
    expect(amount?.unit).toBeUndefined();
    const sev = (file: string) =>
      parseSample(file)
        .findings.filter((f) => f.code === 'amount_unit_missing')
        .map((f) => f.severity);
    expect(sev('reports/unknownyear_unknown_ju_2019format_partial.txt')).toEqual(['info']);
    expect(sev('reports/2020_huichang_xian_zhongcun_xiang_partial.txt')).toEqual(['info']);
    expect(cell('reports/2020_huichang_xian_zhongcun_xiang_partial.txt', 't2.procurement.amount')).toMatchObject({
      raw: '8040',
      value: null,
    });
  });
  it('unknown 2019-format: 52.15 for 6 projects would be 8.69 元 a project, so the hint says 万元; huichang 8040 for 1 gets none', () => {
    const hint = (file: string) => parseSample(file).findings.filter((f) => f.code === 'amount_magnitude');
    expect(hint('reports/unknownyear_unknown_ju_2019format_partial.txt')).toEqual([
      expect.objectContaining({
        severity: 'info',
        keys: ['t2.procurement.items', 't2.procurement.amount'],
        messageEn: expect.stringContaining('8.69 yuan per project, so it is likely ten-thousand yuan'),
      }),
    ]);
    expect(hint('reports/2020_huichang_xian_zhongcun_xiang_partial.txt')).toEqual([]);
  });
  it('huichang: header split mid-word over paragraphs (本年新 / 制作数量) still reads 2019 columns', () => {
    expect(cell('reports/2020_huichang_xian_zhongcun_xiang_partial.txt', 't2.normative.new_made')?.value).toBe(5);
  });
  it('yangling 2020: truncated headers `本年新 |` twice still read as 2019 columns', () => {
    const r = parseSample('reports/2020_yangling_qu_tongjiju_partial.txt');
    expect(r.template).toBe('2019');
    expect(r.cells.map((c) => c.key)).toContain('t2.rules.new_published');
  });
  it('xiangyang: header typo 现行有效件 maps to in_force; agency from a 年度…工作报告 title', () => {
    const r = parseSample('reports/2022_xiangyang_shi_tongjiju_partial.txt');
    expect(r.cells.find((c) => c.key === 't2.normative.in_force')?.value).toBe(0);
    expect(r).toMatchObject({ agencyName: '襄阳市统计局', agencyNameFrom: 'title', publishedOn: '2023-01-13' });
  });
  it('gongzhuling: a 2021 report on the 2019 tables, truncated `本年增/`, stray prior-year line', () => {
    const r = parseSample('reports/2021_gongzhuling_shi_danganju_partial.txt');
    expect(r.template).toBe('2019');
    expect(r.year).toBe(2021);
    expect(r.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['template_outdated', 'stray_cells']));
    expect(r.cells.find((c) => c.key === 't2.licensing.change')?.value).toBe(0);
    // Duplicated numbering 一、…一、 inside 总体情况 does not start new sections.
    expect(r.sections.map((s) => s.no)).toEqual([1, 2, 3]);
  });
  it('tianzhen: label broken from its pipe (行政规范性文件 / |)', () => {
    expect(cell('reports/2021_tianzhen_xian_xinfangju_partial.txt', 't2.normative.issued')).toMatchObject({
      value: 0,
      loc: { line: 24 },
    });
  });
  it('wanyuan: stray space inside a label (规 章)', () => {
    expect(cell('reports/2023_wanyuan_shi_jiaotong_yunshuju_partial.txt', 't2.rules.issued')?.value).toBe(0);
  });
  it('nileke: every cell and every | on its own line; 商业/企业 header split; filler sentence ignored', () => {
    const r = parseSample('reports/2023_nileke_xian_unknown_zhen_partial.txt');
    expect(r.cells.find((c) => c.key === 't2.rules.in_force')?.value).toBe(6);
    expect(r.cells.filter((c) => c.section === '三')).toHaveLength(63);
  });
  it('jianping: markdown rows with a leading `| ` are a table; numbers in prose are not cells', () => {
    const ex = extractText(
      '| 第二十条第(一)项 | |||\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 规章 | 1 | 2 | 3 |',
      'UTF-8',
    );
    expect(ex.blocks[0]).toMatchObject({ kind: 'table' });
    expect(parseSample('reports/2025_jianping_xian_renmin_zhengfu_partial.txt').cells).toEqual([]);
  });
  it('linze: tables missing entirely are reported', () => {
    expect(codes('reports/2025_linze_xian_shenjiju_partial.txt')).toEqual(expect.arrayContaining(['table_missing']));
  });
  it('flip-book fragment: table 四 headers one character per line, 15 space-separated zeros; missing sections flagged', () => {
    const r = parseSample('reports/2020_unknown_qu_shenjiju_flipbook_page9_fragment.txt');
    expect(r.cells.filter((c) => c.section === '四')).toHaveLength(15);
    expect(r.findings.filter((f) => f.code === 'section_missing')).toHaveLength(3);
  });
  it('jiangsu / xinjiang: intro-only pages parse as truncated, meta read', () => {
    expect(parseSample('reports/2019_jiangsu_sheng_tongjiju_partial.txt').truncated).toBe(true);
    expect(parseSample('reports/2021_xinjiang_zizhiqu_linye_caoyuanju_partial.txt')).toMatchObject({
      agencyName: '自治区林业和草原局',
      publishedOn: '2022-01-24',
    });
  });
  it('Shanghai: text 复议7件诉讼9件均获维持 contradicts the table (pending cases)', () => {
    const f = parseSample('reports/2019_shanghai_shi_renmin_zhengfu_bangongting.html').findings.filter(
      (x) => x.code === 'text_contradicts_table',
    );
    expect(f.length).toBeGreaterThanOrEqual(2);
    expect(f.every((x) => x.severity === 'warning')).toBe(true);
  });
  it('Shanghai: blank total column reported as info, not as a broken sum', () => {
    const r = parseSample('reports/2019_shanghai_shi_renmin_zhengfu_bangongting.html');
    expect(r.findings.some((f) => f.code === 't3_row_total_blank' && f.severity === 'info')).toBe(true);
  });
  it('pingtan 2021 HTML: body without TRS_Editor, PubDate meta', () => {
    const r = parseSample('reports/2021_pingtan_zonghe_shiyanqu.html');
    expect(r.sections).toHaveLength(6);
    expect(r.publishedOn).toBe('2022-02-08');
  });
  it('pingtan 2020 HTML: the extra borderless row of 15 empty cells is not read as values', () => {
    const r = parseSample('reports/2020_pingtan_zonghe_shiyanqu.html');
    expect(r.cells.filter((c) => c.section === '四' && c.kind === 'empty')).toHaveLength(0);
  });
  it('君山 2022 (flattened): the internal inconsistency is found', () => {
    const r = parseSample('reports/2022_pingtan_junshan_pianqu_guanliju.txt');
    expect(r.findings.some((f) => f.severity === 'error' && f.code === 't3_result_total')).toBe(true);
    expect(r).toMatchObject({ agencyName: '平潭综合实验区君山片区管理局', year: 2022 });
  });
  it('pingtan flattened .txt: sections handed to recognizeFlattened, ambiguity flagged rather than guessed', () => {
    const r = parseSample('reports/2021_pingtan_zonghe_shiyanqu.txt');
    expect(r.cells.length).toBeGreaterThan(100);
    for (const c of r.cells) if (c.candidates?.length) expect(c.value).toBeNull();
  });
  it('label typo 其他法律行政止公开 is recognised (info)', () => {
    const ex =
      '三、收到和处理政府信息公开申请情况\n(三)不予公开 | 2.其他法律行政止公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n';
    const r = parseTextOrHtml({ bytes: Buffer.from(ex), fileName: 'x.txt' });
    expect(r.cells.find((c) => c.key === 't3.withheld.prohibited.natural')?.value).toBe(1);
    expect(r.findings.some((f) => f.code === 'label_variant' && f.severity === 'info')).toBe(true);
  });
});

import type { CollectionBodyModel, CollectionStatusModel } from '../collection/collection.model';
import type { SeriesModel } from '../series/series.model';
import { reminderTable, seriesTable, toCsv, type ExportTable } from './export.tables';

const table = (over: Partial<ExportTable>): ExportTable => ({
  title: '横向对比',
  filters: [],
  columns: ['机关', '数值'],
  rows: [],
  ...over,
});
const body = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('toCsv', () => {
  it('writes a BOM, the title, the filters, a blank line, the columns and the rows, CRLF-separated', () => {
    const csv = toCsv(
      table({
        filters: [['筛选：年度', '2020']],
        rows: [
          ['鞍山市应急管理局', 8],
          ['合计', null],
        ],
      }),
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(body(csv)).toEqual(['横向对比', '筛选：年度,2020', '', '机关,数值', '鞍山市应急管理局,8', '合计,', '']);
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(
      body(
        toCsv(
          table({
            rows: [
              ['甲,乙', 'say "x"'],
              ['a\nb', 1],
            ],
          }),
        ),
      ),
    ).toContain('"甲,乙","say ""x"""');
  });

  // Stored injection: an agency name given at upload; reflected: a filter value echoed into the header rows.
  it.each([
    ['=1+2', "'=1+2"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
  ])('defuses a cell starting like a formula: %j', (cell, out) => {
    const lines = body(toCsv(table({ title: cell, filters: [['筛选：名称含', cell]], rows: [[cell, 1]] })));
    expect(lines[0]).toBe(out);
    expect(lines[1]).toBe(`筛选：名称含,${out}`);
    expect(lines[4]).toBe(`${out},1`);
  });

  it('keeps a carriage return at the start defused and quoted', () => {
    expect(toCsv(table({ rows: [['\r=1', 1]] }))).toContain(`\r\n"'\r=1",1\r\n`);
  });

  it('leaves negative numbers as numbers', () => {
    expect(body(toCsv(table({ rows: [['甲', -5]] })))[3]).toBe('甲,-5');
  });
});

describe('seriesTable', () => {
  it('gives each year a correction column: the published value beside a corrected one, empty when as published', () => {
    const point = (year: number, value: number, corrected: boolean, publishedValue: number) => ({
      year,
      value,
      status: 'value',
      raw: String(publishedValue),
      kind: 'number',
      template: '2019',
      reportId: '1',
      breakBefore: false,
      breakReasonZh: null,
      breakReasonEn: null,
      corrected,
      publishedValue,
    });
    const s = {
      metric: { labelZh: '行政处罚 · 处理决定数量', unit: '件' },
      years: [2019, 2020],
      agencyCount: 1,
      lines: [{ agencyId: 1, agencyName: '甲', points: [point(2019, 431, true, 430), point(2020, 538, false, 538)] }],
    } as unknown as SeriesModel;
    const t = seriesTable(s, []);
    expect(t.columns).toEqual(['机关', '2019年', '2019年状态', '2019年更正', '2020年', '2020年状态', '2020年更正']);
    expect(t.rows).toEqual([['甲', 431, '', '已更正（公布值430）', 538, '', '']]);
  });
});

describe('reminderTable', () => {
  const entry = (agencyName: string, submissionState: string, daysLeft: number | null, expected = true) =>
    ({
      agencyName,
      kind: 'department',
      submissionState,
      daysLeft,
      dueOn: '2026-01-31',
      expected,
    }) as CollectionBodyModel;
  it('lists expected bodies the office has nothing from, or has returned, most urgent first', () => {
    const r = {
      year: 2025,
      bodies: [
        entry('甲局', 'submitted', 3),
        entry('乙局', 'not_started', 3),
        entry('丙局', 'returned', -2),
        entry('丁局', 'draft', 3),
        entry('戊局', 'not_started', 3, false),
        entry('己局', 'accepted', 3),
      ],
    } as CollectionStatusModel;
    const t = reminderTable(r, []);
    expect(t.columns).toEqual(['机关', '类别', '报送状态', '截止日期', '剩余天数']);
    expect(t.rows).toEqual([
      ['丙局', '政府部门', '退回', '2026-01-31', -2],
      ['丁局', '政府部门', '草稿', '2026-01-31', 3],
      ['乙局', '政府部门', '未开始', '2026-01-31', 3],
    ]);
    expect(t.title).toBe('2025年度报告报送提醒（未提交2，退回1）');
  });
});

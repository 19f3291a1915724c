import { toCsv, type ExportTable } from './export.tables';

const table = (over: Partial<ExportTable>): ExportTable => ({ title: '横向对比', filters: [], columns: ['机关', '数值'], rows: [], ...over });
const body = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('toCsv', () => {
  it('writes a BOM, the title, the filters, a blank line, the columns and the rows, CRLF-separated', () => {
    const csv = toCsv(table({ filters: [['筛选：年度', '2020']], rows: [['鞍山市应急管理局', 8], ['合计', null]] }));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(body(csv)).toEqual(['横向对比', '筛选：年度,2020', '', '机关,数值', '鞍山市应急管理局,8', '合计,', '']);
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(body(toCsv(table({ rows: [['甲,乙', 'say "x"'], ['a\nb', 1]] })))).toContain('"甲,乙","say ""x"""');
  });

  // Stored injection: an agency name given at upload; reflected: a filter value echoed into the header rows.
  it.each([
    ['=1+2', "'=1+2"], ['+SUM(A1)', "'+SUM(A1)"], ['-2+3', "'-2+3"], ['@cmd', "'@cmd"], ['\tx', "'\tx"],
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

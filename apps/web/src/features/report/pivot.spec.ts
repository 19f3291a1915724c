import { pivotCells, type ReportCell } from './pivot';

const cell = (
  key: string,
  section: string,
  rowLabel: string,
  colLabel: string,
  value: number | null,
  extra: Partial<ReportCell> = {},
): ReportCell => ({
  key,
  section,
  rowLabel,
  colLabel,
  raw: value === null ? '' : String(value),
  value,
  kind: value === null ? 'empty' : 'number',
  inferred: false,
  ...extra,
});

describe('pivotCells', () => {
  const cells = [
    cell('t3.new.total', '三', '一、本年新收', '总计', 5),
    cell('t3.new.natural', '三', '一、本年新收', '自然人', 3, { inferred: true }),
    cell('t2.penalty.decisions', '二', '行政处罚', '处理决定数量', null, { candidates: [12, 120] }),
    cell('t3.carried_in.natural', '三', '二、上年结转', '自然人', 1),
  ];
  const findings = [
    {
      id: '9',
      code: 'T3_ROW_SUM',
      severity: 'error',
      messageZh: '行合计不符',
      messageEn: 'row sum',
      keys: ['t3.new.total'],
      status: 'open',
    },
  ];

  it("heads rows and columns with the catalogue's English labels for a page in English", () => {
    const [t2, t3] = pivotCells(cells, findings, 'en');
    expect(t3.rows.map((r) => r.label).join(' ')).not.toMatch(/[\u3400-\u9fff]/);
    expect(t3.cols.join(' ')).not.toMatch(/[\u3400-\u9fff]/);
    expect(t3.cols).toHaveLength(2);
    expect(t2.rows[0].label).toBe('Administrative penalties');
    expect(t2.cols).toEqual(['decisions']);
  });

  it('rebuilds each table in catalogue order of rows and columns', () => {
    const [t2, t3] = pivotCells(cells, findings);
    expect(t2.section).toBe('二');
    expect(t3.cols).toEqual(['自然人', '总计']);
    expect(t3.rows.map((r) => r.label)).toEqual(['一、本年新收', '二、上年结转']);
    expect(t3.rows[1].cells[1]).toBeNull();
  });

  it('flags cells with findings first, then ambiguous, then inferred', () => {
    const [t2, t3] = pivotCells(cells, findings);
    expect(t3.rows[0].cells.map((c) => c?.flag)).toEqual(['inferred', 'finding']);
    expect(t3.rows[0].cells[1]!.findings[0].code).toBe('T3_ROW_SUM');
    expect(t2.rows[0].cells[0]!.flag).toBe('ambiguous');
    expect(t3.rows[1].cells[0]!.flag).toBeNull();
  });

  it('leaves out tables the report does not have', () => {
    expect(pivotCells([cells[0]], []).map((t) => t.section)).toEqual(['三']);
  });
});

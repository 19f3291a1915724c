// Amounts in flattened text go to the catalogue's unit like any table's: the real pingtan pages, with the amount
// printed in the other unit (the same sum of money), must give the same stored value.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SectionNo } from '@dh/domain';
import { recognizeFlattened } from './flattened';

const REPORTS = join(__dirname, '../../../../data/samples/reports');

function table2(text: string, template: 'unknown' | '2019' | '2021' = 'unknown') {
  const body = text.slice(text.search(/二、主动公开政府信息情况/), text.search(/三、收到和处理政府信息公开申请情况/));
  const r = recognizeFlattened(body, { section: '二' as SectionNo, template, lineOffset: 0 });
  return { ...r, byKey: new Map(r.cells.map((c) => [c.key, c])) };
}

describe('flattened text: amounts in the catalogue unit', () => {
  const p2019 = readFileSync(join(REPORTS, '2019_pingtan_zonghe_shiyanqu.txt'), 'utf8');
  const p2021 = readFileSync(join(REPORTS, '2021_pingtan_zonghe_shiyanqu.txt'), 'utf8');

  it('2019 as printed: 政府集中采购 135 | 75394432.52元 stays in 元 (a candidate of the ambiguous run)', () => {
    const a = table2(p2019).byKey.get('t2.procurement.amount')!;
    expect(a).toMatchObject({ unit: '元', rawUnit: '元', kind: 'unresolved' });
    expect(a.candidates).toContain(75394432.52);
  });

  it('the same amount printed as 7539.443252万元 is converted to 元, not stored as 7539 元', () => {
    const text = p2019.replace('政府集中采购13575394432.52元', '政府集中采购1357539.443252万元');
    expect(text).not.toBe(p2019);
    const a = table2(text).byKey.get('t2.procurement.amount')!;
    expect(a).toMatchObject({ unit: '元', rawUnit: '万元' });
    expect(a.candidates).toContain(75394432.52);
    expect(a.candidates).not.toContain(7539.443252);
  });

  it('2021 as printed: 收费 24252.311082 under the 万元 header is 万元, no unit finding', () => {
    const r = table2(p2021);
    expect(r.byKey.get('t2.fees.amount')).toMatchObject({ value: 24252.311082, unit: '万元' });
    expect(r.findings.map((f) => f.code)).not.toContain('amount_unit_missing');
  });

  it('a fee printed in 元 (242523110.82元) is converted to 万元, not tagged 万元 as printed', () => {
    const text = p2021.replace('行政事业性收费24252.311082', '行政事业性收费242523110.82元');
    expect(text).not.toBe(p2021);
    expect(table2(text).byKey.get('t2.fees.amount')).toMatchObject({
      value: 24252.311082,
      unit: '万元',
      rawUnit: '元',
    });
  });

  it('a 2019 procurement amount with no unit anywhere has no value, its raw text, and an info finding', () => {
    // 135 projects, then the amount with its 元 removed: the 2019 template prints no unit for 采购总金额.
    const text = p2019.replace('政府集中采购13575394432.52元', '政府集中采购13575394432.52');
    const r = table2(text);
    const a = r.byKey.get('t2.procurement.amount')!;
    expect(a.value).toBeNull();
    expect(a.unit).toBeUndefined();
    expect(r.findings.filter((f) => f.code === 'amount_unit_missing').map((f) => f.severity)).toEqual(['info']);
  });
});

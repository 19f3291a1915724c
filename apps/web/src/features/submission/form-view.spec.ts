import { formTables, liveCheck } from './form-view';

describe('bureau form', () => {
  it('lays out the 2021 template with one input per cell it prints', () => {
    const keys = formTables('2021').flatMap((t) =>
      t.grid
        .flat()
        .map((c) => c.key)
        .filter(Boolean),
    );
    expect(keys).toContain('t2.rules.issued');
    expect(keys).toContain('t3.other.misc.total');
    expect(keys).toContain('t4.litigation_after.total');
    expect(keys).not.toContain('t2.procurement.items');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("runs the parser's checks on what is typed and computes the prescribed sums", () => {
    const values = {
      't4.reconsideration.upheld': '2',
      't4.reconsideration.corrected': '1',
      't4.reconsideration.total': '4',
    };
    const bad = liveCheck(values, '2021');
    expect(bad.findings.map((f) => f.code)).toEqual(['t4_total']);
    expect(bad.flagged.has('t4.reconsideration.total')).toBe(true);
    expect(bad.sums.get('t4.reconsideration.total')).toBe(3);
    expect(liveCheck({ ...values, 't4.reconsideration.total': '3' }, '2021').findings).toEqual([]);
  });
});

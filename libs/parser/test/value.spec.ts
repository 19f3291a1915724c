import { parseCellValue } from '../src/normalize/value';

describe('parseCellValue', () => {
  it('reads 本年增/减 in every way it is printed: signs and words', () => {
    const v = (s: string) => {
      const c = parseCellValue(s);
      return [c.kind, c.value];
    };
    expect(['+21', '-18', '−3', '减4', '增 3', '减0', '增12.5'].map(v)).toEqual([
      ['number', 21],
      ['number', -18],
      ['number', -3],
      ['number', -4],
      ['number', 3],
      ['zero', 0],
      ['number', 12.5],
    ]);
    expect(parseCellValue('减4').raw).toBe('减4'); // the printed form is kept
  });

  it('leaves words that are not a signed count as text', () => {
    expect(['减', '增加4个', '减少', '4减'].map((s) => parseCellValue(s).kind)).toEqual([
      'text',
      'text',
      'text',
      'text',
    ]);
  });

  it('tells blank, not applicable, zero and amounts apart', () => {
    expect(
      ['', '/', '—', '0', '52.15万元'].map((s) => {
        const c = parseCellValue(s);
        return [c.kind, c.value, c.rawUnit ?? null];
      }),
    ).toEqual([
      ['empty', null, null],
      ['not_applicable', null, null],
      ['not_applicable', null, null],
      ['zero', 0, null],
      ['number', 52.15, '万元'],
    ]);
  });
});

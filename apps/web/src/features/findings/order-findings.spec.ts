import { orderFindings } from './order-findings';

describe('orderFindings', () => {
  it('puts errors first, then warnings, then notes; newest year first within each', () => {
    const rows = [
      { id: 1, severity: 'info', year: 2024, agencyName: '甲' },
      { id: 2, severity: 'warning', year: 2022, agencyName: '甲' },
      { id: 3, severity: 'error', year: 2021, agencyName: '乙' },
      { id: 4, severity: 'warning', year: 2024, agencyName: '乙' },
      { id: 5, severity: 'error', year: 2023, agencyName: '甲' },
    ];
    expect(orderFindings(rows).map((r) => r.id)).toEqual([5, 3, 4, 2, 1]);
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3, 4, 5]); // the input is left as it was
  });
});

import { candidateYears, pickYears } from './years';

describe('years from the data', () => {
  it('asks about 2019 up to this year, at most ten years', () => {
    expect(candidateYears(new Date('2026-11-26'))).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(candidateYears(new Date('2040-01-01'))).toEqual([
      2031, 2032, 2033, 2034, 2035, 2036, 2037, 2038, 2039, 2040,
    ]);
  });
  it('opens on the latest year with reports whose deadline (31 January next year) has passed', () => {
    const counts = [
      { year: 2023, reports: 29 },
      { year: 2024, reports: 29 },
      { year: 2025, reports: 3 },
      { year: 2026, reports: 0 },
    ];
    expect(pickYears(counts, new Date('2026-11-26'))).toEqual({ years: [2023, 2024, 2025], latest: 2025 });
    expect(pickYears(counts, new Date('2026-01-20'))).toEqual({ years: [2023, 2024, 2025], latest: 2024 });
    expect(pickYears([{ year: 2025, reports: 1 }], new Date('2025-06-01')).latest).toBe(2025);
    expect(pickYears([], new Date('2025-06-01'))).toEqual({ years: [], latest: null });
  });
});

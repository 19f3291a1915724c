import { daysLate, utcDay } from './roster';

describe('utcDay', () => {
  it('gives what Date.parse gives for every YYYY-MM-DD shape, valid or not (months 00–13, days 00–32, rolled-over ends)', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    let compared = 0;
    for (const y of [99, 100, 1999, 2000, 2023, 2024, 2025, 2100, 9999])
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++) {
          const iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect([iso, utcDay(iso)]).toEqual([iso, Date.parse(`${iso}T00:00:00Z`)]);
          compared++;
        }
    expect(compared).toBe(9 * 14 * 33);
  });

  it('leaves other texts to the parser', () => {
    for (const s of ['2025-1-05', '2025/01/05', ' 2025-01-05', '2025-01-0x', '20250105', '', '2025-01-05T00'])
      expect([s, utcDay(s)]).toEqual([s, Date.parse(`${s}T00:00:00Z`)]);
  });
});

describe('daysLate', () => {
  it('counts whole days from the deadline, across a leap day and a year end', () => {
    expect(daysLate('2025-01-31', '2025-01-31')).toBe(0);
    expect(daysLate('2024-03-01', '2024-02-28')).toBe(2); // 2024-02-29 between
    expect(daysLate('2025-03-01', '2025-02-28')).toBe(1);
    expect(daysLate('2024-12-20', '2025-01-31')).toBe(-42);
  });
});

import { exportUrl } from './exports';

describe('exportUrl', () => {
  it('passes the query arguments as JSON, leaving out empty ones', () => {
    const u = new URL(
      exportUrl('ranking', 'xlsx', { year: 2024, regionId: null, whatIf: [{ indicator: 'on_time', weight: 2 }] }),
      'http://x',
    );
    expect(u.pathname).toBe('/api/export');
    expect(u.searchParams.get('query')).toBe('ranking');
    expect(u.searchParams.get('format')).toBe('xlsx');
    expect(JSON.parse(u.searchParams.get('args')!)).toEqual({
      year: 2024,
      whatIf: [{ indicator: 'on_time', weight: 2 }],
    });
  });
});

import { suggestKind, type RosterRow } from '@dh/domain';
import { synthCorpus, synthRoster } from './index';

const roster = (agencies: number, years: [number, number] = [2019, 2025]): RosterRow[] =>
  synthRoster({ agencies, years });
const byName = (rows: RosterRow[]): Map<string, RosterRow> => new Map(rows.map((r) => [r.name, r]));

describe('synthRoster', () => {
  const rows = roster(200);

  it('types each body by what it is: compiled government, office, department, township, vertical', () => {
    for (const r of rows) {
      const expected = r.name.startsWith('国家税务总局')
        ? 'vertical'
        : r.level === 'township'
          ? 'township'
          : r.name.endsWith('人民政府办公室')
            ? 'government_office'
            : r.name.endsWith('人民政府')
              ? 'government_compiled'
              : 'department';
      expect([r.name, r.kind]).toEqual([r.name, expected]);
      // The domain's name-suffix suggestion agrees on every synthetic name (townships included).
      expect([r.name, suggestKind(r.name)]).toEqual([r.name, r.kind]);
    }
    const kinds = new Set(rows.map((r) => r.kind));
    expect(kinds).toEqual(new Set(['government_compiled', 'government_office', 'department', 'township', 'vertical']));
    expect(byName(rows).get('东阳区中村镇人民政府')).toMatchObject({
      kind: 'township',
      level: 'township',
      region: ['合成省', '合成市', '东阳区', '中村镇'],
    });
    expect(byName(rows).get('东阳区下溪街道办事处')).toMatchObject({ kind: 'township', level: 'township' });
  });

  it('names the government whose compiled report sums each body', () => {
    for (const r of rows) {
      const county = r.region[2];
      const expected =
        r.name === '合成市人民政府' || r.kind === 'vertical'
          ? null
          : r.level === 'city' || r.kind === 'government_compiled'
            ? '合成市人民政府'
            : `${county}人民政府`;
      expect([r.name, r.parent]).toEqual([r.name, expected]);
    }
    const names = byName(rows);
    for (const r of rows.filter((x) => x.parent))
      expect([r.name, names.get(r.parent!)?.kind]).toEqual([r.name, 'government_compiled']);
    expect(rows.filter((r) => r.level === 'county' && r.kind === 'government_compiled').length).toBeGreaterThanOrEqual(
      5,
    );
  });

  it('gives first and last years: the corpus start for all, 2021 and a successor for the merged 林业局', () => {
    expect(new Set(rows.map((r) => r.firstYear))).toEqual(new Set([2019]));
    const ended = rows.filter((r) => r.lastYear !== null);
    expect(ended).toEqual([
      expect.objectContaining({
        name: '合成市林业局',
        lastYear: 2021,
        successor: '合成市自然资源和规划局',
        kind: 'department',
      }),
    ]);
    expect(byName(rows).get('合成市自然资源和规划局')).toMatchObject({ lastYear: null, parent: '合成市人民政府' });
    // A roster starting after the merge has no 林业局 at all; one ending before still lists it.
    expect(roster(30, [2022, 2025]).some((r) => r.name === '合成市林业局')).toBe(false);
    expect(byName(roster(30, [2019, 2020])).get('合成市林业局')).toMatchObject({ firstYear: 2019, lastYear: 2021 });
  });

  it('shows one body of each kind within the 30 the demo loads', () => {
    const head = roster(30);
    expect(head).toHaveLength(30);
    const names = byName(head);
    expect(names.get('国家税务总局合成市税务局')).toMatchObject({ kind: 'vertical', parent: null, level: 'city' });
    expect(names.get('合成市林业局')?.successor).toBe('合成市自然资源和规划局');
    expect(names.has('合成市自然资源和规划局')).toBe(true);
    expect(names.get('东阳区人民政府')).toMatchObject({
      kind: 'government_compiled',
      parent: '合成市人民政府',
      level: 'county',
    });
    const dongyang = head.filter((r) => r.parent === '东阳区人民政府');
    expect(dongyang.filter((r) => r.kind === 'township').length).toBeGreaterThanOrEqual(2);
    expect(dongyang.filter((r) => r.kind === 'department').length).toBeGreaterThanOrEqual(3);
    expect(dongyang.some((r) => r.kind === 'government_office')).toBe(true);
    expect(head.filter((r) => r.parent === '合成市人民政府' && r.kind === 'department').length).toBeGreaterThanOrEqual(
      10,
    );
  });

  it('marks every row synthetic, with distinct fictional addresses under .example', () => {
    for (const r of rows) {
      expect(r.note).toMatch(/合成数据/);
      expect(r.note).toMatch(/SYNTHETIC/);
      expect(r.sourceUrls).toHaveLength(1);
      expect(new URL(r.sourceUrls[0]).hostname).toMatch(/\.example$/);
      expect(r.sourceUrls[0]).toMatch(/^https:\/\/[a-z0-9.-]+\/xxgk\/ndbg\/([a-z0-9]+\/)*$/);
    }
    expect(new Set(rows.map((r) => r.sourceUrls[0])).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
    expect(byName(rows).get('合成市应急管理局')!.sourceUrls).toEqual(['https://hecheng.example/xxgk/ndbg/yjj/']);
    // Another city's test bodies live on another host.
    const other = synthRoster({ agencies: 3, city: '合成甲市', years: [2019, 2025] });
    expect(other.map((r) => r.name)).toEqual(['合成甲市人民政府', '合成甲市人民政府办公室', '合成甲市应急管理局']);
    expect(new URL(other[0].sourceUrls[0]).hostname).not.toBe('hecheng.example');
  });

  it('is deterministic and names exactly the bodies the corpus reports for', () => {
    expect(roster(200)).toEqual(rows);
    const corpus = [...synthCorpus({ agencies: 30, years: [2019, 2025], seed: 3, missingRate: 0 })];
    expect(new Set(corpus.map((r) => r.agency.name))).toEqual(new Set(roster(30).map((r) => r.name)));
    for (const r of corpus) expect(byName(roster(30)).get(r.agency.name)!.region).toEqual(r.agency.regionPath);
  });
});

describe('cities other than 合成市', () => {
  it('share no body name with the demo city, counties and townships included', () => {
    const demo = new Set(roster(60).map((r) => r.name));
    const other = synthRoster({ agencies: 60, city: '合成戊市', years: [2019, 2025] });
    expect(other.filter((r) => demo.has(r.name))).toEqual([]);
    expect(other.find((r) => r.kind === 'government_compiled' && r.level === 'county')).toMatchObject({
      name: '合成戊东阳区人民政府',
      region: ['合成省', '合成戊市', '合成戊东阳区'],
      parent: '合成戊市人民政府',
    });
  });
});

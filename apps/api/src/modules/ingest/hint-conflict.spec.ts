import { agencyHintConflict, yearHintConflict } from './hint-conflict';

const known: Record<string, number> = { 鞍山市应急管理局: 1, 鞍山应急: 1, 鞍山市财政局: 2 };
const lookup = async (n: string): Promise<number | null> => known[n] ?? null;

describe('hint conflicts', () => {
  it('a given year fills a gap and conflicts only with a different printed year', () => {
    expect(yearHintConflict(2020, null)).toBeNull();
    expect(yearHintConflict(undefined, 2024)).toBeNull();
    expect(yearHintConflict(2024, 2024)).toBeNull();
    expect(yearHintConflict(2020, 2024)).toEqual({ field: 'year', given: '2020', printed: '2024' });
  });

  it('a printed full name of another body conflicts with the given one, both named', async () => {
    expect(await agencyHintConflict('鞍山市财政局', '鞍山市应急管理局', lookup)).toEqual({
      field: 'agency',
      given: '鞍山市财政局',
      printed: '鞍山市应急管理局',
    });
    // Unknown on both sides and different: still a conflict (which body is it?).
    expect(await agencyHintConflict('合成市甲局', '合成市乙局', lookup)).toMatchObject({
      given: '合成市甲局',
      printed: '合成市乙局',
    });
  });

  it('partial printed names, short forms, aliases and bracketed qualifiers do not conflict', async () => {
    expect(await agencyHintConflict('鞍山市财政局', '我局', lookup)).toBeNull();
    expect(await agencyHintConflict('鞍山市财政局', '市财政局', lookup)).toBeNull();
    expect(await agencyHintConflict('鞍山市应急管理局', '鞍山市应急局', lookup)).toBeNull();
    expect(await agencyHintConflict('鞍山应急', '鞍山市应急管理局', lookup)).toBeNull();
    expect(await agencyHintConflict('平潭综合实验区（管委会）', '平潭综合实验区', lookup)).toBeNull();
    expect(await agencyHintConflict('淮安市洪泽区人民政府', '洪泽区人民政府', lookup)).toBeNull();
    expect(await agencyHintConflict('洪泽区人民政府', '淮安市洪泽区人民政府', lookup)).toBeNull();
    // A body inside the given one is another body.
    expect(await agencyHintConflict('平潭综合实验区', '平潭综合实验区君山片区管理局', lookup)).toMatchObject({
      field: 'agency',
    });
    expect(await agencyHintConflict('鞍山市财政局', null, lookup)).toBeNull();
  });
});

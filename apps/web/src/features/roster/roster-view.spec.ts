import type { RosterEntry } from '../../api/roster-ops';
import { formOf, historyText, parentOptions, patchOf, yearsText } from './roster-view';

const entry = (over: Partial<RosterEntry> = {}): RosterEntry => ({
  agencyId: 7,
  name: '合成市教育局',
  regionPath: ['合成省', '合成市'],
  regionId: 2,
  kind: 'department',
  kindSource: 'roster',
  level: 'city',
  onRoster: true,
  parentId: 1,
  parentName: '合成市人民政府',
  firstYear: null,
  lastYear: null,
  successorId: null,
  successorName: null,
  sourceUrls: ['https://a.example/ndbg/'],
  aliases: [],
  note: null,
  synthetic: true,
  ...over,
});

describe('roster entry form', () => {
  it('sends nothing but the roster mark when nothing changed', () => {
    const e = entry();
    expect(patchOf(e, formOf(e))).toEqual({});
  });
  it('sends only the changed fields; an emptied note is null, URLs one a line', () => {
    const e = entry({ note: '旧', lastYear: 2022 });
    const f = { ...formOf(e), note: '  ', lastYear: 2030, sourceUrls: 'https://a.example/ndbg/\nhttps://b.example/x/' };
    expect(patchOf(e, f)).toEqual({
      note: null,
      lastYear: 2030,
      sourceUrls: ['https://a.example/ndbg/', 'https://b.example/x/'],
    });
  });
  it('puts a body off the roster on it when its suggestion is saved, and can take one off', () => {
    const off = entry({ onRoster: false, kindSource: 'suggested', parentId: null });
    expect(patchOf(off, { ...formOf(off), onRoster: true })).toEqual({ onRoster: true });
    expect(patchOf(entry(), { ...formOf(entry()), onRoster: false, parentId: null })).toEqual({
      onRoster: false,
      parentId: null,
    });
  });
  it('offers the compiled government reports as parents, not the body itself', () => {
    const gov = entry({ agencyId: 1, name: '合成市人民政府', kind: 'government_compiled', parentId: null });
    const county = entry({
      agencyId: 3,
      name: '东阳区人民政府',
      kind: 'government_compiled',
      regionPath: ['合成省', '合成市', '东阳区'],
    });
    expect(parentOptions([gov, entry(), county], 3)).toEqual([{ label: '合成市人民政府（合成省/合成市）', value: 1 }]);
  });
  it('says the years a body reports', () => {
    expect(yearsText(2019, 2022, 'zh-CN')).toBe('2019–2022');
    expect(yearsText(2021, null, 'zh-CN')).toBe('2021 起');
    expect(yearsText(null, 2020, 'en')).toBe('until 2020');
    expect(yearsText(null, null, 'en')).toBe('—');
  });
});

describe('roster history line', () => {
  it('lists what changed, before → after', () => {
    // The shape the API logs (roster.service.ts update): before as a roster line, after as the stored fields.
    const detail = JSON.stringify({
      agencyId: 7,
      name: '合成市教育局',
      before: {
        region: ['合成省', '合成市'],
        name: '合成市教育局',
        kind: 'department',
        level: 'city',
        parent: '合成市人民政府',
        firstYear: null,
        lastYear: null,
        successor: null,
        aliases: [],
        sourceUrls: [],
        note: null,
      },
      after: {
        kind: 'department',
        level: 'city',
        firstYear: null,
        lastYear: 2030,
        sourceUrls: [],
        note: '改',
        parentId: 1,
        successorId: null,
        onRoster: true,
      },
    });
    expect(historyText({ at: '2026-12-07T00:00:00Z', actor: 'admin', action: 'roster_update', detail })).toBe(
      'lastYear: — → 2030; note: — → 改',
    );
  });
  it('shows a detail it cannot read as it is', () => {
    expect(historyText({ at: '', actor: '', action: 'roster_update', detail: 'not json' })).toBe('not json');
  });
});

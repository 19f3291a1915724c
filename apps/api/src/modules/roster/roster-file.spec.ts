import { defaultDeadline, daysLate, expectedIn, suggestKind } from '@dh/domain';
import { formatRosterCsv, parseRosterCsv, parseRosterSheet } from './roster-file';

const HEADER = 'region,name,kind,level,parent,first_year,last_year,successor,aliases,source_urls,note';

describe('roster file', () => {
  it('reads the documented columns, lists split at |, and writes them back unchanged', () => {
    const csv = `${HEADER}\n合成省/合成市,合成市应急管理局,department,city,合成市人民政府,2019,,,应急局|市应急局,https://a.example/x/|https://a.example/y/,"说明, 含逗号"\n`;
    const p = parseRosterCsv(csv);
    expect(p.errors).toEqual([]);
    expect(p.rows).toEqual([
      {
        line: 2,
        region: ['合成省', '合成市'],
        name: '合成市应急管理局',
        kind: 'department',
        level: 'city',
        parent: '合成市人民政府',
        firstYear: 2019,
        lastYear: null,
        successor: null,
        aliases: ['应急局', '市应急局'],
        sourceUrls: ['https://a.example/x/', 'https://a.example/y/'],
        note: '说明, 含逗号',
      },
    ]);
    const out = formatRosterCsv(p.rows);
    expect(out.replace(/^\uFEFF/, '')).toBe(csv);
    expect(parseRosterCsv(out).rows).toEqual(p.rows);
  });

  it('reads Chinese headers and labels', () => {
    const p = parseRosterCsv(
      '地区,机关名称,类别,层级,上级政府\n合成省/合成市/东阳区,东阳区中村乡人民政府,乡镇（街道）,乡镇,东阳区人民政府\n',
    );
    expect(p.errors).toEqual([]);
    expect(p.rows[0]).toMatchObject({ kind: 'township', level: 'township', parent: '东阳区人民政府' });
  });

  it('names the line and field of every fault, and a missing column', () => {
    const p = parseRosterCsv(
      `${HEADER}\n合成省/合成市,甲局,bureau,city,,20x9,,,,ftp://x,\n,乙局,department,city,乙局,2022,2020,,,,\n合成省/合成市,甲局,department,city,,,,,,,\n`,
    );
    expect(p.errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'kind'],
      [2, 'first_year'],
      [2, 'source_urls'],
      [3, 'region'],
      [3, 'last_year'],
      [3, 'parent'],
      [4, 'name'],
    ]);
    expect(p.errors[0].message).toMatch(/"bureau" is not a kind/);
    expect(p.errors.at(-1)!.message).toMatch(/listed twice .*first on line 2/);
    expect(parseRosterCsv('name,kind\n甲局,department\n').errors).toEqual([
      { line: 1, field: 'header', message: expect.stringMatching(/missing column\(s\): region, level/) },
    ]);
    expect(parseRosterCsv(`${HEADER}\n"unclosed,x\n`).errors[0]).toMatchObject({
      field: 'line',
      message: expect.stringMatching(/^not valid CSV/),
    });
    expect(parseRosterSheet([]).errors[0].message).toBe('the sheet is empty');
  });

  it('guards cells a spreadsheet would run as formulas, and reads them back as written', () => {
    const p = parseRosterCsv(`${HEADER}\n合成省/合成市,=1+2局,department,city,,,,,,,@note\n`);
    const out = formatRosterCsv(p.rows);
    expect(out).toContain(",'=1+2局,");
    expect(out).toContain(",'@note");
    expect(parseRosterCsv(out).rows[0]).toMatchObject({ name: '=1+2局', note: '@note' });
  });
});

describe('roster rules (libs/domain)', () => {
  it('sets the notices’ deadlines by kind and level', () => {
    expect(defaultDeadline('department', 'city', 2024)).toBe('2025-01-31');
    expect(defaultDeadline('township', 'township', 2024)).toBe('2025-01-31');
    expect(defaultDeadline('government_office', 'county', 2024)).toBe('2025-01-31');
    expect(defaultDeadline('government_compiled', 'county', 2024)).toBe('2025-02-20');
    expect(defaultDeadline('government_compiled', 'city', 2024)).toBe('2025-03-10');
    expect(defaultDeadline('government_compiled', 'province', 2024)).toBe('2025-03-31');
    expect(defaultDeadline('vertical', 'city', 2024)).toBeNull();
    expect(daysLate('2025-02-11', '2025-01-31')).toBe(11);
    expect(daysLate('2025-02-11', '2025-02-20')).toBe(-9);
  });

  it('expects a roster body within its years, never a vertical one', () => {
    expect(expectedIn({ kind: 'department', firstYear: 2019, lastYear: 2021 }, 2021)).toBe(true);
    expect(expectedIn({ kind: 'department', firstYear: 2019, lastYear: 2021 }, 2022)).toBe(false);
    expect(expectedIn({ kind: 'department', firstYear: 2023, lastYear: null }, 2022)).toBe(false);
    expect(expectedIn({ kind: 'vertical', firstYear: null, lastYear: null }, 2022)).toBe(false);
  });

  it.each([
    ['中村乡人民政府', 'township'],
    ['东阳区上坊镇人民政府', 'township'],
    ['东阳区下溪街道办事处', 'township'],
    ['东阳区人民政府', 'government_compiled'],
    ['合成市人民政府办公室', 'government_office'],
    ['国家税务总局合成市税务局', 'vertical'],
    ['合成市应急管理局', 'department'],
    ['平潭综合实验区管委会', 'other'],
  ])('suggests a kind for %s: %s', (name, kind) => expect(suggestKind(name)).toBe(kind));
});

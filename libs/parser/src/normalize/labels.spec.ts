import { registeredTemplates, T3_ROW_POOL, t2RowIds, t2RowsOf, t2RowWordings } from '@dh/domain';
import {
  matchT2Row,
  matchT3Label,
  t2HeaderRe,
  T3_ROW_LABELS,
  templateOfHeaders,
  templateOfHeaderTexts,
} from './labels';

describe('label matching from the template registry', () => {
  it('reads every wording of every table 二 row as that row, with stray spaces and full width', () => {
    for (const id of t2RowIds())
      for (const w of t2RowWordings(id)) {
        expect(matchT2Row(w)).toBe(id);
        expect(matchT2Row(` ${[...w].join(' ')} `)).toBe(id);
      }
    expect(matchT2Row('行政规范性文件')).toBe('normative');
    expect(matchT2Row('规范性文件汇编')).toBeNull();
  });

  it('has a pattern for every table 三 row of the registry, and reads the official label as it, no typo', () => {
    expect(T3_ROW_LABELS.map((l) => l.id).sort()).toEqual(
      T3_ROW_POOL.filter((r) => r.id !== 'other')
        .map((r) => r.id)
        .sort(),
    );
    for (const r of T3_ROW_POOL.filter((x) => x.id !== 'other')) {
      expect(matchT3Label(r.zh.slice(r.zh.indexOf(' ') + 1))).toEqual({ kind: 'row', id: r.id, typo: false });
      for (const m of r.misprints ?? []) expect(matchT3Label(m)).toEqual({ kind: 'row', id: r.id, typo: true });
    }
  });

  // `处理决定数量` (2019) is part of 2021's `本年处理决定数量`: a header within another template's tells nothing.
  it('tells the template from headers only that template prints', () => {
    for (const t of registeredTemplates()) {
      const own = t2RowsOf(t)
        .flatMap((r) => r.columns.map((c) => c.header))
        .filter(
          (h) =>
            !registeredTemplates().some(
              (o) => o !== t && t2RowsOf(o).some((r) => r.columns.some((c) => c.header.includes(h))),
            ),
        );
      expect(own.length).toBeGreaterThan(0);
      for (const h of own) expect(templateOfHeaders(`信息内容|${h}`)).toBe(t);
    }
    expect(templateOfHeaders('信息内容|总计')).toBeNull();
  });

  it('tells the header template from the cells one by one as the regex over them joined does', () => {
    const byRegex = (texts: string[]) => {
      for (const t of [...registeredTemplates()].reverse()) if (t2HeaderRe(t).test(texts.join('|'))) return t;
      return null;
    };
    const cases: string[][] = [
      [],
      [''],
      ['信息内容', '本年制发件数', '本年废止件数'],
      ['信息内容', '本年新', '制作数量'],
      ['本年新制作数量', '本年处理决定数量'],
      ['规章', '5', '0'],
      ['采购总', '金额'],
      ['本年制', '发'],
      ['上一年项目数量'],
    ];
    for (const c of cases) expect(templateOfHeaderTexts(c)).toBe(byRegex(c));
    expect(templateOfHeaderTexts(['本年制发'])).toBe('2021');
    expect(templateOfHeaderTexts(['采购总', '金额'])).toBeNull();
  });
});

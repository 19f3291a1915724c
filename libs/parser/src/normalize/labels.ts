// The one table of printed label variants seen in real reports, mapped to catalogue rows and columns.
// Matching runs on squash()ed text (NFKC, no whitespace), so width and stray spaces (`规 章`) are already gone.
import {
  registeredTemplates,
  T3_ROW_POOL,
  t2Column,
  t2RowIds,
  t2RowWordings,
  templateTables,
  type TemplateId,
} from '@dh/domain';
import { memoize } from './memo';
import { squash } from './text';

/** A table 二 row id of the template registry (`rules`, `normative`, `licensing`, …). */
export type T2ItemId = string;

/** `第二十条第（一）项` in any width. */
export const T2_CLAUSE_RE = /^第二十条第\(([一二三四五六七八九十]+)\)项$/;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const headerRes = new Map<string, RegExp>();

/** Column headers only template `t` prints (the registry's header marks; truncated forms such as `本年新` included). */
export function t2HeaderRe(t: TemplateId | string): RegExp {
  let re = headerRes.get(t);
  if (!re)
    headerRes.set(
      t,
      (re = new RegExp(
        templateTables(t)
          .headerMarks.map((m) => escapeRe(squash(m)))
          .join('|'),
      )),
    );
  return re;
}

const headerMarks = new Map<string, string[]>();

/** The template whose own column headers `text` holds, the latest first; null when none does. */
export function templateOfHeaders(text: string): TemplateId | null {
  // What t2HeaderRe(t).test(text) answers (an alternation of literals), by substring search: the text here is every
  // table cell of the page joined, and the regex scan over it was the hottest step of recognition.
  return templateOfHeaderTexts([text]);
}

/** templateOfHeaders(texts.join('|')) without the join: no mark holds a `|`, so none can span two texts. */
export function templateOfHeaderTexts(texts: readonly string[]): TemplateId | null {
  const ts = registeredTemplates();
  for (let i = ts.length - 1; i >= 0; i--) {
    let marks = headerMarks.get(ts[i]);
    if (!marks) headerMarks.set(ts[i], (marks = templateTables(ts[i]).headerMarks.map((m) => squash(m))));
    if (marks.some((m) => m.includes('|'))) {
      if (t2HeaderRe(ts[i]).test(texts.join('|'))) return ts[i] as TemplateId;
      continue;
    }
    for (const t of texts.length ? texts : ['']) for (const m of marks) if (t.includes(m)) return ts[i] as TemplateId;
  }
  return null;
}

// Row labels: every wording of a row in any template (label, variants, misprints), compared on squash()ed text.
let rowByWording: Map<string, T2ItemId> | undefined;

export const matchT2Row: (text: string) => T2ItemId | null = memoize(matchT2RowOnce);

function matchT2RowOnce(text: string): T2ItemId | null {
  rowByWording ??= new Map(
    t2RowIds().flatMap((id) => t2RowWordings(id).map((w): [string, T2ItemId] => [squash(w), id])),
  );
  return rowByWording.get(squash(text)) ?? null;
}

// ---- Table 三 ------------------------------------------------------------------------------------
/** Group labels carry no values of their own (the 2019 single （六）其他处理 row is decided by what follows). */
export const T3_GROUP_RE = /^(三[、.]?本年度办?理结果|\(三\)不予公开|\(四\)无法提供|\(五\)不予处理)$/;
export const T3_OTHER_GROUP_RE = /^\(六\)其他处理$/;

// The fuzzy patterns real table 三 labels need (row id of the registry → pattern on the squashed label). `canon`, the
// wording a printed label is compared against for typos, is the registry's row label.
const T3_ROW_PATTERNS: [string, RegExp][] = [
  ['new', /本年新收/],
  ['carried_in', /上年结转/],
  ['disclosed', /予以公开/],
  ['partial', /部分公开|^\(二\)部分公?$/],
  ['withheld.state_secret', /国家秘密/],
  ['withheld.prohibited', /其他法律行政.{0,3}公开|禁止公开/],
  ['withheld.three_safety', /三安全一稳定|危及/],
  ['withheld.third_party', /第三方/],
  ['withheld.internal', /内部事务/],
  ['withheld.process', /过程性/],
  ['withheld.enforcement', /执法案卷/],
  ['withheld.query', /行政查询/],
  ['unable.not_held', /不掌握/],
  ['unable.needs_making', /没有现成|另行制作/],
  ['unable.unclear', /补正后|仍不明确/],
  // 信访 alone also names a body (东阳区信访局) or a topic (信访事项办理) in prose: the row needs its own words.
  ['not_processed.petition', /信访.{0,3}(举报|投诉|类)|举报.{0,2}投诉|^(\(五\)不予处理)?(1\.)?信访$/],
  ['not_processed.repeat', /重复申请/],
  ['not_processed.publication', /出版物/],
  ['not_processed.mass', /大量反复/],
  ['not_processed.confirm', /重新出具|确认或/],
  ['other.no_correction', /逾期不补正/],
  ['other.unpaid', /缴纳费用|收费通知/],
  // `其他` alone is also a column header: the sub-row needs its number.
  ['other.misc', /^(\(六\)其他处理)?3[.、]其他$/],
  ['result_total', /^(三[、.]?本年度办?理结果)?\(七\)总计$/],
  ['carried_out', /结转下年度/],
];

const shortLabel = (zh: string): string => zh.slice(zh.indexOf(' ') + 1);
export const T3_ROW_LABELS: { id: string; re: RegExp; canon: string }[] = T3_ROW_PATTERNS.map(([id, re]) => {
  const row = T3_ROW_POOL.find((r) => r.id === id);
  if (!row) throw new Error(`table 三 pattern for ${id}, a row the template registry does not have`);
  return { id, re, canon: shortLabel(row.zh) };
});

/** Strip group prefixes and numbering: `(三)不予公开1.属于国家秘密` → `属于国家秘密`. */
export function labelCore(s: string): string {
  return squash(s)
    .replace(/^三[、.]?本年度办?理结果/, '')
    .replace(/^\([一二三四五六七]\)(不予公开|无法提供|不予处理|其他处理)?(?=\d)/, '')
    .replace(/^[一二三四][、.]/, '')
    .replace(/^\([一二三四五六七]\)/, '')
    .replace(/^\d[.、]/, '')
    .replace(/\(区分处理的.*$/, '')
    .replace(/["“”]/g, '');
}

export type T3LabelMatch = { kind: 'row'; id: string; typo: boolean } | { kind: 'group' } | { kind: 'other_group' };

/** Memoised: callers only read the result. */
export const matchT3Label: (text: string) => T3LabelMatch | null = memoize(matchT3LabelOnce);

function matchT3LabelOnce(text: string): T3LabelMatch | null {
  const s = squash(text).replace(/(\d)、/g, '$1.');
  if (!s || /\d{2,}/.test(s) || /^[\d.+\-/]*$/.test(s)) return null;
  if (T3_GROUP_RE.test(s)) return { kind: 'group' };
  if (T3_OTHER_GROUP_RE.test(s)) return { kind: 'other_group' };
  for (const r of T3_ROW_LABELS) {
    if (r.re.test(s)) return { kind: 'row', id: r.id, typo: labelCore(s) !== labelCore(r.canon) };
  }
  return null;
}

// ---- Official wording per template ------------------------------------------------------------------
/** A table 二 column's header as template `t` prints it (the catalogue keeps one label per key). */
export function officialColLabel(rowId: string, colId: string, catalogueLabel: string, template: TemplateId): string {
  return t2Column(template, rowId, colId)?.header ?? catalogueLabel;
}

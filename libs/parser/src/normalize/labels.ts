// The one table of printed label variants seen in real reports, mapped to catalogue rows and columns.
// Matching runs on squash()ed text (NFKC, no whitespace), so width and stray spaces (`规 章`) are already gone.
import type { TemplateId } from '@dh/domain';
import { memoize } from './memo';
import { squash } from './text';

export type T2ItemId = 'rules' | 'normative' | 'licensing' | 'other_services' | 'penalty' | 'coercion' | 'fees' | 'procurement';

/** Table 二 row labels. `行政规范性文件` is the 2021 wording, `规范性文件` the 2019 one. */
export const T2_ROW_LABELS: { id: T2ItemId; re: RegExp }[] = [
  { id: 'rules', re: /^规章$/ },
  { id: 'normative', re: /^(行政)?规范性文件$/ },
  { id: 'licensing', re: /^行政许可$/ },
  { id: 'other_services', re: /^其他对外管理服务事项$/ },
  { id: 'penalty', re: /^行政处罚$/ },
  { id: 'coercion', re: /^行政强制$/ },
  { id: 'fees', re: /^行政事业性收费$/ },
  { id: 'procurement', re: /^政府集中采购$/ },
];

/** `第二十条第（一）项` in any width. */
export const T2_CLAUSE_RE = /^第二十条第\(([一二三四五六七八九十]+)\)项$/;

/** Column headers that only one template prints; truncated forms (`本年新`, `本年增/`, `现行有效件`) included. */
export const T2_HEADER_2019 = /本年新|制作数量|公开数量|对外公开总数量|上一年项目数量|本年增|采购项目数量|采购总金额/;
export const T2_HEADER_2021 = /本年制发|本年废止|现行有效|本年处理决定数量|本年收费金额/;

export const matchT2Row: (text: string) => T2ItemId | null = memoize(matchT2RowOnce);

function matchT2RowOnce(text: string): T2ItemId | null {
  const s = squash(text);
  for (const r of T2_ROW_LABELS) if (r.re.test(s)) return r.id;
  return null;
}

// ---- Table 三 ------------------------------------------------------------------------------------
/** Group labels carry no values of their own (the 2019 single （六）其他处理 row is decided by what follows). */
export const T3_GROUP_RE = /^(三[、.]?本年度办?理结果|\(三\)不予公开|\(四\)无法提供|\(五\)不予处理)$/;
export const T3_OTHER_GROUP_RE = /^\(六\)其他处理$/;

/** Row id → patterns on the squashed label. `canon` is the wording a printed label is compared against for typos. */
export const T3_ROW_LABELS: { id: string; re: RegExp; canon: string }[] = [
  { id: 'new', re: /本年新收/, canon: '一、本年新收政府信息公开申请数量' },
  { id: 'carried_in', re: /上年结转/, canon: '二、上年结转政府信息公开申请数量' },
  { id: 'disclosed', re: /予以公开/, canon: '(一)予以公开' },
  { id: 'partial', re: /部分公开|^\(二\)部分公?$/, canon: '(二)部分公开(区分处理的,只计这一情形,不计其他情形)' },
  { id: 'withheld.state_secret', re: /国家秘密/, canon: '1.属于国家秘密' },
  { id: 'withheld.prohibited', re: /其他法律行政.{0,3}公开|禁止公开/, canon: '2.其他法律行政法规禁止公开' },
  { id: 'withheld.three_safety', re: /三安全一稳定|危及/, canon: '3.危及"三安全一稳定"' },
  { id: 'withheld.third_party', re: /第三方/, canon: '4.保护第三方合法权益' },
  { id: 'withheld.internal', re: /内部事务/, canon: '5.属于三类内部事务信息' },
  { id: 'withheld.process', re: /过程性/, canon: '6.属于四类过程性信息' },
  { id: 'withheld.enforcement', re: /执法案卷/, canon: '7.属于行政执法案卷' },
  { id: 'withheld.query', re: /行政查询/, canon: '8.属于行政查询事项' },
  { id: 'unable.not_held', re: /不掌握/, canon: '1.本机关不掌握相关政府信息' },
  { id: 'unable.needs_making', re: /没有现成|另行制作/, canon: '2.没有现成信息需要另行制作' },
  { id: 'unable.unclear', re: /补正后|仍不明确/, canon: '3.补正后申请内容仍不明确' },
  // 信访 alone also names a body (东阳区信访局) or a topic (信访事项办理) in prose: the row needs its own words.
  { id: 'not_processed.petition', re: /信访.{0,3}(举报|投诉|类)|举报.{0,2}投诉|^(\(五\)不予处理)?(1\.)?信访$/, canon: '1.信访举报投诉类申请' },
  { id: 'not_processed.repeat', re: /重复申请/, canon: '2.重复申请' },
  { id: 'not_processed.publication', re: /出版物/, canon: '3.要求提供公开出版物' },
  { id: 'not_processed.mass', re: /大量反复/, canon: '4.无正当理由大量反复申请' },
  { id: 'not_processed.confirm', re: /重新出具|确认或/, canon: '5.要求行政机关确认或重新出具已获取信息' },
  { id: 'other.no_correction', re: /逾期不补正/, canon: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
  { id: 'other.unpaid', re: /缴纳费用|收费通知/, canon: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
  // `其他` alone is also a column header: the sub-row needs its number.
  { id: 'other.misc', re: /^(\(六\)其他处理)?3[.、]其他$/, canon: '3.其他' },
  { id: 'result_total', re: /^(三[、.]?本年度办?理结果)?\(七\)总计$/, canon: '(七)总计' },
  { id: 'carried_out', re: /结转下年度/, canon: '四、结转下年度继续办理' },
];

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
/** Column wording that differs in the 2021 template (the catalogue keeps one label per key). */
const COL_2021: Record<string, string> = { decisions: '本年处理决定数量' };

export function officialColLabel(colId: string, catalogueLabel: string, template: TemplateId): string {
  return template === '2021' && COL_2021[colId] ? COL_2021[colId] : catalogueLabel;
}

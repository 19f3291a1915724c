// Numbers the narrative states plainly, checked against the tables (「主动公开规章13件」, 「行政复议7件，诉讼9件，
// 均获维持」). Only plain statements are read; a mismatch is a warning, the table is not changed. A claim is read
// within one clause (ending at 。 or ；). Table 四 counts only 政府信息公开 cases, so a 复议/诉讼 count is checked only
// when its sentence (to the 。) speaks of 信息公开 or 依申请公开: a 司法局's「办理行政复议案件120件」is its general
// caseload, not a contradiction.
import { T4_GROUPS, type Finding, type ParsedCell, type TemplateDetected } from '@dh/domain';

interface Claim {
  re: RegExp;
  keys: (t: TemplateDetected) => string[];
  zh: string;
  en: string;
  disclosureOnly?: boolean;
}

const CLAIMS: Claim[] = [
  {
    re: /主动公开[^。；]{0,12}?规章(\d+)件/g,
    keys: (t) => [t === '2021' ? 't2.rules.issued' : 't2.rules.new_published'],
    zh: '规章',
    en: 'rules',
  },
  {
    re: /(?:主动公开[^。；]{0,12}?规章\d+件[，,、]\s*)(?:行政)?规范性文件(\d+)件/g,
    keys: (t) => [t === '2021' ? 't2.normative.issued' : 't2.normative.new_published'],
    zh: '规范性文件',
    en: 'normative documents',
  },
  {
    re: /行政复议(?:案件)?(?:共)?(\d+)件/g,
    keys: () => ['t4.reconsideration.total'],
    zh: '行政复议',
    en: 'reconsideration cases',
    disclosureOnly: true,
  },
  {
    re: /(?:行政)?诉讼(?:案件)?(?:共)?(\d+)件/g,
    keys: () => ['t4.litigation_direct.total', 't4.litigation_after.total'],
    zh: '行政诉讼',
    en: 'litigation cases',
    disclosureOnly: true,
  },
];

export function checkTextClaims(narrative: string, cells: ParsedCell[], template: TemplateDetected): Finding[] {
  let byKey: Map<string, ParsedCell> | undefined;
  const out: Finding[] = [];
  const value = (keys: string[]): number | null => {
    byKey ??= new Map(cells.map((c) => [c.key, c]));
    let s = 0;
    for (const k of keys) {
      const c = byKey.get(k);
      if (!c) return null;
      if (c.value !== null) s += c.value;
      else if (c.kind !== 'empty' && c.kind !== 'not_applicable') return null;
    }
    return s;
  };
  const disclosure = (x: string) => /信息公开|依申请公开|公开申请/.test(x);
  // Every claim ends in 件 and the 均维持 check needs 维持: only clauses holding one of them are kept, in order.
  const counted: { clause: string; context: boolean }[] = [];
  const upheld: { clause: string; context: boolean }[] = [];
  for (const sentence of narrative.split(/[。\n]/)) {
    if (!sentence.includes('件') && !sentence.includes('维持')) continue;
    const context = disclosure(sentence);
    for (const clause of sentence.split(/[；;]/)) {
      if (clause.includes('件')) counted.push({ clause, context });
      if (clause.includes('维持')) upheld.push({ clause, context });
    }
  }
  for (const claim of CLAIMS)
    for (const { clause: sentence, context } of counted) {
      if (claim.disclosureOnly && !context) continue;
      claim.re.lastIndex = 0;
      for (let m = claim.re.exec(sentence); m; m = claim.re.exec(sentence)) {
        const said = Number(m[1]);
        const keys = claim.keys(template);
        const table = value(keys);
        if (table !== null && table !== said) {
          out.push({
            code: 'text_contradicts_table',
            severity: 'warning',
            keys,
            messageZh: `正文称${claim.zh}${said}件（「${m[0]}」），表格为${table}`,
            messageEn: `The text says ${said} ${claim.en} ("${m[0]}"), the table says ${table}`,
          });
        }
      }
    }
  // 「…均获维持」 after case counts: every case upheld, none pending or corrected.
  // Sentence by sentence: a regex spanning unbounded [^。]* runs is quadratic on text without full stops.
  for (const { clause: sentence, context } of upheld) {
    if (!/均(获|被)?维持/.test(sentence) || !/复议|诉讼/.test(sentence) || !context) continue;
    const m = [sentence];
    const groups = [
      ['reconsideration', /复议/],
      ['litigation_direct', /诉讼/],
      ['litigation_after', /诉讼/],
    ] as const;
    for (const [g, re] of groups) {
      const label = T4_GROUPS.find((x) => x.id === g)!;
      if (!re.test(m[0])) continue;
      const total = value([`t4.${g}.total`]);
      const upheld = value([`t4.${g}.upheld`]);
      if (total !== null && upheld !== null && upheld !== total) {
        out.push({
          code: 'text_contradicts_table',
          severity: 'warning',
          keys: [`t4.${g}.upheld`, `t4.${g}.total`],
          messageZh: `正文称「均获维持」，表四「${label.zh}」维持${upheld}件、总计${total}件`,
          messageEn: `The text says all cases were upheld; table 4 (${label.en}) shows ${upheld} upheld of ${total}`,
        });
      }
    }
  }
  return out;
}

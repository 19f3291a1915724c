// The collection loop the notices prescribe (二、报告方式及时间): a bureau fills or uploads its report, submits it to the
// disclosure office, the office returns it with comments or accepts it, and it is then published. Pure rules, shared
// by the API (which enforces them) and the dashboard (which only offers what is allowed).
import { T3_ROWS, metricsOfTemplate } from './metric-catalog';
import { T3_COLUMNS, T4_COLUMNS, T4_GROUPS } from './template-registry';
import type { Finding, ParsedCell, TemplateId } from './model';

/** 未开始 is the absence of a submission; these are the stored states. */
export const SUBMISSION_STATES = ['draft', 'submitted', 'returned', 'accepted', 'published'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];
export type SubmissionStateOrNone = SubmissionState | 'not_started';

export const SUBMISSION_STATE_ZH: Record<SubmissionStateOrNone, string> = {
  not_started: '未开始',
  draft: '草稿',
  submitted: '已提交',
  returned: '退回',
  accepted: '已通过',
  published: '已公开',
};

export type SubmissionAction = 'save' | 'submit' | 'return' | 'accept' | 'publish';
/** Who may take an action: the bureau on its own body, or the office (reviewer or admin). */
export const ACTION_SIDE: Record<SubmissionAction, 'bureau' | 'office' | 'either'> = {
  save: 'bureau',
  submit: 'bureau',
  return: 'office',
  accept: 'office',
  publish: 'either',
};

// A returned submission stays 退回 while the bureau corrects it, so the office's queue keeps showing it as theirs.
const NEXT: Record<SubmissionAction, Partial<Record<SubmissionStateOrNone, SubmissionState>>> = {
  save: { not_started: 'draft', draft: 'draft', returned: 'returned' },
  submit: { draft: 'submitted', returned: 'submitted' },
  return: { submitted: 'returned' },
  accept: { submitted: 'accepted' },
  publish: { accepted: 'published' },
};

/** The state after `action`, or null when the action is not allowed from `state`. */
export function nextSubmissionState(state: SubmissionStateOrNone, action: SubmissionAction): SubmissionState | null {
  return NEXT[action][state] ?? null;
}

export function allowedActions(state: SubmissionStateOrNone): SubmissionAction[] {
  return (Object.keys(NEXT) as SubmissionAction[]).filter((a) => NEXT[a][state] !== undefined);
}

/** A finding's identity within one draft: its code and the cells it is about (stable while the numbers change). */
export function findingKey(f: Pick<Finding, 'code' | 'keys'>): string {
  return `${f.code}:${(f.keys ?? []).join(',')}`;
}

/** Error findings with no explanation: each must be fixed or explained before the draft can be submitted. */
export function unexplainedErrors(
  findings: readonly Finding[],
  explanations: Readonly<Record<string, string>>,
): Finding[] {
  return findings.filter((f) => f.severity === 'error' && !(explanations[findingKey(f)] ?? '').trim());
}

/** What a form field may hold: blank, a whole number (signed in 本年增/减), or a decimal amount. */
const FORM_VALUE = /^[+-]?\d+(\.\d+)?$/;

/**
 * The form's values as parsed cells, so the parser's own checks (勾稽关系) run on them unchanged. A blank field is an
 * empty cell (counted as 0, as the checks do for a printed blank); anything not a number is text, which skips the
 * checks it is in, as it does in a published table.
 */
export function formCells(values: Readonly<Record<string, string>>, template: TemplateId): ParsedCell[] {
  return metricsOfTemplate(template).map((m) => {
    const raw = (values[m.key] ?? '').trim();
    const base = { key: m.key, section: m.section, rowLabel: m.rowLabel, colLabel: m.colLabel, raw, loc: {} };
    if (raw === '') return { ...base, value: null, kind: 'empty' as const };
    if (!FORM_VALUE.test(raw)) return { ...base, value: null, kind: 'text' as const };
    const value = Number(raw);
    return { ...base, value, kind: value === 0 ? ('zero' as const) : ('number' as const), unit: m.unit };
  });
}

/** Form fields whose text is not a number: named so the bureau can fix them. */
export function formProblems(values: Readonly<Record<string, string>>): string[] {
  return Object.entries(values)
    .filter(([, v]) => v.trim() !== '' && !FORM_VALUE.test(v.trim()))
    .map(([k]) => k);
}

export interface CellChange {
  key: string;
  before: number | null;
  after: number | null;
}

/** Cells whose value differs between two versions (a key missing on one side counts as no value). */
export function diffCells(
  before: readonly Pick<ParsedCell, 'key' | 'value'>[],
  after: readonly Pick<ParsedCell, 'key' | 'value'>[],
): CellChange[] {
  const a = new Map(before.map((c) => [c.key, c.value]));
  const b = new Map(after.map((c) => [c.key, c.value]));
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  return keys
    .filter((k) => (a.get(k) ?? null) !== (b.get(k) ?? null))
    .map((k) => ({ key: k, before: a.get(k) ?? null, after: b.get(k) ?? null }));
}

/**
 * The sums the template prescribes, computed from the parts as typed (blank counts as 0): each table-三 row's 总计
 * (applicant columns), each column's （七）总计 (the result rows of the template) and each table-四 总计. A form shows
 * them beside the typed totals; a part that is not a number leaves its sum out.
 */
export function templateSums(values: Readonly<Record<string, string>>, template: TemplateId): Map<string, number> {
  const num = (k: string): number | null => {
    const raw = (values[k] ?? '').trim();
    if (raw === '') return 0;
    return FORM_VALUE.test(raw) ? Number(raw) : null;
  };
  const add = (keys: string[]): number | null =>
    keys.reduce<number | null>((s, k) => {
      const v = num(k);
      return s === null || v === null ? null : s + v;
    }, 0);
  const out = new Map<string, number>();
  const put = (k: string, v: number | null): void => {
    if (v !== null) out.set(k, v);
  };
  const rows = T3_ROWS.filter((r) => r.templates.includes(template));
  const parts = T3_COLUMNS.filter((c) => c.id !== 'total');
  for (const r of rows)
    if (r.id !== 'result_total') put(`t3.${r.id}.total`, add(parts.map((c) => `t3.${r.id}.${c.id}`)));
  const results = rows.filter((r) => r.group || r.id === 'disclosed' || r.id === 'partial');
  for (const c of T3_COLUMNS) put(`t3.result_total.${c.id}`, add(results.map((r) => `t3.${r.id}.${c.id}`)));
  for (const g of T4_GROUPS)
    put(`t4.${g.id}.total`, add(T4_COLUMNS.filter((c) => c.id !== 'total').map((c) => `t4.${g.id}.${c.id}`)));
  return out;
}

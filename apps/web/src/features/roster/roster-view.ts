// The 名录 page's logic as pure functions: the editable form of an entry, the patch a saved form sends (only what
// changed), the parents a body may have, and one readable line per logged change.
import type { AdminLevel, ReportKind } from '@dh/domain';
import type { RosterChange, RosterEntry, RosterEntryPatch } from '../../api/roster-ops';

export interface EntryForm {
  kind: ReportKind;
  level: AdminLevel | null;
  parentId: number | null;
  firstYear: number | null;
  lastYear: number | null;
  successorId: number | null;
  sourceUrls: string;
  note: string;
  onRoster: boolean;
}

export const formOf = (e: RosterEntry): EntryForm => ({
  kind: e.kind,
  level: e.level,
  parentId: e.parentId,
  firstYear: e.firstYear,
  lastYear: e.lastYear,
  successorId: e.successorId,
  sourceUrls: e.sourceUrls.join('\n'),
  note: e.note ?? '',
  onRoster: e.onRoster,
});

const urls = (s: string): string[] =>
  s
    .split(/[\s|｜]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/** The fields the form changed, as the API's patch (an emptied note or year is sent as null, which clears it). */
export function patchOf(e: RosterEntry, f: EntryForm): RosterEntryPatch {
  const p: RosterEntryPatch = {};
  if (f.kind !== e.kind) p.kind = f.kind;
  if (f.level && f.level !== e.level) p.level = f.level;
  if (f.parentId !== e.parentId) p.parentId = f.parentId;
  if (f.firstYear !== e.firstYear) p.firstYear = f.firstYear;
  if (f.lastYear !== e.lastYear) p.lastYear = f.lastYear;
  if (f.successorId !== e.successorId) p.successorId = f.successorId;
  const u = urls(f.sourceUrls);
  if (u.join('\n') !== e.sourceUrls.join('\n')) p.sourceUrls = u;
  const note = f.note.trim() || null;
  if (note !== (e.note ?? null)) p.note = note;
  // Saving an entry off the roster puts it on (the API's rule); say so explicitly either way.
  if (f.onRoster !== e.onRoster || !e.onRoster) p.onRoster = f.onRoster;
  return p;
}

/** Who may be a body's parent: the region's compiled government reports, never the body itself. */
export function parentOptions(entries: RosterEntry[], self: number | null): { label: string; value: number }[] {
  return entries
    .filter((e) => e.kind === 'government_compiled' && e.agencyId !== self)
    .map((e) => ({
      label: e.regionPath.length ? `${e.name}（${e.regionPath.join('/')}）` : e.name,
      value: e.agencyId,
    }));
}

/** Years a body reports, e.g. "2019–2022", "2021 起", "— 2020". */
export function yearsText(first: number | null, last: number | null, locale: 'zh-CN' | 'en'): string {
  if (first === null && last === null) return '—';
  if (first !== null && last !== null) return `${first}–${last}`;
  if (first !== null) return locale === 'en' ? `from ${first}` : `${first} 起`;
  return locale === 'en' ? `until ${last}` : `至 ${last}`;
}

// The logged detail's `before` is a roster line (parent and successor by name); `after` the stored fields (by id).
const FIELDS: [string, string][] = [
  ['kind', 'kind'],
  ['level', 'level'],
  ['firstYear', 'firstYear'],
  ['lastYear', 'lastYear'],
  ['note', 'note'],
  ['sourceUrls', 'sourceUrls'],
];
const shown = (v: unknown): string =>
  v === null || v === undefined || v === '' ? '—' : Array.isArray(v) ? (v.length ? v.join(' | ') : '—') : String(v);

/** One change as a line: what changed, before → after. A detail that is not the expected JSON is shown as it is. */
interface LoggedUpdate {
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

export function historyText(c: RosterChange): string {
  let d: LoggedUpdate | null;
  try {
    d = JSON.parse(c.detail) as LoggedUpdate | null;
  } catch {
    return c.detail;
  }
  const before = d?.before;
  const after = d?.after;
  if (!before || !after) return c.detail;
  const parts = FIELDS.filter(([b, a]) => shown(before[b]) !== shown(after[a])).map(
    ([b, a]) => `${a}: ${shown(before[b])} → ${shown(after[a])}`,
  );
  if ('parentId' in after && after.parentId === null && before.parent)
    parts.push(`parent: ${shown(before.parent)} → —`);
  else if ('parentId' in after && after.parentId !== null && !before.parent)
    parts.push(`parent: — → #${shown(after.parentId)}`);
  if (after.onRoster === false) parts.push('onRoster: → false');
  return parts.join('; ') || '—';
}

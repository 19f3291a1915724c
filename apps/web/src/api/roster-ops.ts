// Typed GraphQL operations of the roster (名录), deadlines (the home region, asked before the first page, and the
// overview's 逐级汇总 are in home-region.ts and rollup-ops.ts, so this file loads only with the roster page), written against
// apps/api/schema.gql; the roster file goes through the REST route /api/roster (CSV/XLSX both ways).
import type { AdminLevel, ReportKind } from '@dh/domain';
import { authHeaders } from './token-store';
import { gql } from './graphql';

export interface RosterEntry {
  agencyId: number; name: string; regionPath: string[]; regionId: number | null; kind: ReportKind; kindSource: string; level: AdminLevel | null;
  onRoster: boolean; parentId: number | null; parentName: string | null; firstYear: number | null; lastYear: number | null;
  successorId: number | null; successorName: string | null; sourceUrls: string[]; aliases: string[]; note: string | null; synthetic: boolean;
}
export interface RosterPage { onRoster: number; offRoster: number; entries: RosterEntry[] }
export interface RosterChange { at: string; actor: string; action: string; detail: string }
export interface Deadline { year: number; kind: ReportKind; level: string | null; dueOn: string | null; source: 'notice' | 'office' }
export interface RosterEntryPatch {
  kind?: ReportKind; level?: AdminLevel; parentId?: number | null; firstYear?: number | null; lastYear?: number | null;
  successorId?: number | null; sourceUrls?: string[]; note?: string | null; onRoster?: boolean;
}

const ENTRY = 'agencyId name regionPath regionId kind kindSource level onRoster parentId parentName firstYear lastYear successorId successorName sourceUrls aliases note synthetic';
const DEADLINE = 'year kind level dueOn source';

export const rosterQuery = (a: { regionId?: number | null; search?: string; onRosterOnly?: boolean; limit?: number }) => gql<{ roster: RosterPage }>(
  `query Roster($regionId: Int, $search: String, $onRosterOnly: Boolean!, $limit: Int!) {
    roster(regionId: $regionId, search: $search, onRosterOnly: $onRosterOnly, limit: $limit) { onRoster offRoster entries { ${ENTRY} } } }`,
  { regionId: a.regionId ?? null, search: a.search || null, onRosterOnly: a.onRosterOnly ?? false, limit: a.limit ?? 1000 }).then((d) => d.roster);

export const rosterHistoryQuery = (agencyId: number) => gql<{ rosterHistory: RosterChange[] }>(
  'query RosterHistory($id: Int!) { rosterHistory(agencyId: $id) { at actor action detail } }', { id: agencyId }).then((d) => d.rosterHistory);

export const updateRosterEntry = (agencyId: number, patch: RosterEntryPatch) => gql<{ updateRosterEntry: RosterEntry }>(
  `mutation UpdateRosterEntry($id: Int!, $patch: RosterEntryPatch!) { updateRosterEntry(agencyId: $id, patch: $patch) { ${ENTRY} } }`,
  { id: agencyId, patch }).then((d) => d.updateRosterEntry);

export const deadlinesQuery = (year: number) => gql<{ deadlines: Deadline[] }>(
  `query Deadlines($year: Int!) { deadlines(year: $year) { ${DEADLINE} } }`, { year }).then((d) => d.deadlines);

export const setDeadline = (d: { year: number; kind: ReportKind; level: string | null; dueOn: string | null }) => gql<{ setDeadline: Deadline[] }>(
  `mutation SetDeadline($year: Int!, $kind: ReportKind!, $level: String, $dueOn: String) { setDeadline(year: $year, kind: $kind, level: $level, dueOn: $dueOn) { ${DEADLINE} } }`,
  d).then((r) => r.setDeadline);


export function rosterFileUrl(format: 'csv' | 'xlsx', regionId?: number | null): string {
  const q = new URLSearchParams({ format });
  if (regionId) q.set('regionId', String(regionId));
  return `/api/roster?${q.toString()}`;
}

export interface RosterLineError { line: number; field: string; message: string }
export interface RosterImportResult { imported: number; created: number; removed: number }
/** Thrown for a refused roster file: the server's message and every line's error. */
export class RosterFileRefused extends Error {
  constructor(message: string, readonly errors: RosterLineError[]) { super(message); }
}

/** POST /api/roster (admin): the whole file stored, or refused whole with each line's error. */
export async function uploadRoster(file: File, replace: boolean): Promise<RosterImportResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  body.append('replace', String(replace));
  const res = await fetch('/api/roster', { method: 'POST', body, headers: authHeaders() });
  const json = (await res.json().catch(() => null)) as (RosterImportResult & { message?: string | string[]; errors?: RosterLineError[] }) | null;
  if (!res.ok) {
    const msg = Array.isArray(json?.message) ? json.message.join('; ') : json?.message;
    throw new RosterFileRefused(msg ?? `HTTP ${res.status}`, json?.errors ?? []);
  }
  return json!;
}

// Typed GraphQL operations of the roster (名录), deadlines (the home region, asked before the first page, and the
// overview's 逐级汇总 are in home-region.ts and rollup-ops.ts, so this file loads only with the roster page), written against
// apps/api/schema.gql (types in generated.ts); the roster file goes through the REST route /api/roster (CSV/XLSX both ways).
import type * as G from './generated';
import { authHeaders } from './token-store';
import { gql } from './graphql';

export type RosterEntry = G.RosterEntryFieldsFragment;
export type RosterPage = G.RosterQuery['roster'];
export type RosterChange = G.RosterHistoryQuery['rosterHistory'][number];
export type Deadline = G.DeadlineFieldsFragment;
export type RosterEntryPatch = G.RosterEntryPatch;

const ENTRY = /* GraphQL */ `fragment RosterEntryFields on RosterEntry {
  agencyId name regionPath regionId kind kindSource level onRoster parentId parentName firstYear lastYear successorId successorName sourceUrls aliases note synthetic }`;
const DEADLINE = /* GraphQL */ `fragment DeadlineFields on Deadline { year kind level dueOn source }`;

export const rosterQuery = (a: { regionId?: number | null; search?: string; onRosterOnly?: boolean; limit?: number }) =>
  gql<G.RosterQuery, G.RosterQueryVariables>(
    /* GraphQL */ `
  query Roster($regionId: Int, $search: String, $onRosterOnly: Boolean!, $limit: Int!) {
    roster(regionId: $regionId, search: $search, onRosterOnly: $onRosterOnly, limit: $limit) { onRoster offRoster entries { ...RosterEntryFields } } }
  ${ENTRY}`,
    {
      regionId: a.regionId ?? null,
      search: a.search || null,
      onRosterOnly: a.onRosterOnly ?? false,
      limit: a.limit ?? 1000,
    },
  ).then((d) => d.roster);

export const rosterHistoryQuery = (agencyId: number) =>
  gql<G.RosterHistoryQuery, G.RosterHistoryQueryVariables>(
    /* GraphQL */ `
  query RosterHistory($id: Int!) { rosterHistory(agencyId: $id) { at actor action detail } }`,
    { id: agencyId },
  ).then((d) => d.rosterHistory);

export const updateRosterEntry = (agencyId: number, patch: RosterEntryPatch) =>
  gql<G.UpdateRosterEntryMutation, G.UpdateRosterEntryMutationVariables>(
    /* GraphQL */ `
  mutation UpdateRosterEntry($id: Int!, $patch: RosterEntryPatch!) { updateRosterEntry(agencyId: $id, patch: $patch) { ...RosterEntryFields } } ${ENTRY}`,
    { id: agencyId, patch },
  ).then((d) => d.updateRosterEntry);

export const deadlinesQuery = (year: number) =>
  gql<G.DeadlinesQuery, G.DeadlinesQueryVariables>(
    /* GraphQL */ `
  query Deadlines($year: Int!) { deadlines(year: $year) { ...DeadlineFields } } ${DEADLINE}`,
    { year },
  ).then((d) => d.deadlines);

export const setDeadline = (d: G.SetDeadlineMutationVariables) =>
  gql<G.SetDeadlineMutation, G.SetDeadlineMutationVariables>(
    /* GraphQL */ `
  mutation SetDeadline($year: Int!, $kind: ReportKind!, $level: String, $dueOn: String) {
    setDeadline(year: $year, kind: $kind, level: $level, dueOn: $dueOn) { ...DeadlineFields } } ${DEADLINE}`,
    d,
  ).then((r) => r.setDeadline);

export function rosterFileUrl(format: 'csv' | 'xlsx', regionId?: number | null): string {
  const q = new URLSearchParams({ format });
  if (regionId) q.set('regionId', String(regionId));
  return `/api/roster?${q.toString()}`;
}

export interface RosterLineError {
  line: number;
  field: string;
  message: string;
}
export interface RosterImportResult {
  imported: number;
  created: number;
  removed: number;
}
/** Thrown for a refused roster file: the server's message and every line's error. */
export class RosterFileRefused extends Error {
  constructor(
    message: string,
    readonly errors: RosterLineError[],
  ) {
    super(message);
  }
}

/** POST /api/roster (admin): the whole file stored, or refused whole with each line's error. */
export async function uploadRoster(file: File, replace: boolean): Promise<RosterImportResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  body.append('replace', String(replace));
  const res = await fetch('/api/roster', { method: 'POST', body, headers: authHeaders() });
  const json = (await res.json().catch(() => null)) as
    (RosterImportResult & { message?: string | string[]; errors?: RosterLineError[] }) | null;
  if (!res.ok) {
    const msg = Array.isArray(json?.message) ? json.message.join('; ') : json?.message;
    throw new RosterFileRefused(msg ?? `HTTP ${res.status}`, json?.errors ?? []);
  }
  return json!;
}

// All SQL of submissions. Every read a bureau can reach takes its body as `scope` and filters on it in the query,
// so another body's draft is never loaded, whatever a resolver forgets.
import { Injectable } from '@nestjs/common';
import type { AdminLevel, Finding, ParsedCell, ReportKind, SubmissionState } from '@dh/domain';
import { empty, exec, first, rows, sql, type Queryable } from '../../database/sql';

export interface SubmissionRow {
  id: number;
  agency_id: number;
  agency_name: string;
  kind: ReportKind;
  level: AdminLevel | null;
  year: number;
  state: SubmissionState;
  template: string | null;
  file_name: string | null;
  form: { values: Record<string, string>; sections: Record<string, string> } | null;
  cells: Pick<ParsedCell, 'key' | 'value' | 'raw' | 'kind'>[];
  findings: Finding[];
  explanations: Record<string, string>;
  published_url: string | null;
  revision_id: string | null;
  updated_at: Date;
}

export interface EventRow {
  id: string;
  at: Date;
  actor: string;
  action: string;
  from_state: string | null;
  to_state: string;
  comments: { target: string; text: string }[];
}

export interface DraftWrite {
  agencyId: number;
  year: number;
  state: SubmissionState;
  template: string | null;
  fileName: string;
  content: Uint8Array;
  form: SubmissionRow['form'];
  cells: SubmissionRow['cells'];
  findings: Finding[];
}

const SUBMISSION = sql`SELECT s.id, s.agency_id, a.name AS agency_name, a.kind, coalesce(a.level, rg.level) AS level, s.year, s.state, s.template,
  s.file_name, s.form, s.cells, s.findings, s.explanations, s.published_url, s.revision_id::text, s.updated_at
  FROM submission s JOIN agency a ON a.id = s.agency_id LEFT JOIN region rg ON rg.id = a.region_id`;

/** `scope` null: the office (every body); a number: a bureau, which sees only its own body's rows. */
const inScope = (scope: number | null) => (scope === null ? empty : sql`AND s.agency_id = ${scope}`);

@Injectable()
export class SubmissionRepository {
  byId(db: Queryable, id: number, scope: number | null): Promise<SubmissionRow | null> {
    return first<SubmissionRow>(db, sql`${SUBMISSION} WHERE s.id = ${id} ${inScope(scope)}`);
  }

  byAgencyYear(db: Queryable, agencyId: number, year: number): Promise<SubmissionRow | null> {
    return first<SubmissionRow>(db, sql`${SUBMISSION} WHERE s.agency_id = ${agencyId} AND s.year = ${year}`);
  }

  /** Locks the row for a state change, so two reviewers cannot both act on one submission. */
  lock(db: Queryable, id: number, scope: number | null): Promise<SubmissionRow | null> {
    return first<SubmissionRow>(db, sql`${SUBMISSION} WHERE s.id = ${id} ${inScope(scope)} FOR UPDATE OF s`);
  }

  content(db: Queryable, id: number, scope: number | null): Promise<{ file_name: string; content: Buffer } | null> {
    return first(db, sql`SELECT s.file_name, s.content FROM submission s WHERE s.id = ${id} ${inScope(scope)}`);
  }

  async saveDraft(db: Queryable, w: DraftWrite): Promise<number> {
    const r = await first<{ id: number }>(
      db,
      sql`INSERT INTO submission (agency_id, year, state, template, file_name, content, form, cells, findings)
      VALUES (${w.agencyId}, ${w.year}, ${w.state}, ${w.template}, ${w.fileName}, ${Buffer.from(w.content)}, ${w.form === null ? null : JSON.stringify(w.form)},
        ${JSON.stringify(w.cells)}, ${JSON.stringify(w.findings)})
      ON CONFLICT (agency_id, year) DO UPDATE SET state = excluded.state, template = excluded.template, file_name = excluded.file_name,
        content = excluded.content, form = excluded.form, cells = excluded.cells, findings = excluded.findings, updated_at = now()
      RETURNING id`,
    );
    return r!.id;
  }

  async setExplanations(db: Queryable, id: number, explanations: Record<string, string>): Promise<void> {
    await exec(
      db,
      sql`UPDATE submission SET explanations = ${JSON.stringify(explanations)}, updated_at = now() WHERE id = ${id}`,
    );
  }

  async setState(
    db: Queryable,
    id: number,
    state: SubmissionState,
    extra: { revisionId?: string; publishedUrl?: string } = {},
  ): Promise<void> {
    await exec(
      db,
      sql`UPDATE submission SET state = ${state}, updated_at = now(),
      revision_id = coalesce(${extra.revisionId ?? null}::bigint, revision_id), published_url = coalesce(${extra.publishedUrl ?? null}, published_url)
      WHERE id = ${id}`,
    );
  }

  async addEvent(
    db: Queryable,
    e: {
      submissionId: number;
      actor: string;
      action: string;
      from: string | null;
      to: string;
      comments?: EventRow['comments'];
      cells?: SubmissionRow['cells'];
    },
  ): Promise<void> {
    await exec(
      db,
      sql`INSERT INTO submission_event (submission_id, actor, action, from_state, to_state, comments, cells)
      VALUES (${e.submissionId}, ${e.actor}, ${e.action}, ${e.from}, ${e.to}, ${JSON.stringify(e.comments ?? [])},
        ${e.cells ? JSON.stringify(e.cells) : null})`,
    );
  }

  /** Published at `url` when the body's submission of that year is in one of `from`; the step logged in the same statement. */
  async publishIf(
    db: Queryable,
    agencyId: number,
    year: number,
    from: SubmissionState[],
    url: string,
    actor: string,
  ): Promise<boolean> {
    const r = await rows(
      db,
      sql`WITH u AS (
        UPDATE submission s SET state = 'published', published_url = ${url}, updated_at = now()
        FROM (SELECT id, state FROM submission WHERE agency_id = ${agencyId} AND year = ${year} AND state = ANY(${from}) FOR UPDATE) old
        WHERE s.id = old.id RETURNING s.id, old.state)
      INSERT INTO submission_event (submission_id, actor, action, from_state, to_state)
      SELECT id, ${actor}, 'publish', state, 'published' FROM u RETURNING submission_id`,
    );
    return r.length > 0;
  }

  events(db: Queryable, id: number): Promise<EventRow[]> {
    return rows<EventRow>(
      db,
      sql`SELECT id::text, at, actor, action, from_state, to_state, comments FROM submission_event
      WHERE submission_id = ${id} ORDER BY id`,
    );
  }

  /** The cells as submitted the time before the latest submit: what a resubmission changed. */
  async previousSubmitted(db: Queryable, id: number): Promise<SubmissionRow['cells'] | null> {
    const r = await first<{ cells: SubmissionRow['cells'] }>(
      db,
      sql`SELECT cells FROM submission_event
      WHERE submission_id = ${id} AND action = 'submit' ORDER BY id DESC OFFSET 1 LIMIT 1`,
    );
    return r?.cells ?? null;
  }

  /** The body's report of a year as it counts now (its current revision's cells). */
  reportCells(db: Queryable, agencyId: number, year: number): Promise<{ key: string; value: number | null }[]> {
    return rows(
      db,
      sql`SELECT c.key, c.value::float8 AS value FROM report r
      JOIN report_cell c ON c.agency_id = r.agency_id AND c.revision_id = r.current_revision_id
      WHERE r.agency_id = ${agencyId} AND r.year = ${year} ORDER BY c.key`,
    );
  }

  /** The office's queue: submissions of a year, optionally of some states. */
  queue(db: Queryable, year: number, states: SubmissionState[] | null): Promise<SubmissionRow[]> {
    return rows<SubmissionRow>(
      db,
      sql`${SUBMISSION} WHERE s.year = ${year} ${states ? sql`AND s.state = ANY(${states})` : empty}
      ORDER BY array_position(ARRAY['submitted','returned','draft','accepted','published'], s.state), s.updated_at`,
    );
  }

  agency(
    db: Queryable,
    agencyId: number,
  ): Promise<{ id: number; name: string; kind: ReportKind; level: AdminLevel | null } | null> {
    return first(
      db,
      sql`SELECT a.id, a.name, a.kind, coalesce(a.level, rg.level) AS level FROM agency a LEFT JOIN region rg ON rg.id = a.region_id
      WHERE a.id = ${agencyId}`,
    );
  }
}

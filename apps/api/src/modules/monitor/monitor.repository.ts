// All SQL of the publication monitor: the bodies to watch, the last check per body and year, the event log.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { empty, exec, first, raw, rows, sql } from '../../database/sql';
import { inRegionTree } from '../region/region-tree.sql';

export interface WatchRow {
  agency_id: number;
  name: string;
  source_urls: string[];
  kind: string;
  level: string | null;
}
export type CellChange = { key: string; before: number | null; after: number | null };
export interface CheckRow {
  agency_id: number;
  agency_name: string;
  year: number;
  status: 'posted' | 'gone' | 'not_found' | 'failed';
  list_url: string | null;
  page_url: string | null;
  title: string | null;
  posted_on: string | null;
  first_seen_at: string | null;
  last_checked_at: string;
  content_hash: string | null;
  in_column: boolean;
  moved_from: string | null;
  edited_at: string | null;
  changed_keys: CellChange[] | null;
  revision_id: string | null;
  note: string | null;
  /** The body's deadline for the year; a report not found before it is no fault. */
  due_on: string | null;
  /** The revision the posted copy was compared with (accepted submission, else upload), its source and the cells that differ. */
  compared_revision_id: string | null;
  compared_source: string | null;
  differs_keys: CellChange[] | null;
}
export type CheckWrite = Omit<CheckRow, 'agency_name' | 'last_checked_at' | 'first_seen_at' | 'edited_at'> & {
  edited: boolean;
};

const ts = (col: string) => raw(`to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);

@Injectable()
export class MonitorRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Roster bodies with at least one 年报栏目 URL, expected in `year`. */
  watched(year: number, agencyIds: number[] | null): Promise<WatchRow[]> {
    return rows(
      this.ds,
      sql`SELECT a.id AS agency_id, a.name, a.source_urls, a.kind, nullif(coalesce(a.level, rg.level), '') AS level
      FROM agency a LEFT JOIN region rg ON rg.id = a.region_id
      WHERE a.on_roster AND a.status = 'resolved' AND cardinality(a.source_urls) > 0
        AND (a.first_year IS NULL OR a.first_year <= ${year}) AND (a.last_year IS NULL OR a.last_year >= ${year})
        ${agencyIds ? sql`AND a.id = ANY(${agencyIds}::int[])` : empty}
      ORDER BY a.id`,
    );
  }

  previous(agencyId: number, year: number): Promise<CheckRow | null> {
    return first(
      this.ds,
      sql`SELECT *, to_char(posted_on, 'YYYY-MM-DD') AS posted_on, to_char(due_on, 'YYYY-MM-DD') AS due_on,
        revision_id::text AS revision_id, compared_revision_id::text AS compared_revision_id FROM publication_check
      WHERE agency_id = ${agencyId} AND year = ${year}`,
    );
  }

  async save(c: CheckWrite): Promise<void> {
    await exec(
      this.ds,
      sql`INSERT INTO publication_check AS p (agency_id, year, status, list_url, page_url, title, posted_on, first_seen_at,
        content_hash, in_column, moved_from, edited_at, changed_keys, revision_id, note, due_on, compared_revision_id, compared_source, differs_keys)
      VALUES (${c.agency_id}, ${c.year}, ${c.status}, ${c.list_url}, ${c.page_url}, ${c.title}, ${c.posted_on}::date,
        CASE WHEN ${c.status} = 'posted' THEN now() END, ${c.content_hash}, ${c.in_column}, ${c.moved_from},
        CASE WHEN ${c.edited} THEN now() END, ${c.changed_keys ? JSON.stringify(c.changed_keys) : null}::jsonb, ${c.revision_id}::bigint, ${c.note},
        ${c.due_on}::date, ${c.compared_revision_id}::bigint, ${c.compared_source}, ${c.differs_keys ? JSON.stringify(c.differs_keys) : null}::jsonb)
      ON CONFLICT (agency_id, year) DO UPDATE SET status = EXCLUDED.status, list_url = coalesce(EXCLUDED.list_url, p.list_url),
        page_url = coalesce(EXCLUDED.page_url, p.page_url), title = coalesce(EXCLUDED.title, p.title), posted_on = coalesce(p.posted_on, EXCLUDED.posted_on),
        first_seen_at = coalesce(p.first_seen_at, EXCLUDED.first_seen_at), last_checked_at = now(),
        content_hash = coalesce(EXCLUDED.content_hash, p.content_hash), in_column = EXCLUDED.in_column, moved_from = coalesce(EXCLUDED.moved_from, p.moved_from),
        edited_at = coalesce(EXCLUDED.edited_at, p.edited_at), changed_keys = coalesce(EXCLUDED.changed_keys, p.changed_keys),
        revision_id = coalesce(EXCLUDED.revision_id, p.revision_id), note = EXCLUDED.note, due_on = EXCLUDED.due_on,
        compared_revision_id = CASE WHEN EXCLUDED.status = 'posted' THEN EXCLUDED.compared_revision_id ELSE p.compared_revision_id END,
        compared_source = CASE WHEN EXCLUDED.status = 'posted' THEN EXCLUDED.compared_source ELSE p.compared_source END,
        differs_keys = CASE WHEN EXCLUDED.status = 'posted' THEN EXCLUDED.differs_keys ELSE p.differs_keys END`,
    );
  }

  async event(agencyId: number, year: number, kind: string, url: string | null, detail: object = {}): Promise<void> {
    await exec(
      this.ds,
      sql`INSERT INTO monitor_event (agency_id, year, kind, url, detail) VALUES (${agencyId}, ${year}, ${kind}, ${url}, ${JSON.stringify(detail)}::jsonb)`,
    );
  }

  /** Cells whose value differs between two revisions of one report: what an edit after posting changed. */
  changedCells(fromRevision: string, toRevision: string): Promise<CellChange[]> {
    return rows(
      this.ds,
      sql`SELECT coalesce(a.key, b.key) AS key, a.value::float8 AS before, b.value::float8 AS after
      FROM (SELECT key, value FROM report_cell WHERE revision_id = ${fromRevision}::bigint) a
      FULL JOIN (SELECT key, value FROM report_cell WHERE revision_id = ${toRevision}::bigint) b ON a.key = b.key
      WHERE a.value IS DISTINCT FROM b.value ORDER BY 1`,
    );
  }

  /**
   * What the posted copy is held against: the newest accepted submission of the body's report for the year, else the
   * newest admin upload (what the office received), when it is another revision than the posted one.
   */
  submitted(revisionId: string): Promise<{ id: string; source_kind: string } | null> {
    return first(
      this.ds,
      sql`SELECT o.id::text, o.source_kind FROM report_revision v JOIN report_revision o ON o.report_id = v.report_id AND o.id <> v.id
      WHERE v.id = ${revisionId}::bigint AND o.source_kind IN ('submission', 'upload')
      ORDER BY (o.source_kind = 'submission') DESC, o.id DESC LIMIT 1`,
    );
  }

  list(year: number, regionId: number | undefined): Promise<CheckRow[]> {
    return rows(
      this.ds,
      sql`SELECT p.agency_id, a.name AS agency_name, p.year, p.status, p.list_url, p.page_url, p.title,
        to_char(p.posted_on, 'YYYY-MM-DD') AS posted_on, ${ts('p.first_seen_at')} AS first_seen_at, ${ts('p.last_checked_at')} AS last_checked_at,
        p.content_hash, p.in_column, p.moved_from, ${ts('p.edited_at')} AS edited_at, p.changed_keys, p.revision_id::text AS revision_id, p.note,
        to_char(p.due_on, 'YYYY-MM-DD') AS due_on, p.compared_revision_id::text AS compared_revision_id, p.compared_source, p.differs_keys
      FROM publication_check p JOIN agency a ON a.id = p.agency_id
      WHERE p.year = ${year} ${inRegionTree('a.region_id', regionId)}
      ORDER BY a.name`,
    );
  }
}

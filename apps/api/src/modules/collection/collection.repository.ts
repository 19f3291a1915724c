import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AdminLevel, ReportKind } from '@dh/domain';
import { DataSource } from 'typeorm';
import { rows, sql } from '../../database/sql';
import { inRegionTree } from '../region/region-tree.sql';

export interface BodyRow {
  agency_id: number;
  agency_name: string;
  agency_status: string;
  kind: ReportKind;
  level: AdminLevel | null;
  on_roster: boolean;
  first_year: number | null;
  last_year: number | null;
  report_id: string | null;
  published_on: string | null;
  error_findings: number;
  pub_status: string | null;
  pub_posted_on: string | null;
  pub_page_url: string | null;
  pub_edited: boolean;
  sub_id: number | null;
  sub_state: string | null;
  pub_in_column: boolean | null;
  pub_differs: number | null;
}

@Injectable()
export class CollectionRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * The region's roster bodies (sub-regions included) and every body with a report of `year`, each with that report's
   * publication date and open errors. Bodies neither on the roster nor reporting are not listed: nobody expects them.
   */
  bodies(year: number, regionId: number | undefined): Promise<BodyRow[]> {
    const inRegion = inRegionTree('a.region_id', regionId);
    return rows<BodyRow>(
      this.ds,
      sql`
      SELECT a.id AS agency_id, a.name AS agency_name, a.status AS agency_status, a.kind, coalesce(a.level, rg.level) AS level, a.on_roster,
             a.first_year, a.last_year, r.id::text AS report_id, to_char(v.published_on, 'YYYY-MM-DD') AS published_on,
             (SELECT count(*)::int FROM finding fi WHERE fi.agency_id = r.agency_id AND fi.revision_id = r.current_revision_id
                AND fi.severity = 'error' AND fi.status <> 'dismissed' AND fi.resolved_by_correction_id IS NULL) AS error_findings,
             pc.status AS pub_status, to_char(pc.posted_on, 'YYYY-MM-DD') AS pub_posted_on, pc.page_url AS pub_page_url, pc.edited_at IS NOT NULL AS pub_edited,
             sb.id AS sub_id, sb.state AS sub_state,
             CASE WHEN pc.status = 'posted' THEN pc.in_column END AS pub_in_column,
             CASE WHEN pc.compared_revision_id IS NOT NULL THEN jsonb_array_length(coalesce(pc.differs_keys, '[]'))::int END AS pub_differs
      FROM agency a LEFT JOIN region rg ON rg.id = a.region_id
      LEFT JOIN publication_check pc ON pc.agency_id = a.id AND pc.year = ${year}
      LEFT JOIN report r ON r.agency_id = a.id AND r.year = ${year}
      LEFT JOIN submission sb ON sb.agency_id = a.id AND sb.year = ${year}
      LEFT JOIN report_revision v ON v.id = r.current_revision_id
      WHERE a.status <> 'merged' AND (a.on_roster OR r.id IS NOT NULL) ${inRegion}
      ORDER BY a.name, a.id`,
    );
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AdminLevel, ReportKind } from '@dh/domain';
import type { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import { first, raw, rows, sql } from '../../database/sql';
import { agencyFilter } from '../agency/agency-filter.sql';
import { ARTEFACT_CODES, SUBSTANTIVE_CODES } from '../scoring-profile/indicators';
import type { PreviousFacts, ReportFacts } from './ranking.math';

export type FactsRow = Omit<ReportFacts, 'dueOn' | 'faults'> & {
  kind: ReportKind;
  level: AdminLevel | null;
  /** Cell keys of each substantive finding (null: none). */
  faultKeys: (string[] | null)[] | null;
};
export interface UnpublishedRow {
  agencyId: number;
  agencyName: string;
  kind: ReportKind;
  type: string;
  level: AdminLevel | null;
  year: number;
}

// Column aliases are the row's property names (quoted): each row is typed by its query and used as the driver made it.

const LEVEL = raw(`coalesce(a.level, (SELECT level FROM region WHERE id = a.region_id))`);

@Injectable()
export class RankingRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * Facts of every report of the given years for the filtered bodies, in one round trip. The counts and sums were
   * stored on the revision at ingest (revision_facts(), migration 1768000000000; revision_sum(), 1766000000000); the
   * findings are read live, because reviewers dismiss findings after ingest: one probe per report yields the v1
   * count, the artefacts to look at and the cell keys of the substantive ones (grouped into root causes in code).
   * Reports still waiting to be claimed (placeholder bodies) are not ranked: a rank for "未识别机关（file.txt）" tells
   * an office nothing.
   */
  facts(years: number[], f: AgencyFilterInput | undefined): Promise<FactsRow[]> {
    return rows<FactsRow>(
      this.ds,
      sql`
      SELECT a.id AS "agencyId", a.name AS "agencyName", a.kind, a.type, ${LEVEL} AS level, r.year, true AS published,
         to_char(v.published_on, 'YYYY-MM-DD') AS "publishedOn",
         v.template, v.section_count AS sections, v.table_count AS tables, v.cells_read AS "cellsRead", v.fee_statement AS "feeStatement",
         coalesce(fz.findings, 0) AS findings, coalesce(fz.look, 0) AS "needsLook", fz.fault_keys AS "faultKeys",
         v.proactive, v.apps_handled AS "appsHandled", v.apps_disclosed AS "appsDisclosed", v.apps_new AS "appsNew",
         v.apps_carried_in AS "appsCarriedIn", v.apps_carried_out AS "appsCarriedOut", v.apps_other AS "appsOther",
         v.review_total AS "reviewTotal", v.review_corrected AS "reviewCorrected", v.review_pending AS "reviewPending",
         v.text_minhash AS minhash, v.corrected_keys AS "correctedKeys"
       FROM agency a JOIN report r ON r.agency_id = a.id AND r.year = ANY(${years}::int[])
       JOIN report_revision v ON v.id = r.current_revision_id
       LEFT JOIN LATERAL (
         SELECT count(*) FILTER (WHERE fi.severity IN ('error','warning'))::int AS findings, count(*) FILTER (WHERE fi.code = ANY(${ARTEFACT_CODES}::text[]))::int AS look,
           json_agg(fi.keys) FILTER (WHERE fi.code = ANY(${SUBSTANTIVE_CODES}::text[])) AS fault_keys
         FROM finding fi WHERE fi.agency_id = r.agency_id AND fi.revision_id = r.current_revision_id AND fi.status <> 'dismissed'
           AND fi.resolved_by_correction_id IS NULL) fz ON true
       WHERE ${agencyFilter(f)} AND a.status = 'resolved'`,
    );
  }

  /** What scoring the next year needs of each filtered body's report of `year`: 上年结转 continuity and its text's MinHash. */
  previousFacts(year: number, f: AgencyFilterInput | undefined): Promise<PreviousFacts[]> {
    return rows<PreviousFacts>(
      this.ds,
      sql`
      SELECT a.id AS "agencyId", r.year, v.apps_carried_out AS "appsCarriedOut", v.text_minhash AS minhash
      FROM agency a JOIN report r ON r.agency_id = a.id AND r.year = ${year} JOIN report_revision v ON v.id = r.current_revision_id
      WHERE ${agencyFilter(f)} AND a.status = 'resolved'`,
    );
  }

  /** Roster bodies expected to report in each of `years` (within their first/last years) that have no report for it. */
  unpublished(years: number[], f: AgencyFilterInput | undefined): Promise<UnpublishedRow[]> {
    return rows<UnpublishedRow>(
      this.ds,
      sql`
      SELECT a.id AS "agencyId", a.name AS "agencyName", a.kind, a.type, ${LEVEL} AS level, y.year FROM agency a
      JOIN unnest(${years}::int[]) y(year) ON coalesce(a.first_year, y.year) <= y.year AND coalesce(a.last_year, y.year) >= y.year
      WHERE ${agencyFilter(f)} AND a.status = 'resolved' AND a.on_roster
        AND NOT EXISTS (SELECT 1 FROM report r WHERE r.agency_id = a.id AND r.year = y.year)
      ORDER BY y.year, a.id`,
    );
  }

  /** 第一/第五部分 of a body's current report for a year (null: no such report). */
  ownText(agencyId: number, year: number): Promise<{ agencyName: string; text: string } | null> {
    return first<{ agencyName: string; text: string }>(
      this.ds,
      sql`
      SELECT a.name AS "agencyName", coalesce((SELECT string_agg(s.text, E'\\n' ORDER BY s.no) FROM report_section s
         WHERE s.agency_id = r.agency_id AND s.revision_id = r.current_revision_id AND s.no IN (1, 5)), '') AS text
       FROM report r JOIN agency a ON a.id = r.agency_id WHERE r.agency_id = ${agencyId} AND r.year = ${year}`,
    );
  }
}

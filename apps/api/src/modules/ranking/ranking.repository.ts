import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import { agencyWhere } from '../agency/agency-filter.sql';
import type { AdminLevel, ReportKind } from '@dh/domain';
import { ARTEFACT_CODES, SUBSTANTIVE_CODES } from '../scoring-profile/indicators';
import type { ReportFacts } from './ranking.math';

export type FactsRow = Omit<ReportFacts, 'dueOn' | 'faults'> & { kind: ReportKind; level: AdminLevel | null; faultKeys: (string[] | null)[] };

const LEVEL = `coalesce(a.level, (SELECT level FROM region WHERE id = a.region_id))`;

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
  async facts(years: number[], f: AgencyFilterInput | undefined): Promise<FactsRow[]> {
    const params: unknown[] = [years, SUBSTANTIVE_CODES, ARTEFACT_CODES];
    const where = agencyWhere(f, params);
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT a.id AS agency_id, a.name AS agency_name, a.kind, a.type, ${LEVEL} AS level, r.year, to_char(v.published_on, 'YYYY-MM-DD') AS published_on,
         v.template, v.section_count AS sections, v.table_count AS tables, v.cells_read, v.fee_statement,
         coalesce(fz.findings, 0) AS findings, coalesce(fz.look, 0) AS look, fz.fault_keys,
         v.proactive, v.apps_handled, v.apps_disclosed, v.apps_new, v.apps_carried_in, v.apps_carried_out, v.apps_other,
         v.review_total, v.review_corrected, v.review_pending, v.text_minhash, v.corrected_keys
       FROM agency a JOIN report r ON r.agency_id = a.id AND r.year = ANY($1::int[])
       JOIN report_revision v ON v.id = r.current_revision_id
       LEFT JOIN LATERAL (
         SELECT count(*) FILTER (WHERE fi.severity IN ('error','warning'))::int AS findings, count(*) FILTER (WHERE fi.code = ANY($3::text[]))::int AS look,
           json_agg(fi.keys) FILTER (WHERE fi.code = ANY($2::text[])) AS fault_keys
         FROM finding fi WHERE fi.agency_id = r.agency_id AND fi.revision_id = r.current_revision_id AND fi.status <> 'dismissed'
           AND fi.resolved_by_correction_id IS NULL) fz ON true
       WHERE ${where} AND a.status = 'resolved'`, params);
    return rows.map((r) => ({
      agencyId: r.agency_id as number, agencyName: r.agency_name as string, kind: r.kind as ReportKind, type: r.type as string,
      level: r.level as AdminLevel | null, year: r.year as number, published: true, publishedOn: r.published_on as string | null,
      template: r.template as string, sections: r.sections as number, tables: r.tables as number, cellsRead: r.cells_read as number,
      feeStatement: r.fee_statement as boolean, findings: r.findings as number, needsLook: r.look as number,
      faultKeys: (r.fault_keys as (string[] | null)[] | null) ?? [], proactive: r.proactive as number | null,
      appsHandled: r.apps_handled as number | null, appsDisclosed: r.apps_disclosed as number | null, appsNew: r.apps_new as number | null,
      appsCarriedIn: r.apps_carried_in as number | null, appsCarriedOut: r.apps_carried_out as number | null, appsOther: r.apps_other as number | null,
      reviewTotal: r.review_total as number | null, reviewCorrected: r.review_corrected as number | null, reviewPending: r.review_pending as number | null,
      minhash: r.text_minhash as number[] | null, correctedKeys: r.corrected_keys as string[] | null,
    }));
  }

  /** Roster bodies expected to report in `year` (within their first/last years) that have no report for it. */
  async unpublished(year: number, f: AgencyFilterInput | undefined): Promise<{ agencyId: number; agencyName: string; kind: ReportKind; type: string; level: AdminLevel | null }[]> {
    const params: unknown[] = [year];
    const where = agencyWhere(f, params);
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT a.id, a.name, a.kind, a.type, ${LEVEL} AS level FROM agency a
       WHERE ${where} AND a.status = 'resolved' AND a.on_roster AND coalesce(a.first_year, $1) <= $1 AND coalesce(a.last_year, $1) >= $1
         AND NOT EXISTS (SELECT 1 FROM report r WHERE r.agency_id = a.id AND r.year = $1)`, params);
    return rows.map((r) => ({ agencyId: r.id as number, agencyName: r.name as string, kind: r.kind as ReportKind, type: r.type as string, level: r.level as AdminLevel | null }));
  }

  /** 第一/第五部分 of a body's current report for a year (null: no such report). */
  async ownText(agencyId: number, year: number): Promise<{ agencyName: string; text: string } | null> {
    const rows: { agency_name: string; text: string }[] = await this.ds.query(
      `SELECT a.name AS agency_name, coalesce((SELECT string_agg(s.text, E'\\n' ORDER BY s.no) FROM report_section s
         WHERE s.agency_id = r.agency_id AND s.revision_id = r.current_revision_id AND s.no IN (1, 5)), '') AS text
       FROM report r JOIN agency a ON a.id = r.agency_id WHERE r.agency_id = $1 AND r.year = $2`, [agencyId, year]);
    return rows[0] ? { agencyName: rows[0].agency_name, text: rows[0].text } : null;
  }
}

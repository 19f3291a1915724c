import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import { agencyWhere } from '../agency/agency-filter.sql';
import type { AdminLevel, ReportKind } from '@dh/domain';
import type { ReportFacts } from './ranking.math';

export type FactsRow = Omit<ReportFacts, 'dueOn'> & { kind: ReportKind; level: AdminLevel | null };

@Injectable()
export class RankingRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * Facts of every report of the given years for the filtered bodies, in one round trip. The counts and sums were
   * stored on the revision at ingest (revision_facts(), migration 1764190000000); only the findings count is read
   * live, because reviewers dismiss findings after ingest. Reports still waiting to be claimed (placeholder bodies)
   * are not ranked: a rank for "未识别机关（file.txt）" tells an office nothing.
   */
  async facts(years: number[], f: AgencyFilterInput | undefined): Promise<FactsRow[]> {
    const params: unknown[] = [years];
    const where = agencyWhere(f, params);
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT a.id AS agency_id, a.name AS agency_name, a.kind, coalesce(a.level, (SELECT level FROM region WHERE id = a.region_id)) AS level, r.year, to_char(v.published_on, 'YYYY-MM-DD') AS published_on,
         v.section_count AS sections, v.table_count AS tables,
         (SELECT count(*)::int FROM finding fi WHERE fi.agency_id = r.agency_id AND fi.revision_id = r.current_revision_id
             AND fi.severity IN ('error','warning') AND fi.status <> 'dismissed') AS findings,
         v.proactive, v.apps_handled, v.apps_disclosed, v.review_total, v.review_corrected
       FROM agency a JOIN report r ON r.agency_id = a.id AND r.year = ANY($1::int[])
       JOIN report_revision v ON v.id = r.current_revision_id
       WHERE ${where} AND a.status = 'resolved'`, params);
    return rows.map((r) => ({
      agencyId: r.agency_id as number, agencyName: r.agency_name as string, kind: r.kind as ReportKind, level: r.level as AdminLevel | null, year: r.year as number, publishedOn: r.published_on as string | null,
      sections: r.sections as number, tables: r.tables as number, findings: r.findings as number, proactive: r.proactive as number | null,
      appsHandled: r.apps_handled as number | null, appsDisclosed: r.apps_disclosed as number | null,
      reviewTotal: r.review_total as number | null, reviewCorrected: r.review_corrected as number | null,
    }));
  }
}

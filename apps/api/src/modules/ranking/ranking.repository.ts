import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import { agencyWhere } from '../agency/agency-filter.sql';
import type { ReportFacts } from './ranking.math';

const T4 = ['reconsideration', 'litigation_direct', 'litigation_after'];
const KEYS = ['t2.licensing.decisions', 't2.penalty.decisions', 't2.coercion.decisions', 't3.result_total.total', 't3.disclosed.total',
  't3.partial.total', ...T4.flatMap((g) => [`t4.${g}.corrected`, `t4.${g}.total`])];

// Sums that stay null when none of their cells holds a number ("not reported" differs from 0).
const sumOf = (keys: string[]): string => `sum(value) FILTER (WHERE key IN (${keys.map((k) => `'${k}'`).join(',')}))`;

@Injectable()
export class RankingRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Facts of every report of the given years for the filtered bodies, in one round trip. */
  async facts(years: number[], f: AgencyFilterInput | undefined): Promise<ReportFacts[]> {
    const params: unknown[] = [years, KEYS];
    const where = agencyWhere(f, params);
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT a.id AS agency_id, a.name AS agency_name, r.year, to_char(v.published_on, 'YYYY-MM-DD') AS published_on,
         (SELECT count(*)::int FROM report_section s WHERE s.agency_id = r.agency_id AND s.revision_id = r.current_revision_id) AS sections,
         ((SELECT count(*) FROM (SELECT 1 FROM report_cell c WHERE c.agency_id = r.agency_id AND c.revision_id = r.current_revision_id
             AND c.key >= 't2.' AND c.key < 't2/' LIMIT 1) x)
          + (SELECT count(*) FROM (SELECT 1 FROM report_cell c WHERE c.agency_id = r.agency_id AND c.revision_id = r.current_revision_id
             AND c.key >= 't3.' AND c.key < 't3/' LIMIT 1) x)
          + (SELECT count(*) FROM (SELECT 1 FROM report_cell c WHERE c.agency_id = r.agency_id AND c.revision_id = r.current_revision_id
             AND c.key >= 't4.' AND c.key < 't4/' LIMIT 1) x))::int AS tables,
         (SELECT count(*)::int FROM finding fi WHERE fi.agency_id = r.agency_id AND fi.revision_id = r.current_revision_id
             AND fi.severity IN ('error','warning') AND fi.status <> 'dismissed') AS findings,
         k.*
       FROM agency a JOIN report r ON r.agency_id = a.id AND r.year = ANY($1::int[])
       JOIN report_revision v ON v.id = r.current_revision_id
       CROSS JOIN LATERAL (
         SELECT ${sumOf(KEYS.slice(0, 3))}::float8 AS proactive, ${sumOf(['t3.result_total.total'])}::float8 AS apps_handled,
                ${sumOf(['t3.disclosed.total', 't3.partial.total'])}::float8 AS apps_disclosed,
                ${sumOf(T4.map((g) => `t4.${g}.total`))}::float8 AS review_total,
                ${sumOf(T4.map((g) => `t4.${g}.corrected`))}::float8 AS review_corrected
         FROM report_cell c WHERE c.agency_id = r.agency_id AND c.revision_id = r.current_revision_id AND c.key = ANY($2::text[])) k
       WHERE ${where}`, params);
    return rows.map((r) => ({
      agencyId: r.agency_id as number, agencyName: r.agency_name as string, year: r.year as number, publishedOn: r.published_on as string | null,
      sections: r.sections as number, tables: r.tables as number, findings: r.findings as number, proactive: r.proactive as number | null,
      appsHandled: r.apps_handled as number | null, appsDisclosed: r.apps_disclosed as number | null,
      reviewTotal: r.review_total as number | null, reviewCorrected: r.review_corrected as number | null,
    }));
  }
}

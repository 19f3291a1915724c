import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { agencyWhere } from '../agency/agency-filter.sql';

export interface BodyRow {
  agency_id: number; agency_name: string; agency_status: string; report_id: string | null; published_on: string | null; error_findings: number;
}

@Injectable()
export class CollectionRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Every known body of the region (sub-regions included) with its report of `year`, if any, and that report's open errors. */
  bodies(year: number, regionId: number | undefined): Promise<BodyRow[]> {
    const params: unknown[] = [year];
    const where = agencyWhere(regionId === undefined ? undefined : { regionId }, params);
    return this.ds.query(
      `SELECT a.id AS agency_id, a.name AS agency_name, a.status AS agency_status, r.id::text AS report_id,
              to_char(v.published_on, 'YYYY-MM-DD') AS published_on,
              (SELECT count(*)::int FROM finding fi WHERE fi.agency_id = r.agency_id AND fi.revision_id = r.current_revision_id
                 AND fi.severity = 'error' AND fi.status <> 'dismissed') AS error_findings
       FROM agency a LEFT JOIN report r ON r.agency_id = a.id AND r.year = $1
       LEFT JOIN report_revision v ON v.id = r.current_revision_id
       WHERE ${where} ORDER BY a.name, a.id`, params);
  }
}

// Read queries about agencies for the API (ingest-side SQL lives in agency.repository.ts).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import { agencyWhere } from './agency-filter.sql';
import type { AgencyModel } from './agency.model';

@Injectable()
export class AgencyQueryRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Directory query: one round trip, aliases aggregated in. */
  search(f: AgencyFilterInput | undefined, limit: number, offset: number): Promise<AgencyModel[]> {
    const params: unknown[] = [];
    const where = agencyWhere(f, params);
    params.push(limit, offset);
    return this.ds.query(
      `SELECT a.id, a.name, a.type, a.level, a.status, a.region_id AS "regionId", a.merged_into_id AS "mergedIntoId", a.synthetic,
         coalesce((SELECT array_agg(x.alias ORDER BY x.alias) FROM agency_alias x WHERE x.agency_id = a.id), '{}') AS aliases
       FROM agency a WHERE ${where} ORDER BY a.name, a.id LIMIT $${params.length - 1} OFFSET $${params.length}`, params);
  }

  /** Which of these ids name a body (merged ones included: they still answer, pointing at their successor). */
  async existing(ids: number[]): Promise<Set<number>> {
    const rows: { id: number }[] = await this.ds.query('SELECT id FROM agency WHERE id = ANY($1::int[])', [ids]);
    return new Set(rows.map((r) => r.id));
  }
}

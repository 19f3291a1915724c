// Read queries about agencies for the API (ingest-side SQL lives in agency.repository.ts).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import { rows, sql } from '../../database/sql';
import { agencyFilter } from './agency-filter.sql';
import type { AgencyFactsModel, AgencyModel } from './agency.model';

@Injectable()
export class AgencyQueryRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Directory query: one round trip, aliases aggregated in. */
  search(f: AgencyFilterInput | undefined, limit: number, offset: number): Promise<AgencyModel[]> {
    return rows<AgencyModel>(
      this.ds,
      sql`
      SELECT a.id, a.name, a.type, a.level, a.status, a.region_id AS "regionId", a.merged_into_id AS "mergedIntoId", a.synthetic,
         coalesce((SELECT array_agg(x.alias ORDER BY x.alias) FROM agency_alias x WHERE x.agency_id = a.id), '{}') AS aliases
       FROM agency a WHERE ${agencyFilter(f)} ORDER BY a.name, a.id LIMIT ${limit} OFFSET ${offset}`,
    );
  }

  /** The body types present and whether any body is synthetic, over every body the directory lists. */
  async facts(): Promise<AgencyFactsModel> {
    const [r] = await rows<AgencyFactsModel>(
      this.ds,
      sql`SELECT coalesce(array_agg(DISTINCT a.type COLLATE "C" ORDER BY a.type COLLATE "C"), '{}') AS types, coalesce(bool_or(a.synthetic), false) AS synthetic
       FROM agency a WHERE ${agencyFilter(undefined)}`,
    );
    return r;
  }

  /** Which of these ids name a body (merged ones included: they still answer, pointing at their successor). */
  async existing(ids: number[]): Promise<Set<number>> {
    const found = await rows<{ id: number }>(this.ds, sql`SELECT id FROM agency WHERE id = ANY(${ids}::int[])`);
    return new Set(found.map((r) => r.id));
  }
}

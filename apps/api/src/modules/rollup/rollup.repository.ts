// 逐级汇总: each compiled government report of a region beside the sum of the bodies it contains (roster parent links).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rows, sql } from '../../database/sql';
import { inRegionTree } from '../region/region-tree.sql';

export interface RollupRow {
  agency_id: number;
  agency_name: string;
  level: string | null;
  key: string;
  reported: number | null;
  computed: number | null;
  child_values: number;
  children: number;
  children_reporting: number;
  report_id: string | null;
}

@Injectable()
export class RollupRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** `childKinds`: the kinds a compiled report sums (its bodies' own reports and lower governments' compiled ones). */
  rows(year: number, keys: string[], childKinds: string[], regionId: number | undefined): Promise<RollupRow[]> {
    const inRegion = inRegionTree('a.region_id', regionId);
    return rows<RollupRow>(
      this.ds,
      sql`
      WITH gov AS (SELECT a.id, a.name, coalesce(a.level, rg.level) AS level FROM agency a LEFT JOIN region rg ON rg.id = a.region_id
                   WHERE a.kind = 'government_compiled' AND a.status = 'resolved' AND a.on_roster ${inRegion}),
      kids AS (SELECT k.parent_id AS gov_id, k.id FROM agency k JOIN gov ON gov.id = k.parent_id
               WHERE k.status = 'resolved' AND k.kind = ANY(${childKinds}::text[])
                 AND (k.first_year IS NULL OR k.first_year <= ${year}) AND (k.last_year IS NULL OR k.last_year >= ${year})),
      kid_reports AS (SELECT kids.gov_id, r.agency_id, r.current_revision_id FROM kids JOIN report r ON r.agency_id = kids.id AND r.year = ${year}),
      sums AS (SELECT kr.gov_id, c.key, sum(c.value)::float8 AS total, count(*)::int AS n FROM kid_reports kr
               JOIN report_cell c ON c.agency_id = kr.agency_id AND c.revision_id = kr.current_revision_id AND c.key = ANY(${keys}::text[])
               WHERE c.value IS NOT NULL GROUP BY kr.gov_id, c.key),
      own AS (SELECT gov.id AS gov_id, r.id::text AS report_id, c.key, c.value::float8 AS value FROM gov
              JOIN report r ON r.agency_id = gov.id AND r.year = ${year}
              LEFT JOIN report_cell c ON c.agency_id = r.agency_id AND c.revision_id = r.current_revision_id AND c.key = ANY(${keys}::text[]))
      SELECT gov.id AS agency_id, gov.name AS agency_name, gov.level, k.key, own.value AS reported, sums.total AS computed,
             coalesce(sums.n, 0) AS child_values,
             (SELECT count(*)::int FROM kids WHERE kids.gov_id = gov.id) AS children,
             (SELECT count(*)::int FROM kid_reports kr WHERE kr.gov_id = gov.id) AS children_reporting,
             (SELECT report_id FROM own o WHERE o.gov_id = gov.id LIMIT 1) AS report_id
      FROM gov CROSS JOIN unnest(${keys}::text[]) AS k(key)
      LEFT JOIN own ON own.gov_id = gov.id AND own.key = k.key
      LEFT JOIN sums ON sums.gov_id = gov.id AND sums.key = k.key
      ORDER BY array_position(ARRAY['province','city','county','township'], gov.level), gov.name, k.key`,
    );
  }
}

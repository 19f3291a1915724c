// The one SQL condition "in this region or below it", for the repositories written with the typed sql tag.
import { empty, raw, sql, type Sql } from '../../database/sql';

/**
 * `AND <column> = ANY(ids of the region and its sub-regions)`, or nothing when no region is given (null or
 * undefined: GraphQL hands an explicit null over as null). An array subplan, not IN: see agency-filter.sql.ts.
 */
export function inRegionTree(column: string, regionId: number | null | undefined): Sql {
  if (regionId === null || regionId === undefined) return empty;
  return sql`AND ${raw(column)} = ANY(ARRAY(WITH RECURSIVE sub AS (SELECT id FROM region WHERE id = ${regionId}
    UNION ALL SELECT r.id FROM region r JOIN sub ON r.parent_id = sub.id) SELECT id FROM sub))`;
}

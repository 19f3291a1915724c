// The one SQL translation of AgencyFilter, shared by every repository that filters bodies.
import type { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import { join, raw, sql, type Sql } from '../../database/sql';

/** A boolean SQL expression over agency alias `a` with its values bound where they appear. */
export function agencyFilter(f: AgencyFilterInput | undefined | null, alias = 'a'): Sql {
  const a = raw(alias);
  const parts = [sql`${a}.status <> 'merged'`];
  if (f?.ids?.length) parts.push(sql`${a}.id = ANY(${f.ids}::int[])`);
  if (f?.type) parts.push(sql`${a}.type = ${f.type}`);
  if (f?.kinds?.length) parts.push(sql`${a}.kind = ANY(${f.kinds}::text[])`);
  if (f?.synthetic === false) parts.push(sql`NOT ${a}.synthetic`);
  if (f?.regionId !== undefined && f?.regionId !== null) {
    // = ANY(ARRAY(…)) rather than IN (…): the planner guesses ~1000 rows for a recursive CTE and then hash-joins whole
    // tables; an array subplan is estimated as a few ids and keeps the index nested loops (bench:api, 10k agencies).
    parts.push(sql`${a}.region_id = ANY(ARRAY(WITH RECURSIVE sub AS (SELECT id FROM region WHERE id = ${f.regionId}
      UNION ALL SELECT r.id FROM region r JOIN sub ON r.parent_id = sub.id) SELECT id FROM sub))`);
  }
  if (f?.level)
    parts.push(sql`coalesce(${a}.level, (SELECT level FROM region WHERE id = ${a}.region_id)) = ${f.level}`);
  if (f?.search) {
    const s = `%${f.search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    parts.push(
      sql`(${a}.name ILIKE ${s} OR EXISTS (SELECT 1 FROM agency_alias x WHERE x.agency_id = ${a}.id AND x.alias ILIKE ${s}))`,
    );
  }
  return join(parts, ' AND ');
}

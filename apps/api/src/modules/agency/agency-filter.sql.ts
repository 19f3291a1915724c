// The one SQL translation of AgencyFilter, shared by every repository that filters bodies.
import type { AgencyFilterInput } from '../../common/graphql/agency-filter.input';

/** Appends parameters to `params` and returns a boolean SQL expression over agency alias `a` (and region alias `rg` if joined). */
export function agencyWhere(f: AgencyFilterInput | undefined | null, params: unknown[], a = 'a'): string {
  const parts = [`${a}.status <> 'merged'`];
  const p = (v: unknown): string => { params.push(v); return `$${params.length}`; };
  if (!f) return parts.join(' AND ');
  if (f.ids?.length) parts.push(`${a}.id = ANY(${p(f.ids)}::int[])`);
  if (f.type) parts.push(`${a}.type = ${p(f.type)}`);
  if (f.kinds?.length) parts.push(`${a}.kind = ANY(${p(f.kinds)}::text[])`);
  if (f.synthetic === false) parts.push(`NOT ${a}.synthetic`);
  if (f.regionId !== undefined && f.regionId !== null) {
    // = ANY(ARRAY(…)) rather than IN (…): the planner guesses ~1000 rows for a recursive CTE and then hash-joins whole
    // tables; an array subplan is estimated as a few ids and keeps the index nested loops (bench:api, 10k agencies).
    parts.push(`${a}.region_id = ANY(ARRAY(WITH RECURSIVE sub AS (SELECT id FROM region WHERE id = ${p(f.regionId)}
      UNION ALL SELECT r.id FROM region r JOIN sub ON r.parent_id = sub.id) SELECT id FROM sub))`);
  }
  if (f.level) {
    parts.push(`coalesce(${a}.level, (SELECT level FROM region WHERE id = ${a}.region_id)) = ${p(f.level)}`);
  }
  if (f.search) {
    const s = p(`%${f.search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    parts.push(`(${a}.name ILIKE ${s} OR EXISTS (SELECT 1 FROM agency_alias x WHERE x.agency_id = ${a}.id AND x.alias ILIKE ${s}))`);
  }
  return parts.join(' AND ');
}

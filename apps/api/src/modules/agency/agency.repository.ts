// All SQL about agencies (bodies) and their aliases. Writes take an EntityManager so the caller decides the transaction.
import { Injectable } from '@nestjs/common';
import { suggestKind } from '@dh/domain';
import type { EntityManager } from 'typeorm';

export interface AgencyRow { id: number; name: string; type: string; status: string; region_id: number | null; level: string | null }

const COLS = 'a.id, a.name, a.type, a.status, a.region_id, a.level';

@Injectable()
export class AgencyRepository {
  async byId(em: EntityManager, id: number): Promise<AgencyRow | null> {
    const rows: AgencyRow[] = await em.query(`SELECT ${COLS} FROM agency a WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Exact name (not merged away) first, then an alias; `via` says which. */
  /**
   * The body a name or alias names. With `regions` (the regions a given path names, RegionRepository.findPath), only a
   * body on that line counts (in one of them, below, or above: a body filed under its province before its city was
   * known), or of no known region: two cities' 东阳区发展和改革局 are two bodies.
   */
  async findByName(em: EntityManager, name: string, regions: number[] | null = null): Promise<(AgencyRow & { via: 'exact' | 'alias' }) | null> {
    const rows: (AgencyRow & { via: 'exact' | 'alias' })[] = await em.query(
      `SELECT * FROM (
         SELECT ${COLS}, 'exact' AS via, 0 AS rank FROM agency a WHERE a.name = $1 AND a.status = 'resolved'
         UNION ALL
         SELECT ${COLS}, 'alias', 1 FROM agency_alias x JOIN agency a ON a.id = x.agency_id WHERE x.alias = $1 AND a.status = 'resolved'
       ) t WHERE $2::int[] IS NULL OR t.region_id IS NULL OR t.region_id = ANY(ARRAY(
           WITH RECURSIVE sub AS (SELECT id FROM region WHERE id = ANY($2::int[]) UNION ALL SELECT r.id FROM region r JOIN sub ON r.parent_id = sub.id),
             up AS (SELECT id, parent_id FROM region WHERE id = ANY($2::int[]) UNION ALL SELECT r.id, r.parent_id FROM region r JOIN up ON r.id = up.parent_id)
           SELECT id FROM sub UNION SELECT id FROM up))
       ORDER BY ($2::int[] IS NOT NULL AND t.region_id IS NULL), rank, id LIMIT 1`, [name, regions]);
    return rows[0] ?? null;
  }

  /** Resolved bodies of the same type, in the region when known: what an admin would pick from. */
  async similar(em: EntityManager, type: string, regionId: number | null, limit = 10): Promise<string[]> {
    const rows: { name: string }[] = await em.query(
      `SELECT name FROM agency WHERE status = 'resolved' AND type = $1 AND ($2::int IS NULL OR region_id = $2)
       ORDER BY name LIMIT $3`, [type, regionId, limit]);
    return rows.map((r) => r.name);
  }

  async create(em: EntityManager, a: {
    name: string; type: string; status: 'resolved' | 'unresolved'; synthetic: boolean; regionId?: number | null; level?: string | null;
  }): Promise<AgencyRow> {
    const rows: AgencyRow[] = await em.query(
      // The kind is a suggestion from the name until the office puts the body on the roster.
      `INSERT INTO agency AS a (name, type, status, synthetic, region_id, level, kind) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (coalesce(region_id, 0), name) DO UPDATE SET name = EXCLUDED.name
       RETURNING ${COLS}`, [a.name, a.type, a.status, a.synthetic, a.regionId ?? null, a.level ?? null, suggestKind(a.name)]);
    return rows[0];
  }

  async addAlias(em: EntityManager, agencyId: number, alias: string): Promise<void> {
    await em.query(`INSERT INTO agency_alias (alias, agency_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [alias, agencyId]);
  }

  /** The merged body's aliases and name become the target's aliases; it stays as a 'merged' pointer. */
  async markMerged(em: EntityManager, fromId: number, intoId: number): Promise<void> {
    await em.query(
      `INSERT INTO agency_alias (alias, agency_id)
       SELECT alias, $2::int FROM agency_alias WHERE agency_id = $1
       UNION SELECT name, $2::int FROM agency WHERE id = $1 AND status = 'resolved'
       ON CONFLICT DO NOTHING`, [fromId, intoId]);
    await em.query(`DELETE FROM agency_alias WHERE agency_id = $1`, [fromId]);
    await em.query(`UPDATE agency SET status = 'merged', merged_into_id = $2 WHERE id = $1`, [fromId, intoId]);
    // Bodies merged into the source earlier now point at the final target.
    await em.query(`UPDATE agency SET merged_into_id = $2 WHERE merged_into_id = $1`, [fromId, intoId]);
  }

  async log(em: EntityManager, actor: string, action: string, detail: object): Promise<void> {
    await em.query(`INSERT INTO admin_log (actor, action, detail) VALUES ($1, $2, $3)`, [actor, action, JSON.stringify(detail)]);
  }
}

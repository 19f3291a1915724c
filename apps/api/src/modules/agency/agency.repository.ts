// All SQL about agencies (bodies) and their aliases. Writes take an EntityManager so the caller decides the transaction.
import { Injectable } from '@nestjs/common';
import { suggestKind } from '@dh/domain';
import type { EntityManager } from 'typeorm';
import { exec, first, rows, sql } from '../../database/sql';

export interface AgencyRow {
  id: number;
  name: string;
  type: string;
  status: string;
  region_id: number | null;
  level: string | null;
}

const COLS = sql`a.id, a.name, a.type, a.status, a.region_id, a.level`;
type Found = AgencyRow & { via: 'exact' | 'alias' };

@Injectable()
export class AgencyRepository {
  byId(em: EntityManager, id: number): Promise<AgencyRow | null> {
    return first<AgencyRow>(em, sql`SELECT ${COLS} FROM agency a WHERE id = ${id}`);
  }

  /** Exact name (not merged away) first, then an alias; `via` says which. */
  /**
   * The body a name or alias names. With `regions` (the regions a given path names, RegionRepository.findPath), only a
   * body on that line counts (in one of them, below, or above: a body filed under its province before its city was
   * known), or of no known region: two cities' 东阳区发展和改革局 are two bodies.
   */
  findByName(em: EntityManager, name: string, regions: number[] | null = null): Promise<Found | null> {
    return first<Found>(
      em,
      sql`
       SELECT * FROM (
         SELECT ${COLS}, 'exact' AS via, 0 AS rank FROM agency a WHERE a.name = ${name} AND a.status = 'resolved'
         UNION ALL
         SELECT ${COLS}, 'alias', 1 FROM agency_alias x JOIN agency a ON a.id = x.agency_id WHERE x.alias = ${name} AND a.status = 'resolved'
       ) t WHERE ${regions}::int[] IS NULL OR t.region_id IS NULL OR t.region_id = ANY(ARRAY(
           WITH RECURSIVE sub AS (SELECT id FROM region WHERE id = ANY(${regions}::int[]) UNION ALL SELECT r.id FROM region r JOIN sub ON r.parent_id = sub.id),
             up AS (SELECT id, parent_id FROM region WHERE id = ANY(${regions}::int[]) UNION ALL SELECT r.id, r.parent_id FROM region r JOIN up ON r.id = up.parent_id)
           SELECT id FROM sub UNION SELECT id FROM up))
       ORDER BY (${regions}::int[] IS NOT NULL AND t.region_id IS NULL), rank, id LIMIT 1`,
    );
  }

  /** Resolved bodies of the same type, in the region when known: what an admin would pick from. */
  async similar(em: EntityManager, type: string, regionId: number | null, limit = 10): Promise<string[]> {
    const found = await rows<{ name: string }>(
      em,
      sql`SELECT name FROM agency WHERE status = 'resolved' AND type = ${type}
       AND (${regionId}::int IS NULL OR region_id = ${regionId}) ORDER BY name LIMIT ${limit}`,
    );
    return found.map((r) => r.name);
  }

  async create(
    em: EntityManager,
    a: {
      name: string;
      type: string;
      status: 'resolved' | 'unresolved';
      synthetic: boolean;
      regionId?: number | null;
      level?: string | null;
    },
  ): Promise<AgencyRow> {
    // The kind is a suggestion from the name until the office puts the body on the roster.
    const [row] = await rows<AgencyRow>(
      em,
      sql`INSERT INTO agency AS a (name, type, status, synthetic, region_id, level, kind)
       VALUES (${a.name}, ${a.type}, ${a.status}, ${a.synthetic}, ${a.regionId ?? null}, ${a.level ?? null}, ${suggestKind(a.name)})
       ON CONFLICT (coalesce(region_id, 0), name) DO UPDATE SET name = EXCLUDED.name
       RETURNING ${COLS}`,
    );
    return row;
  }

  async addAlias(em: EntityManager, agencyId: number, alias: string): Promise<void> {
    await exec(
      em,
      sql`INSERT INTO agency_alias (alias, agency_id) VALUES (${alias}, ${agencyId}) ON CONFLICT DO NOTHING`,
    );
  }

  /** The merged body's aliases and name become the target's aliases; it stays as a 'merged' pointer. */
  async markMerged(em: EntityManager, fromId: number, intoId: number): Promise<void> {
    await exec(
      em,
      sql`INSERT INTO agency_alias (alias, agency_id)
       SELECT alias, ${intoId}::int FROM agency_alias WHERE agency_id = ${fromId}
       UNION SELECT name, ${intoId}::int FROM agency WHERE id = ${fromId} AND status = 'resolved'
       ON CONFLICT DO NOTHING`,
    );
    await exec(em, sql`DELETE FROM agency_alias WHERE agency_id = ${fromId}`);
    await exec(em, sql`UPDATE agency SET status = 'merged', merged_into_id = ${intoId} WHERE id = ${fromId}`);
    // Bodies merged into the source earlier now point at the final target.
    await exec(em, sql`UPDATE agency SET merged_into_id = ${intoId} WHERE merged_into_id = ${fromId}`);
  }

  async log(em: EntityManager, actor: string, action: string, detail: object): Promise<void> {
    await exec(
      em,
      sql`INSERT INTO admin_log (actor, action, detail) VALUES (${actor}, ${action}, ${JSON.stringify(detail)})`,
    );
  }
}

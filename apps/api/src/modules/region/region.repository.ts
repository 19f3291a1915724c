// All SQL about regions: the hierarchy province → city → county/district → township.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { rows, sql } from '../../database/sql';
import { regionLevelOf } from '../agency/agency-names';

const POSITION_LEVEL = ['province', 'city', 'county', 'township'] as const;

@Injectable()
export class RegionRepository {
  /**
   * The stored regions a path names, without creating any: those named like its last element whose ancestors end with
   * the rest of it (`鞍山市` alone finds 辽宁省/鞍山市; `合成市/东阳区` finds that 东阳区, not another city's).
   */
  async findPath(em: EntityManager, path: string[]): Promise<number[]> {
    if (!path.length) return [];
    const found = await rows<{ id: number; names: string[] }>(
      em,
      sql`
      WITH RECURSIVE up AS (
        SELECT r.id AS leaf, r.parent_id, ARRAY[r.name] AS names FROM region r WHERE r.name = ${path[path.length - 1]}
        UNION ALL SELECT up.leaf, p.parent_id, p.name || up.names FROM up JOIN region p ON p.id = up.parent_id)
      SELECT leaf AS id, names FROM up WHERE parent_id IS NULL`,
    );
    return found
      .filter(
        (r) => r.names.length >= path.length && path.every((n, i) => r.names[r.names.length - path.length + i] === n),
      )
      .map((r) => r.id);
  }

  /** Finds or creates each region of the path under the one before it; returns the innermost id. */
  async ensurePath(em: EntityManager, path: string[], synthetic = false): Promise<number | null> {
    let parent: number | null = null;
    for (let i = 0; i < path.length; i++) {
      const name = path[i];
      // Levels come from the suffix; a bare name takes its position in a full path (or city when alone).
      const level = regionLevelOf(name) ?? (path.length > 1 ? POSITION_LEVEL[Math.min(i, 3)] : 'city');
      // Read first: an upsert would lock an existing region row until commit and queue every ingest in that region.
      let ids: { id: number }[] = await rows<{ id: number }>(
        em,
        sql`
        WITH found AS (SELECT id FROM region WHERE coalesce(parent_id, 0) = coalesce(${parent}::int, 0) AND name = ${name}),
         ins AS (INSERT INTO region (name, level, parent_id, synthetic) SELECT ${name}, ${level}, ${parent}::int, ${synthetic}
                 WHERE NOT EXISTS (SELECT 1 FROM found)
                 ON CONFLICT (coalesce(parent_id, 0), name) DO NOTHING RETURNING id)
         SELECT id FROM found UNION ALL SELECT id FROM ins`,
      );
      // A concurrent ingest inserted it after our snapshot: it is committed now, so a fresh read sees it.
      if (ids.length === 0) {
        ids = await rows<{ id: number }>(
          em,
          sql`SELECT id FROM region WHERE coalesce(parent_id, 0) = coalesce(${parent}::int, 0) AND name = ${name}`,
        );
      }
      parent = ids[0].id;
    }
    return parent;
  }
}

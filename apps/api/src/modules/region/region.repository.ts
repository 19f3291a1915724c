// All SQL about regions: the hierarchy province → city → county/district → township.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { regionLevelOf } from '../agency/agency-names';

const POSITION_LEVEL = ['province', 'city', 'county', 'township'] as const;

@Injectable()
export class RegionRepository {
  /** Finds or creates each region of the path under the one before it; returns the innermost id. */
  async ensurePath(em: EntityManager, path: string[], synthetic = false): Promise<number | null> {
    let parent: number | null = null;
    for (let i = 0; i < path.length; i++) {
      const name = path[i];
      // Levels come from the suffix; a bare name takes its position in a full path (or city when alone).
      const level = regionLevelOf(name) ?? (path.length > 1 ? POSITION_LEVEL[Math.min(i, 3)] : 'city');
      const rows: { id: number }[] = await em.query(
        `INSERT INTO region (name, level, parent_id, synthetic) VALUES ($1, $2, $3, $4)
         ON CONFLICT (coalesce(parent_id, 0), name) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [name, level, parent, synthetic]);
      parent = rows[0].id;
    }
    return parent;
  }
}

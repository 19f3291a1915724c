import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { first, raw, sql } from '../../database/sql';

export interface ProfileRow {
  id: number; name: string; version: number; description: string | null; weights: Record<string, number>;
  is_default: boolean; created_at: string; created_by: string | null;
}
const SELECT = `SELECT id, name, version, description, weights, is_default, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at, created_by FROM scoring_profile`;

@Injectable()
export class ScoringProfileRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  list(): Promise<ProfileRow[]> {
    return this.ds.query(`${SELECT} ORDER BY name, version DESC`);
  }

  async byId(id: number | undefined): Promise<ProfileRow | null> {
    const rows: ProfileRow[] = id === undefined
      ? await this.ds.query(`${SELECT} WHERE is_default LIMIT 1`)
      : await this.ds.query(`${SELECT} WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The version of `name` saved before `version` (what a rank-change explanation compares the profile with). */
  previousVersion(name: string, version: number): Promise<ProfileRow | null> {
    return first<ProfileRow>(this.ds, sql`${raw(SELECT)} WHERE name = ${name} AND version < ${version} ORDER BY version DESC LIMIT 1`);
  }

  /** New version of `name`; the default flag moves in the same transaction so exactly one profile is default. */
  save(p: { name: string; description: string | null; weights: Record<string, number>; makeDefault: boolean; by: string | null }): Promise<number> {
    return this.ds.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('scoring_profile'))`);
      if (p.makeDefault) await em.query(`UPDATE scoring_profile SET is_default = false WHERE is_default`);
      const rows: { id: number }[] = await em.query(
        `INSERT INTO scoring_profile (name, version, description, weights, is_default, created_by)
         SELECT $1, coalesce(max(version), 0) + 1, $2, $3::jsonb, $4, $5 FROM scoring_profile WHERE name = $1 RETURNING id`,
        [p.name, p.description, JSON.stringify(p.weights), p.makeDefault, p.by]);
      return rows[0].id;
    });
  }

  async setDefault(id: number): Promise<boolean> {
    return this.ds.transaction(async (em) => {
      const found: unknown[] = await em.query(`SELECT 1 FROM scoring_profile WHERE id = $1`, [id]);
      if (!found.length) return false;
      await em.query(`UPDATE scoring_profile SET is_default = (id = $1) WHERE is_default OR id = $1`, [id]);
      return true;
    });
  }
}

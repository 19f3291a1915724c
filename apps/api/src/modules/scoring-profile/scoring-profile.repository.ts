import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { exec, first, rows, sql } from '../../database/sql';

export interface ProfileRow {
  id: number;
  name: string;
  version: number;
  description: string | null;
  weights: Record<string, number>;
  is_default: boolean;
  created_at: string;
  created_by: string | null;
}
const SELECT = sql`SELECT id, name, version, description, weights, is_default, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at, created_by FROM scoring_profile`;

@Injectable()
export class ScoringProfileRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  list(): Promise<ProfileRow[]> {
    return rows<ProfileRow>(this.ds, sql`${SELECT} ORDER BY name, version DESC`);
  }

  byId(id: number | undefined): Promise<ProfileRow | null> {
    return first<ProfileRow>(
      this.ds,
      id === undefined ? sql`${SELECT} WHERE is_default LIMIT 1` : sql`${SELECT} WHERE id = ${id}`,
    );
  }

  /**
   * A profile (the default one without `id`) and the version of its name saved before it (what a rank-change
   * explanation compares the profile with), in one round trip. Newest first: [profile] or [profile, earlier]; [] when none.
   */
  withPrevious(id: number | undefined): Promise<ProfileRow[]> {
    const which = id === undefined ? sql`is_default` : sql`id = ${id}`;
    return rows<ProfileRow>(
      this.ds,
      sql`${SELECT} WHERE id IN ((SELECT id FROM scoring_profile WHERE ${which} LIMIT 1),
        (SELECT e.id FROM scoring_profile e JOIN (SELECT name, version FROM scoring_profile WHERE ${which} LIMIT 1) p
          ON e.name = p.name AND e.version < p.version ORDER BY e.version DESC LIMIT 1))
      ORDER BY version DESC`,
    );
  }

  /** New version of `name`; the default flag moves in the same transaction so exactly one profile is default. */
  save(p: {
    name: string;
    description: string | null;
    weights: Record<string, number>;
    makeDefault: boolean;
    by: string | null;
  }): Promise<number> {
    return this.ds.transaction(async (em) => {
      await exec(em, sql`SELECT pg_advisory_xact_lock(hashtext('scoring_profile'))`);
      if (p.makeDefault) await exec(em, sql`UPDATE scoring_profile SET is_default = false WHERE is_default`);
      const [row] = await rows<{ id: number }>(
        em,
        sql`INSERT INTO scoring_profile (name, version, description, weights, is_default, created_by)
         SELECT ${p.name}::text, coalesce(max(version), 0) + 1, ${p.description}::text, ${JSON.stringify(p.weights)}::jsonb, ${p.makeDefault}::boolean, ${p.by}::text
         FROM scoring_profile WHERE name = ${p.name} RETURNING id`,
      );
      return row.id;
    });
  }

  async setDefault(id: number): Promise<boolean> {
    return this.ds.transaction(async (em) => {
      if (!(await first(em, sql`SELECT 1 FROM scoring_profile WHERE id = ${id}`))) return false;
      await exec(em, sql`UPDATE scoring_profile SET is_default = (id = ${id}) WHERE is_default OR id = ${id}`);
      return true;
    });
  }
}

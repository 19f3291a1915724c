import type { MigrationInterface, QueryRunner } from 'typeorm';

// Analytics API: versioned scoring profiles (with the default one), reviews of computed findings, hashed API tokens.
export class Analytics1764170000000 implements MigrationInterface {
  name = 'Analytics1764170000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scoring_profile (
        id serial PRIMARY KEY,
        name text NOT NULL,
        version int NOT NULL,
        description text,
        weights jsonb NOT NULL,
        is_default boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text,
        UNIQUE (name, version)
      );
      CREATE UNIQUE INDEX scoring_profile_one_default ON scoring_profile (is_default) WHERE is_default;
      INSERT INTO scoring_profile (name, version, description, weights, is_default, created_by) VALUES
        ('默认方案', 1, '按时发布20 · 内容完整20 · 问题数20 · 主动公开量10 · 依申请答复15 · 复议诉讼纠错15 (default profile)',
         '{"on_time":20,"complete":20,"findings":20,"proactive_volume":10,"application_outcomes":15,"review_corrected":15}', true, 'system');

      -- Computed findings (continuity, hierarchy) have no row of their own; their review lives here by key.
      CREATE TABLE finding_review (
        finding_key text PRIMARY KEY,
        status text NOT NULL CHECK (status IN ('open','confirmed','dismissed')),
        note text,
        reviewed_by text NOT NULL,
        reviewed_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE api_token (
        id serial PRIMARY KEY,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('viewer','analyst','admin')),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_token; DROP TABLE finding_review; DROP TABLE scoring_profile;`);
  }
}

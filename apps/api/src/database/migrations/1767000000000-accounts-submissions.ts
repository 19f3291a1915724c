import type { MigrationInterface, QueryRunner } from 'typeorm';

// Collection as the notices prescribe: accounts (office reviewers, admins, bureau accounts bound to one roster body)
// with server-side sessions, and the bureaus' submissions with every state change logged.
export class AccountsSubmissions1767000000000 implements MigrationInterface {
  name = 'AccountsSubmissions1767000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id serial PRIMARY KEY,
        username text NOT NULL UNIQUE,
        password_hash text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('bureau','reviewer','admin')),
        agency_id int REFERENCES agency(id),
        failed_logins int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        disabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'bureau') = (agency_id IS NOT NULL))
      );
      CREATE TABLE app_session (
        token_hash text PRIMARY KEY,
        user_id int NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX app_session_user ON app_session (user_id);
      CREATE TABLE submission (
        id serial PRIMARY KEY,
        agency_id int NOT NULL REFERENCES agency(id),
        year int NOT NULL,
        state text NOT NULL CHECK (state IN ('draft','submitted','returned','accepted','published')),
        template text,
        file_name text,
        content bytea,
        form jsonb,
        cells jsonb NOT NULL DEFAULT '[]',
        findings jsonb NOT NULL DEFAULT '[]',
        explanations jsonb NOT NULL DEFAULT '{}',
        published_url text,
        revision_id bigint,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (agency_id, year)
      );
      CREATE TABLE submission_event (
        id bigserial PRIMARY KEY,
        submission_id int NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        action text NOT NULL,
        from_state text,
        to_state text NOT NULL,
        comments jsonb NOT NULL DEFAULT '[]',
        cells jsonb
      );
      CREATE INDEX submission_event_sub ON submission_event (submission_id, id);`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE submission_event; DROP TABLE submission; DROP TABLE app_session; DROP TABLE app_user;`);
  }
}

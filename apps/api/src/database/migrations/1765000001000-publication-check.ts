import type { MigrationInterface, QueryRunner } from 'typeorm';

// The publication check (向社会公布): per body and year, what the monitor last found on the body's 年报栏目 — posted
// or not, where and when, the content hash, edits after posting and removal — and an event log of every pass.
export class PublicationCheck1765000001000 implements MigrationInterface {
  name = 'PublicationCheck1765000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE publication_check (
        agency_id int NOT NULL REFERENCES agency(id),
        year int NOT NULL,
        status text NOT NULL CHECK (status IN ('posted','gone','not_found','failed')),
        list_url text,
        page_url text,
        title text,
        posted_on date,
        first_seen_at timestamptz,
        last_checked_at timestamptz NOT NULL DEFAULT now(),
        content_hash text,
        in_column boolean NOT NULL DEFAULT true,
        moved_from text,
        edited_at timestamptz,
        changed_keys jsonb,
        revision_id bigint,
        note text,
        PRIMARY KEY (agency_id, year)
      );
      CREATE TABLE monitor_event (
        id bigserial PRIMARY KEY,
        agency_id int NOT NULL,
        year int NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        kind text NOT NULL,
        url text,
        detail jsonb NOT NULL DEFAULT '{}'
      );
      CREATE INDEX monitor_event_agency ON monitor_event (agency_id, year, id);`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE monitor_event; DROP TABLE publication_check;');
  }
}

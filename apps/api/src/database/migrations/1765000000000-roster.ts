import { suggestKind } from '@dh/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

// The roster (名录) lives on the body itself: a body is on the roster when the office has listed it, with its kind,
// parent government and years; every other body keeps a kind suggested from its name and is "not on the roster".
// Deadline overrides are per year, kind and level; without one the notices' dates apply (libs/domain roster.ts).
export class Roster1765000000000 implements MigrationInterface {
  name = 'Roster1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE agency
        ADD COLUMN kind text NOT NULL DEFAULT 'department'
          CHECK (kind IN ('government_compiled','government_office','department','township','vertical','other')),
        ADD COLUMN on_roster boolean NOT NULL DEFAULT false,
        ADD COLUMN parent_id int REFERENCES agency(id),
        ADD COLUMN first_year int,
        ADD COLUMN last_year int,
        ADD COLUMN successor_id int REFERENCES agency(id),
        ADD COLUMN source_urls text[] NOT NULL DEFAULT '{}',
        ADD COLUMN roster_note text;
      CREATE INDEX agency_kind ON agency (kind);
      CREATE INDEX agency_parent ON agency (parent_id) WHERE parent_id IS NOT NULL;

      CREATE TABLE report_deadline (
        year int NOT NULL,
        kind text NOT NULL,
        level text NOT NULL DEFAULT '',
        due_on date NOT NULL,
        set_by text NOT NULL,
        set_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (year, kind, level)
      );
      -- Admin actions grow with every module; the action name is checked in code, not by a list here.
      ALTER TABLE admin_log DROP CONSTRAINT IF EXISTS admin_log_action_check;
      ALTER TABLE admin_log ADD CONSTRAINT admin_log_action_nonempty CHECK (action <> '');`);
    const rows: { id: number; name: string }[] = await q.query('SELECT id, name FROM agency');
    if (rows.length) {
      await q.query(
        `UPDATE agency a SET kind = u.kind FROM unnest($1::int[], $2::text[]) AS u(id, kind) WHERE a.id = u.id`,
        [rows.map((r) => r.id), rows.map((r) => suggestKind(r.name))],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE report_deadline;
      DROP INDEX agency_kind; DROP INDEX agency_parent;
      ALTER TABLE agency DROP COLUMN kind, DROP COLUMN on_roster, DROP COLUMN parent_id, DROP COLUMN first_year,
        DROP COLUMN last_year, DROP COLUMN successor_id, DROP COLUMN source_urls, DROP COLUMN roster_note;
      ALTER TABLE admin_log DROP CONSTRAINT admin_log_action_nonempty;`);
  }
}

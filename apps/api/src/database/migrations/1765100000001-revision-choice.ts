import type { MigrationInterface, QueryRunner } from 'typeorm';

// Which revision counts (issue 13): each revision keeps where its bytes came from and how much of the tables was read,
// so a worse copy arriving later does not become current by arrival order alone. Reasons become codes the dashboard
// words in the reader's language. Admins may set the current revision and claim reports (logged in admin_log, whose
// action list the roster migration left to the code), or keep a report apart.
export class RevisionChoice1765100000001 implements MigrationInterface {
  name = 'RevisionChoice1765100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE report_revision
        ADD COLUMN source_kind text CHECK (source_kind IN ('page','attachment','submission','upload','text_copy')),
        ADD COLUMN cells_read int, ADD COLUMN cells_unresolved int, ADD COLUMN error_count int;
      UPDATE report_revision v SET
        source_kind = CASE v.form WHEN 'text' THEN 'text_copy' WHEN 'html' THEN 'page' ELSE 'attachment' END,
        cells_read = (SELECT count(*) FROM report_cell c WHERE c.agency_id = v.agency_id AND c.revision_id = v.id AND c.kind IN ('number','zero')),
        cells_unresolved = (SELECT count(*) FROM report_cell c WHERE c.agency_id = v.agency_id AND c.revision_id = v.id AND c.kind = 'unresolved'),
        error_count = (SELECT count(*) FROM finding f WHERE f.agency_id = v.agency_id AND f.revision_id = v.id AND f.severity = 'error'),
        reason = CASE v.reason WHEN 'first ingest' THEN 'first_ingest' WHEN 'content changed' THEN 'content_changed' ELSE v.reason END;
      ALTER TABLE report_revision ALTER COLUMN source_kind SET NOT NULL, ALTER COLUMN cells_read SET NOT NULL,
        ALTER COLUMN cells_unresolved SET NOT NULL, ALTER COLUMN error_count SET NOT NULL;
      -- An admin decided a report is not that body's report of its year although it names it: kept apart, not asked again.
      ALTER TABLE report ADD COLUMN kept_apart_from int REFERENCES agency(id);`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE report DROP COLUMN kept_apart_from;
      UPDATE report_revision SET reason = CASE reason WHEN 'first_ingest' THEN 'first ingest' WHEN 'content_changed' THEN 'content changed' ELSE reason END;
      ALTER TABLE report_revision DROP COLUMN source_kind, DROP COLUMN cells_read, DROP COLUMN cells_unresolved, DROP COLUMN error_count;`);
  }
}

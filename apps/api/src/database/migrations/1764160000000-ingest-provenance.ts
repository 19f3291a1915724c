import type { MigrationInterface, QueryRunner } from 'typeorm';

// Ingest provenance and admin operations: how each revision's agency was resolved, what metadata was given,
// a global content-hash lookup (same bytes under another name are still the same report), and an audit log.
export class IngestProvenance1764160000000 implements MigrationInterface {
  name = 'IngestProvenance1764160000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE report_revision
        ADD COLUMN agency_match text NOT NULL DEFAULT 'exact'
          CHECK (agency_match IN ('exact','alias','given','created','unresolved','moved')),
        ADD COLUMN agency_name_from text,
        ADD COLUMN given jsonb;
      CREATE INDEX report_revision_hash ON report_revision (content_hash);
      CREATE INDEX report_revision_report ON report_revision (agency_id, report_id);

      CREATE INDEX agency_name ON agency (name);
      CREATE INDEX agency_alias_agency ON agency_alias (agency_id);
      CREATE INDEX report_year ON report (year, agency_id);
      CREATE INDEX region_parent ON region (parent_id);

      CREATE TABLE admin_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        action text NOT NULL CHECK (action IN ('add_alias','merge_agencies','move_report','set_finding_status')),
        detail jsonb NOT NULL
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE admin_log;
      DROP INDEX region_parent; DROP INDEX report_year; DROP INDEX agency_alias_agency; DROP INDEX agency_name;
      DROP INDEX report_revision_report; DROP INDEX report_revision_hash;
      ALTER TABLE report_revision DROP COLUMN given, DROP COLUMN agency_name_from, DROP COLUMN agency_match;
    `);
  }
}

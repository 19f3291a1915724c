import type { MigrationInterface, QueryRunner } from 'typeorm';

// As published vs as corrected. An admin's correction of one cell keeps the published value, the corrected value, who,
// when and why here; report_cell.value then holds the value analytics use (so series, compare, continuity, rollup and
// the ranking facts recomputed for the revision all follow without each learning about corrections), and a withdrawal
// writes the published value back from this row. report_cell.raw is never touched: the page's text stays as printed.
//
// report_revision.corrected_keys lists the keys under an active correction (null: none). It is the marker analytics
// read: they join the revision already, while a column on report_cell would cost compare its index-only reads of
// report_cell_key_year. Findings a correction closes point at it (resolved_by_correction_id); findings the corrected
// value raises point at it too (raised_by_correction_id) and go when it is withdrawn.
export class CellCorrection1767100000000 implements MigrationInterface {
  name = 'CellCorrection1767100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cell_correction (
        id bigserial PRIMARY KEY,
        agency_id int NOT NULL,
        revision_id bigint NOT NULL REFERENCES report_revision(id),
        key text NOT NULL,
        published_value numeric,
        published_kind text NOT NULL,
        corrected_value numeric NOT NULL,
        note text NOT NULL CHECK (note <> ''),
        corrected_by text NOT NULL,
        corrected_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_by text,
        withdrawn_at timestamptz,
        withdrawn_note text
      );
      CREATE UNIQUE INDEX cell_correction_active ON cell_correction (agency_id, revision_id, key) WHERE withdrawn_at IS NULL;
      CREATE INDEX cell_correction_revision ON cell_correction (agency_id, revision_id);
      ALTER TABLE report_revision ADD COLUMN corrected_keys text[];
      ALTER TABLE finding ADD COLUMN resolved_by_correction_id bigint REFERENCES cell_correction(id),
        ADD COLUMN raised_by_correction_id bigint REFERENCES cell_correction(id);`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Back to the published values before the corrections go.
    await q.query(`
      UPDATE report_cell c SET value = k.published_value, kind = k.published_kind FROM cell_correction k
        WHERE k.withdrawn_at IS NULL AND c.agency_id = k.agency_id AND c.revision_id = k.revision_id AND c.key = k.key;
      DELETE FROM finding WHERE raised_by_correction_id IS NOT NULL;
      ALTER TABLE finding DROP COLUMN resolved_by_correction_id, DROP COLUMN raised_by_correction_id;
      ALTER TABLE report_revision DROP COLUMN corrected_keys;
      DROP TABLE cell_correction;`);
  }
}

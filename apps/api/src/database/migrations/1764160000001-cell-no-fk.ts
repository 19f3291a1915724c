import type { MigrationInterface, QueryRunner } from 'typeorm';

// report_cell is the fact table (≈200 rows per report, 14M at 70k reports). Its revision foreign key cost one index
// probe per cell on every ingest, and on a Citus cluster a key without the distribution column cannot be enforced
// anyway. Cells are only ever written in the same statement as their revision (IngestRepository.insertRevision),
// so the pair cannot come apart; the smaller per-revision tables keep their keys.
export class CellNoFk1764160000001 implements MigrationInterface {
  name = 'CellNoFk1764160000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report_cell DROP CONSTRAINT IF EXISTS report_cell_revision_id_fkey`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE report_cell ADD CONSTRAINT report_cell_revision_id_fkey FOREIGN KEY (revision_id) REFERENCES report_revision(id)`,
    );
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

// What the publication check compares and when it counts as a fault: the body's deadline for the year (so a report
// not yet posted before its deadline is no finding), the revision the posted copy was compared with (the accepted
// submission, else an upload) and the cells that differ.
export class PublicationEvidence1767500000000 implements MigrationInterface {
  name = 'PublicationEvidence1767500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE publication_check
        ADD COLUMN due_on date,
        ADD COLUMN compared_revision_id bigint,
        ADD COLUMN compared_source text,
        ADD COLUMN differs_keys jsonb;`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE publication_check DROP COLUMN due_on, DROP COLUMN compared_revision_id, DROP COLUMN compared_source, DROP COLUMN differs_keys',
    );
  }
}

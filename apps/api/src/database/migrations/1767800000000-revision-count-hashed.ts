import type { MigrationInterface, QueryRunner } from 'typeorm';

// revision_count() (1766000000000) compared every key with every wanted key (k = ANY(wanted)): ~200 × ~200 text
// comparisons per revision, the largest part of the ingest statement's facts. INTERSECT hashes both lists instead;
// the count is the same (distinct keys that are wanted; a null key never counts, the key lists hold no null).
export class RevisionCountHashed1767800000000 implements MigrationInterface {
  name = 'RevisionCountHashed1767800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION revision_count(keys text[], wanted text[]) RETURNS smallint
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT count(*)::smallint FROM (SELECT k FROM unnest(keys) AS u(k) WHERE k IS NOT NULL INTERSECT SELECT unnest(wanted)) x $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION revision_count(keys text[], wanted text[]) RETURNS smallint
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT count(DISTINCT k)::smallint FROM unnest(keys) AS u(k) WHERE k = ANY(wanted) $$`);
  }
}

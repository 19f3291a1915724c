import type { MigrationInterface, QueryRunner } from 'typeorm';

// What the ranking reads of each report, kept on its revision: section and table counts and the few sums the
// indicators need. Revisions never change, so these are computed once, at ingest, instead of ~6 index lookups per
// report on every ranking (bench:api: a city's ranking read ~1,000 reports' cells each time). Findings counts stay
// live: a finding's status changes after ingest.
//
// revision_facts() is the one definition of the sums, used by the ingest statement (over its parameter arrays), by the
// backfill below and by the benchmark loader. Sums are null when no cell of theirs holds a number ("not reported"
// differs from 0); a table counts as present when any of its cells was read, empty or not.
export class RevisionFacts1764190000000 implements MigrationInterface {
  name = 'RevisionFacts1764190000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION revision_facts(keys text[], vals numeric[], OUT table_count smallint, OUT proactive float8,
        OUT apps_handled float8, OUT apps_disclosed float8, OUT review_total float8, OUT review_corrected float8)
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT count(DISTINCT left(k, 3)) FILTER (WHERE left(k, 3) IN ('t2.', 't3.', 't4.'))::smallint,
          sum(v) FILTER (WHERE k IN ('t2.licensing.decisions', 't2.penalty.decisions', 't2.coercion.decisions'))::float8,
          sum(v) FILTER (WHERE k = 't3.result_total.total')::float8,
          sum(v) FILTER (WHERE k IN ('t3.disclosed.total', 't3.partial.total'))::float8,
          sum(v) FILTER (WHERE k IN ('t4.reconsideration.total', 't4.litigation_direct.total', 't4.litigation_after.total'))::float8,
          sum(v) FILTER (WHERE k IN ('t4.reconsideration.corrected', 't4.litigation_direct.corrected', 't4.litigation_after.corrected'))::float8
        FROM unnest(keys, vals) AS u(k, v)
      $$;
      ALTER TABLE report_revision ADD COLUMN section_count smallint, ADD COLUMN table_count smallint, ADD COLUMN proactive float8,
        ADD COLUMN apps_handled float8, ADD COLUMN apps_disclosed float8, ADD COLUMN review_total float8, ADD COLUMN review_corrected float8;`);
    await q.query(BACKFILL_REVISION_FACTS);
    await q.query(
      `ALTER TABLE report_revision ALTER COLUMN section_count SET NOT NULL, ALTER COLUMN table_count SET NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE report_revision DROP COLUMN section_count, DROP COLUMN table_count, DROP COLUMN proactive, DROP COLUMN apps_handled,
        DROP COLUMN apps_disclosed, DROP COLUMN review_total, DROP COLUMN review_corrected;
      DROP FUNCTION revision_facts(text[], numeric[]);`);
  }
}

/** Fills the facts of every revision from its stored cells and sections (the benchmark loader runs it too). */
export const BACKFILL_REVISION_FACTS = `
  UPDATE report_revision v SET
    section_count = (SELECT count(*) FROM report_section s WHERE s.agency_id = v.agency_id AND s.revision_id = v.id),
    (table_count, proactive, apps_handled, apps_disclosed, review_total, review_corrected) = (
      SELECT f.* FROM (SELECT array_agg(c.key) AS k, array_agg(c.value) AS x FROM report_cell c
        WHERE c.agency_id = v.agency_id AND c.revision_id = v.id) a, revision_facts(a.k, a.x) f)`;

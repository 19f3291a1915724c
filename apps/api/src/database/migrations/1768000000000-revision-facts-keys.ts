import type { MigrationInterface, QueryRunner } from 'typeorm';

// revision_facts() (1764190000000) with its key lists as parameters instead of written into the function: the lists
// are defined once in code (scoring-profile/indicators.ts FACT_KEYS, from the template registry's keys) and passed by
// every caller, so a key added to a template needs no new SQL. Same facts, same columns; the old signature is dropped.
export const FACT_PARAMS = [
  'tables',
  'proactive',
  'apps_handled',
  'apps_disclosed',
  'review_total',
  'review_corrected',
] as const;

/** SQL: revision_facts over key/value arrays `k`, `x`, its six key lists from `p(1)`…`p(6)` (in FACT_PARAMS order). */
export const REVISION_FACTS_SQL = (k: string, x: string, p: (i: number) => string): string =>
  `revision_facts(${k}, ${x}, ${FACT_PARAMS.map((_, i) => p(i + 1)).join(', ')})`;

/** Fills the facts of revisions from their stored cells and sections; $1…$6: the key lists (FACT_PARAMS order). */
export const BACKFILL_REVISION_FACTS_KEYED = `
  UPDATE report_revision v SET
    section_count = (SELECT count(*) FROM report_section s WHERE s.agency_id = v.agency_id AND s.revision_id = v.id),
    (table_count, proactive, apps_handled, apps_disclosed, review_total, review_corrected) = (
      SELECT f.* FROM (SELECT array_agg(c.key) AS k, array_agg(c.value) AS x FROM report_cell c
        WHERE c.agency_id = v.agency_id AND c.revision_id = v.id) a, ${REVISION_FACTS_SQL('a.k', 'a.x', (i) => `$${i}::text[]`)} f)`;

export class RevisionFactsKeys1768000000000 implements MigrationInterface {
  name = 'RevisionFactsKeys1768000000000';

  async up(q: QueryRunner): Promise<void> {
    // A table counts as present when any of its cells was read (key `t2.…` → table `t2`).
    await q.query(`
      CREATE FUNCTION revision_facts(keys text[], vals numeric[], tables text[], proactive_keys text[], handled_keys text[],
        disclosed_keys text[], review_total_keys text[], review_corrected_keys text[], OUT table_count smallint, OUT proactive float8,
        OUT apps_handled float8, OUT apps_disclosed float8, OUT review_total float8, OUT review_corrected float8)
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT count(DISTINCT split_part(k, '.', 1)) FILTER (WHERE split_part(k, '.', 1) = ANY(tables))::smallint,
          sum(v) FILTER (WHERE k = ANY(proactive_keys))::float8,
          sum(v) FILTER (WHERE k = ANY(handled_keys))::float8,
          sum(v) FILTER (WHERE k = ANY(disclosed_keys))::float8,
          sum(v) FILTER (WHERE k = ANY(review_total_keys))::float8,
          sum(v) FILTER (WHERE k = ANY(review_corrected_keys))::float8
        FROM unnest(keys, vals) AS u(k, v)
      $$;
      DROP FUNCTION revision_facts(text[], numeric[]);`);
  }

  async down(q: QueryRunner): Promise<void> {
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
      DROP FUNCTION revision_facts(text[], numeric[], text[], text[], text[], text[], text[], text[]);`);
  }
}

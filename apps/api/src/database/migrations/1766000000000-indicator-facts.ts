import { METRICS, minhash } from '@dh/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

// The facts the 2025 indicators read, kept on the revision like those of 1764190000000: application flow (新收, 上年结转,
// 结转下年度, 其他处理), pending review cases, the template's cells read, the 2021 信息处理费 statement, and a MinHash
// of 第一/第五部分 for 内容雷同. revision_sum() / revision_count() take the key lists as parameters: the lists are
// defined once in code (scoring-profile/indicators.ts SUM_KEYS, TEMPLATE_KEYS) and passed by the ingest statement;
// the backfill below passes the lists as they stood when this migration was written. Profile 默认方案 v2 is added
// (and made default); v1 stays, so a past ranking made with it is reproduced.
const SUMS = {
  apps_new: ['t3.new.total'],
  apps_carried_in: ['t3.carried_in.total'],
  apps_carried_out: ['t3.carried_out.total'],
  apps_other_2021: ['t3.other.no_correction.total', 't3.other.unpaid.total', 't3.other.misc.total'],
  apps_other_2019: ['t3.other.total'],
  review_pending: ['t4.reconsideration.pending', 't4.litigation_direct.pending', 't4.litigation_after.pending'],
};

/** SQL fragment: the new facts of one revision from its key/value arrays ($1…$6: the SUMS lists, $7: template keys). */
export const INDICATOR_FACTS_SQL = (k: string, x: string, p: (i: number) => string) => `
  revision_sum(${k}, ${x}, ${p(1)}), revision_sum(${k}, ${x}, ${p(2)}), revision_sum(${k}, ${x}, ${p(3)}),
  coalesce(revision_sum(${k}, ${x}, ${p(4)}), revision_sum(${k}, ${x}, ${p(5)})), revision_sum(${k}, ${x}, ${p(6)}),
  revision_count(${k}, ${p(7)})`;

export const BACKFILL_INDICATOR_FACTS = `
  UPDATE report_revision v SET (apps_new, apps_carried_in, apps_carried_out, apps_other, review_pending, template_cells_read) = (
      SELECT ${INDICATOR_FACTS_SQL('a.k', 'a.x', (i) => `$${i}::text[]`)}
      FROM (SELECT array_agg(c.key) AS k, array_agg(c.value) AS x FROM report_cell c WHERE c.agency_id = v.agency_id AND c.revision_id = v.id) a),
    fee_statement = EXISTS (SELECT 1 FROM report_section s WHERE s.agency_id = v.agency_id AND s.revision_id = v.id AND s.no = 6
      AND s.text LIKE '%信息处理费%')`;
export const backfillParams = (templateKeys: string[]): unknown[] => [
  SUMS.apps_new,
  SUMS.apps_carried_in,
  SUMS.apps_carried_out,
  SUMS.apps_other_2021,
  SUMS.apps_other_2019,
  SUMS.review_pending,
  templateKeys,
];

export class IndicatorFacts1766000000000 implements MigrationInterface {
  name = 'IndicatorFacts1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION revision_sum(keys text[], vals numeric[], wanted text[]) RETURNS float8
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT sum(v)::float8 FROM unnest(keys, vals) AS u(k, v) WHERE k = ANY(wanted) $$;
      CREATE FUNCTION revision_count(keys text[], wanted text[]) RETURNS smallint
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT count(DISTINCT k)::smallint FROM unnest(keys) AS u(k) WHERE k = ANY(wanted) $$;
      ALTER TABLE report_revision ADD COLUMN apps_new float8, ADD COLUMN apps_carried_in float8, ADD COLUMN apps_carried_out float8,
        ADD COLUMN apps_other float8, ADD COLUMN review_pending float8, ADD COLUMN template_cells_read smallint NOT NULL DEFAULT 0,
        ADD COLUMN fee_statement boolean NOT NULL DEFAULT false, ADD COLUMN text_minhash int[];`);
    // The template's cells from the catalogue (2019 and 2021; mixed/unknown: both).
    const of = (t: string) => METRICS.filter((m) => m.templates.includes(t as '2019') && !m.derived).map((m) => m.key);
    for (const [where, keys] of [
      [`'2019'`, of('2019')],
      [`'2021'`, of('2021')],
    ] as const) {
      await q.query(`${BACKFILL_INDICATOR_FACTS} WHERE v.template = ${where}`, backfillParams(keys));
    }
    await q.query(
      `${BACKFILL_INDICATOR_FACTS} WHERE v.template NOT IN ('2019', '2021')`,
      backfillParams([...new Set([...of('2019'), ...of('2021')])]),
    );
    // MinHash is computed in code (libs/domain similarity.ts), a page of revisions at a time.
    for (let after = '0'; ;) {
      const rows: { id: string; text: string }[] = await q.query(
        `SELECT v.id::text, coalesce(string_agg(s.text, E'\\n' ORDER BY s.no), '') AS text FROM report_revision v
         LEFT JOIN report_section s ON s.agency_id = v.agency_id AND s.revision_id = v.id AND s.no IN (1, 5)
         WHERE v.id > $1::bigint GROUP BY v.id ORDER BY v.id LIMIT 500`,
        [after],
      );
      if (!rows.length) break;
      const sigs = rows.map((r) => minhash(r.text));
      await q.query(
        `UPDATE report_revision v SET text_minhash = CASE WHEN u.s = '' THEN NULL ELSE string_to_array(u.s, ',')::int[] END
        FROM unnest($1::bigint[], $2::text[]) AS u(id, s) WHERE v.id = u.id`,
        [rows.map((r) => r.id), sigs.map((s) => (s ? s.join(',') : ''))],
      );
      after = rows[rows.length - 1].id;
    }
    await q.query(`
      INSERT INTO scoring_profile (name, version, description, weights, is_default, created_by)
      SELECT '默认方案', coalesce(max(version), 0) + 1,
        '按时发布20 · 格式完整15 · 数据准确25 · 依申请办理15 · 复议诉讼纠错10 · 内容不雷同15 (2025 default: measures disclosure work; no decision volumes)',
        '{"timeliness":20,"format_complete":15,"data_accuracy":25,"application_handling":15,"review_correction":10,"content_original":15}', false, 'system'
      FROM scoring_profile WHERE name = '默认方案';
      UPDATE scoring_profile SET is_default = (id = (SELECT max(id) FROM scoring_profile WHERE name = '默认方案' AND created_by = 'system'))
      WHERE is_default OR name = '默认方案';`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM scoring_profile WHERE name = '默认方案' AND created_by = 'system' AND weights ? 'timeliness';
      UPDATE scoring_profile SET is_default = true WHERE id = (SELECT min(id) FROM scoring_profile) AND NOT EXISTS (SELECT 1 FROM scoring_profile WHERE is_default);
      ALTER TABLE report_revision DROP COLUMN apps_new, DROP COLUMN apps_carried_in, DROP COLUMN apps_carried_out, DROP COLUMN apps_other,
        DROP COLUMN review_pending, DROP COLUMN template_cells_read, DROP COLUMN fee_statement, DROP COLUMN text_minhash;
      DROP FUNCTION revision_sum(text[], numeric[], text[]); DROP FUNCTION revision_count(text[], text[]);`);
  }
}

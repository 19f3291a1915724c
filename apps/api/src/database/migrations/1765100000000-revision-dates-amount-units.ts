import type { MigrationInterface, QueryRunner } from 'typeorm';

// Two dates per revision and amounts in the catalogue's unit.
//
// Dates: published_on is the publication date (向社会公布, what the deadlines measure) with published_on_source
// (page, given, unknown); signed_on is the 落款 date under the signature. Until now the parser stored the 落款 date in
// published_on whenever it found one, else the page's. The backfill reads the stored text the way the parser does:
// a 发布时间/发布日期/时间 line at the top gives the page date; the stored date printed as 年月日 in the closing part
// was the signature. A date neither explains keeps its value with source `unknown`.
//
// Amounts (metric catalogue units: 采购总金额 元, 收费金额 万元): flattened text stored a 万元 procurement amount
// unconverted and a fee printed in 元 as 万元; a fee printed without a unit takes the 万元 the 2021 template prints
// (its warning goes); a 2019 procurement amount printed without a unit has no unit at all, so its value leaves the
// sums (raw kept) with an info finding instead of the old warning.
export class RevisionDatesAmountUnits1765100000000 implements MigrationInterface {
  name = 'RevisionDatesAmountUnits1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE report_revision ADD COLUMN published_on_source text, ADD COLUMN signed_on date, ADD COLUMN signed_on_source text;
      CREATE FUNCTION dh_try_date(s text) RETURNS date LANGUAGE plpgsql IMMUTABLE AS $$
        BEGIN RETURN to_date(regexp_replace(s, '[^0-9]+', '-', 'g'), 'YYYY-MM-DD');
        EXCEPTION WHEN others THEN RETURN NULL; END $$;`);
    await q.query(`
      WITH v AS (
        SELECT id, published_on AS p,
          dh_try_date(substring(left(source_text, 3000) from '(?:发布时间|发布日期|时间)[:：]\\s*(\\d{4}[-年/.]\\d{1,2}[-月/.]\\d{1,2})')) AS page,
          published_on IS NOT NULL AND right(source_text, greatest(length(source_text) * 4 / 10, 600)) ~ (
            extract(year FROM published_on)::int || '\\s*年\\s*0?' || extract(month FROM published_on)::int || '\\s*月\\s*0?'
            || extract(day FROM published_on)::int || '\\s*日') AS signed
        FROM report_revision)
      UPDATE report_revision r SET
        signed_on = CASE WHEN v.signed THEN v.p END,
        signed_on_source = CASE WHEN v.signed THEN 'signature' END,
        published_on = CASE WHEN v.page IS NOT NULL THEN v.page WHEN v.signed THEN NULL ELSE v.p END,
        published_on_source = CASE WHEN v.page IS NOT NULL THEN 'page' WHEN v.signed OR v.p IS NULL THEN NULL ELSE 'unknown' END
      FROM v WHERE v.id = r.id;
      DROP FUNCTION dh_try_date(text);`);
    await q.query(`
      UPDATE report_cell SET value = value * 10000, unit = '元'
        WHERE key = 't2.procurement.amount' AND unit = '万元' AND value IS NOT NULL;
      UPDATE report_cell SET value = round(value / 10000, 8)
        WHERE key = 't2.fees.amount' AND unit = '万元' AND raw_unit = '元' AND value IS NOT NULL
          AND raw ~ '^\\s*[0-9][0-9,]*(\\.[0-9]+)?\\s*元?\\s*$' AND value = regexp_replace(raw, '[^0-9.]', '', 'g')::numeric;
      DELETE FROM finding f USING report_cell c
        WHERE f.code = 'amount_unit_missing' AND f.keys = ARRAY['t2.fees.amount'] AND c.agency_id = f.agency_id
          AND c.revision_id = f.revision_id AND c.key = 't2.fees.amount' AND c.unit IS NULL;
      UPDATE report_cell SET unit = '万元' WHERE key = 't2.fees.amount' AND unit IS NULL;
      DELETE FROM finding WHERE code = 'amount_unit_missing' AND keys = ARRAY['t2.procurement.amount'];
      WITH gone AS (
        UPDATE report_cell SET value = NULL
        WHERE key = 't2.procurement.amount' AND unit IS NULL AND value IS NOT NULL AND value <> 0
        RETURNING agency_id, revision_id, raw, loc)
      INSERT INTO finding (agency_id, revision_id, code, severity, message_zh, message_en, loc, keys)
      SELECT agency_id, revision_id, 'amount_unit_missing', 'info',
        '金额「' || raw || '」未注明单位，模板也未规定单位（元或万元），按原文保留，不计入合计',
        'Amount "' || raw || '" is printed without a unit and its template fixes none (元 or 万元); kept as printed, left out of sums',
        loc, ARRAY['t2.procurement.amount'] FROM gone;`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Dates go back to one column as the parser used to fill it (signature first); converted amounts stay converted.
    await q.query(`
      UPDATE report_revision SET published_on = coalesce(signed_on, published_on);
      ALTER TABLE report_revision DROP COLUMN published_on_source, DROP COLUMN signed_on, DROP COLUMN signed_on_source;`);
  }
}

// The publication check's faults as computed findings (kind `publication`), read from what the monitor last found
// (publication_check) with its evidence: the URL, when it was fetched, the content hash, the cells that changed.
// `r` is the check row here: the shared filter (agencyFilter … AND r.year) then applies unchanged.
import { sql, type Sql } from '../../database/sql';

/** Codes that call for a look rather than count as the body's fault (the site could not be read, or only as DOC). */
export const PUBLICATION_INFO_CODES = [
  'publication.unreachable',
  'publication.unreadable',
  'publication.outside_column',
];

export function publicationSql(where: Sql): Sql {
  return sql`WITH pc AS (SELECT r.*, a.name AS agency_name, rep.id::text AS report_id,
                   jsonb_build_object('url', coalesce(r.page_url, r.list_url), 'listUrl', r.list_url, 'checkedAt', r.last_checked_at,
                     'hash', r.content_hash, 'note', r.note, 'dueOn', r.due_on, 'postedOn', r.posted_on, 'editedAt', r.edited_at,
                     'changed', r.changed_keys, 'differs', r.differs_keys, 'comparedSource', r.compared_source) AS detail
                 FROM publication_check r JOIN agency a ON a.id = r.agency_id
                 LEFT JOIN report rep ON rep.agency_id = r.agency_id AND rep.year = r.year
                 WHERE ${where})
     SELECT agency_id, agency_name, year, report_id, split_part(code, '.', 2) AS key, NULL::float8 AS expected, NULL::float8 AS actual, code, detail
     FROM (
       SELECT pc.*, 'publication.not_posted' AS code FROM pc
         WHERE status = 'not_found' AND due_on IS NOT NULL AND (last_checked_at AT TIME ZONE 'Asia/Shanghai')::date > due_on
       UNION ALL SELECT pc.*, 'publication.late' FROM pc WHERE status = 'posted' AND posted_on > due_on
       UNION ALL SELECT pc.*, 'publication.gone' FROM pc WHERE status = 'gone'
       UNION ALL SELECT pc.*, 'publication.edited' FROM pc WHERE edited_at IS NOT NULL
       UNION ALL SELECT pc.*, 'publication.differs' FROM pc WHERE status = 'posted' AND jsonb_array_length(coalesce(differs_keys, '[]')) > 0
       UNION ALL SELECT pc.*, 'publication.outside_column' FROM pc WHERE status = 'posted' AND NOT in_column
       UNION ALL SELECT pc.*, 'publication.unreadable' FROM pc WHERE status = 'posted' AND note IS NOT NULL
       UNION ALL SELECT pc.*, 'publication.unreachable' FROM pc WHERE status = 'failed'
     ) f`;
}

// What one stored revision writes, as typed rows keyed by column name: the revision itself and its cells, sections and
// findings. Pure (no database): the repository sends a batch of these in one statement (IngestRepository.insertRevisions).
// The ranking facts (revision_facts(), revision_sum()) are not here: SQL computes them from the cells, as before.
import { minhash, type ParsedReport } from '@dh/domain';
import type { ColumnTypes } from '../../database/unnest';
import type { RevisionQuality } from '../revision/revision-rank';

/** The two dates of a revision, each with where it came from (page, given; signature). */
export interface RevisionDates {
  publishedOn: string | null;
  publishedOnSource: string | null;
  signedOn: string | null;
  signedOnSource: string | null;
}

/** What the ingest service decided about one file before it is written. */
export interface RevisionPlan {
  /** Allocated beforehand (IngestRepository.lockContents), so cells can name their revision in the same statement. */
  id: string;
  agencyId: number;
  reportId: string;
  revisionNo: number;
  year: number;
  hash: string;
  parsed: ParsedReport;
  reason?: string;
  sourceUrl?: string;
  agencyMatch: string;
  given: object | null;
  quality: RevisionQuality;
  makeCurrent: boolean;
  dates: RevisionDates;
  templateKeys: string[];
}

export interface RevisionRow {
  id: string;
  agency_id: number;
  report_id: string;
  revision_no: number;
  content_hash: string;
  file_name: string;
  source_url: string | null;
  form: string;
  encoding: string;
  bytes: number;
  template: string;
  agency_name_printed: string | null;
  published_on: string | null;
  truncated: boolean;
  reason: string;
  source_text: string;
  agency_match: string;
  agency_name_from: string | null;
  given: string | null;
  source_kind: string;
  cells_read: number;
  cells_unresolved: number;
  error_count: number;
  section_count: number;
  published_on_source: string | null;
  signed_on: string | null;
  signed_on_source: string | null;
  text_minhash: string | null;
  make_current: boolean;
}
export const REVISION_TYPES: ColumnTypes<RevisionRow> = {
  id: 'bigint',
  agency_id: 'int',
  report_id: 'bigint',
  revision_no: 'int',
  content_hash: 'text',
  file_name: 'text',
  source_url: 'text',
  form: 'text',
  encoding: 'text',
  bytes: 'int',
  template: 'text',
  agency_name_printed: 'text',
  published_on: 'date',
  truncated: 'boolean',
  reason: 'text',
  source_text: 'text',
  agency_match: 'text',
  agency_name_from: 'text',
  given: 'jsonb',
  source_kind: 'text',
  cells_read: 'int',
  cells_unresolved: 'int',
  error_count: 'int',
  section_count: 'int',
  published_on_source: 'text',
  signed_on: 'date',
  signed_on_source: 'text',
  text_minhash: 'text',
  make_current: 'boolean',
};

/** The keys revision_count() counts for a template (RevisionPlan.templateKeys), a row per key. */
export interface TemplateKeyRow {
  template: string;
  key: string;
}
export const TEMPLATE_KEY_TYPES: ColumnTypes<TemplateKeyRow> = { template: 'text', key: 'text' };

export interface CellRow {
  agency_id: number;
  revision_id: string;
  year: number;
  key: string;
  section: string;
  row_label: string;
  col_label: string;
  raw: string;
  value: number | null;
  kind: string;
  unit: string | null;
  raw_unit: string | null;
  inferred: boolean;
  candidates: string | null;
  loc: string;
}
export const CELL_TYPES: ColumnTypes<CellRow> = {
  agency_id: 'int',
  revision_id: 'bigint',
  year: 'int',
  key: 'text',
  section: 'text',
  row_label: 'text',
  col_label: 'text',
  raw: 'text',
  value: 'numeric',
  kind: 'text',
  unit: 'text',
  raw_unit: 'text',
  inferred: 'boolean',
  candidates: 'jsonb',
  loc: 'jsonb',
};

export interface SectionRow {
  agency_id: number;
  revision_id: string;
  no: number;
  title: string;
  text: string;
}
export const SECTION_TYPES: ColumnTypes<SectionRow> = {
  agency_id: 'int',
  revision_id: 'bigint',
  no: 'smallint',
  title: 'text',
  text: 'text',
};

export interface FindingRow {
  agency_id: number;
  revision_id: string;
  code: string;
  severity: string;
  message_zh: string;
  message_en: string;
  loc: string | null;
  /** jsonb array (a text[] per row cannot travel inside one array value); turned into text[] by the statement. */
  keys: string | null;
}
export const FINDING_TYPES: ColumnTypes<FindingRow> = {
  agency_id: 'int',
  revision_id: 'bigint',
  code: 'text',
  severity: 'text',
  message_zh: 'text',
  message_en: 'text',
  loc: 'jsonb',
  keys: 'jsonb',
};

// An int[] travels as its array literal inside a text[] element and is cast back per row.
const intArray = (xs: number[] | null): string | null => (xs ? `{${xs.join(',')}}` : null);

export function revisionRow(p: RevisionPlan): RevisionRow {
  const r = p.parsed,
    s = r.sections;
  return {
    id: p.id,
    agency_id: p.agencyId,
    report_id: p.reportId,
    revision_no: p.revisionNo,
    content_hash: p.hash,
    file_name: r.source.fileName,
    source_url: p.sourceUrl ?? null,
    form: r.source.form,
    encoding: r.source.encoding,
    bytes: r.source.bytes,
    template: r.template,
    agency_name_printed: r.agencyName,
    published_on: p.dates.publishedOn,
    truncated: r.truncated,
    reason: p.reason ?? (p.revisionNo === 1 ? 'first_ingest' : 'content_changed'),
    source_text: r.sourceText,
    agency_match: p.agencyMatch,
    agency_name_from: r.agencyNameFrom,
    given: p.given ? JSON.stringify(p.given) : null,
    source_kind: p.quality.sourceKind,
    cells_read: p.quality.cellsRead,
    cells_unresolved: p.quality.cellsUnresolved,
    error_count: p.quality.errors,
    section_count: s.length,
    published_on_source: p.dates.publishedOnSource,
    signed_on: p.dates.signedOn,
    signed_on_source: p.dates.signedOnSource,
    text_minhash: intArray(
      minhash(
        s
          .filter((x) => x.no === 1 || x.no === 5)
          .map((x) => x.text)
          .join('\n'),
      ),
    ),
    make_current: p.makeCurrent,
  };
}

export const cellRows = (p: RevisionPlan): CellRow[] =>
  p.parsed.cells.map((x) => ({
    agency_id: p.agencyId,
    revision_id: p.id,
    year: p.year,
    key: x.key,
    section: x.section,
    row_label: x.rowLabel,
    col_label: x.colLabel,
    raw: x.raw,
    value: x.value,
    kind: x.kind,
    unit: x.unit ?? null,
    raw_unit: x.rawUnit ?? null,
    inferred: x.inferred ?? false,
    candidates: x.candidates ? JSON.stringify(x.candidates) : null,
    loc: JSON.stringify(x.loc),
  }));

export const sectionRows = (p: RevisionPlan): SectionRow[] =>
  p.parsed.sections.map((x) => ({ agency_id: p.agencyId, revision_id: p.id, no: x.no, title: x.title, text: x.text }));

export const findingRows = (p: RevisionPlan): FindingRow[] =>
  p.parsed.findings.map((x) => ({
    agency_id: p.agencyId,
    revision_id: p.id,
    code: x.code,
    severity: x.severity,
    message_zh: x.messageZh,
    message_en: x.messageEn,
    loc: x.loc ? JSON.stringify(x.loc) : null,
    keys: x.keys ? JSON.stringify(x.keys) : null,
  }));

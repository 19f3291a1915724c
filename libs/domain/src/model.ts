// The parsed form of one annual report. Everything downstream (store, API, dashboard) speaks this shape.

export type TemplateId = '2019' | '2021';
/** Detected from the table headers, never from the year. */
export type TemplateDetected = TemplateId | 'mixed' | 'unknown';

export type SourceForm = 'html' | 'text' | 'pdf' | 'docx';

/** What was written in the cell, kept apart from its value: a blank, `/`, `0` and `—` mean different things. */
export type CellKind = 'number' | 'zero' | 'empty' | 'not_applicable' | 'text' | 'unresolved';

export type SectionNo = '二' | '三' | '四';

export interface Location {
  line?: number;
  page?: number;
  /** For HTML: table index (0-based) and row/column in the expanded grid. */
  table?: number;
  row?: number;
  col?: number;
}

export interface ParsedCell {
  key: string;
  section: SectionNo;
  rowLabel: string;
  colLabel: string;
  raw: string;
  value: number | null;
  kind: CellKind;
  /** Unit of `value` after normalisation (e.g. 万元); `rawUnit` is the unit as printed, if any. */
  unit?: string;
  rawUnit?: string;
  /** Value was recovered by arithmetic from a run of digits with no separators. */
  inferred?: boolean;
  /** Several splits satisfy the arithmetic: the value stays null and these are the candidates. */
  candidates?: number[];
  loc: Location;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  code: string;
  severity: Severity;
  messageZh: string;
  messageEn: string;
  loc?: Location;
  /** Metric keys the finding is about, so the UI can highlight them. */
  keys?: string[];
}

export interface ReportSection {
  no: 1 | 2 | 3 | 4 | 5 | 6;
  title: string;
  text: string;
}

export interface ParsedReport {
  source: { fileName: string; form: SourceForm; encoding: string; bytes: number };
  agencyName: string | null;
  /** Where agencyName came from: the title, the signature line, the first sentence. */
  agencyNameFrom: 'title' | 'signature' | 'first_sentence' | null;
  year: number | null;
  /** Publication date printed by the page (发布时间/发布日期), YYYY-MM-DD; the deadlines measure this. */
  publishedOn: string | null;
  /** The 落款 date under the closing signature, YYYY-MM-DD; often earlier than the posting. */
  signedOn: string | null;
  template: TemplateDetected;
  sections: ReportSection[];
  cells: ParsedCell[];
  findings: Finding[];
  /** True when the text ends before the report does (a partial page). */
  truncated: boolean;
  /** The report as readable text (decoded; for HTML/PDF/DOCX the visible text, one block a line), shown beside the tables. */
  sourceText: string;
}

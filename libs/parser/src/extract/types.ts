// What every extractor hands to recognition: the report as paragraphs and table rows, in reading order.
import type { Finding, Location, SourceForm } from '@dh/domain';

/** One table row as printed: cell texts left to right (HTML rowspan/colspan already expanded into the grid). */
export interface Row {
  cells: string[];
  loc: Location;
  /** Optional, per grid slot: false where the slot repeats a rowspan/colspan cell that started elsewhere. */
  origin?: boolean[];
  /** Cells separated only by blanks or line breaks: an empty cell leaves no trace, so positions are uncertain. */
  loose?: boolean;
}

export type Block = { kind: 'para'; text: string; loc: Location } | { kind: 'table'; rows: Row[]; loc: Location };

export interface Extracted {
  form: SourceForm;
  encoding: string;
  blocks: Block[];
  /** Page metadata the extractor saw (HTML <title>, PDF Title, publication date in page chrome...). */
  meta: { title?: string; publishedOn?: string };
  findings: Finding[];
}

// Which revision of a report counts: the source's authority first, then how much of the tables was read. Arrival
// order only breaks a tie, so a flattened text copy loaded after the body's own page does not replace it.
import type { ParsedReport, SourceForm } from '@dh/domain';

/** Where a revision's bytes came from, most authoritative first (see SOURCE_RANK). */
export type SourceKind = 'page' | 'attachment' | 'submission' | 'upload' | 'text_copy';
/** How the bytes reached us: a batch (CLI, demo, crawler), the admin upload, an accepted submission (not built yet). */
export type IngestChannel = 'batch' | 'upload' | 'submission';

// The body's own page or attachment, then a submission it sent, then an admin's upload, then a copy as plain text.
export const SOURCE_RANK: Record<SourceKind, number> = {
  page: 3,
  attachment: 3,
  submission: 2,
  upload: 1,
  text_copy: 0,
};

export function sourceKindOf(form: SourceForm, channel: IngestChannel): SourceKind {
  // A text file is a copy of a page whatever the channel: its table layout is lost, digit runs may be ambiguous.
  if (form === 'text') return 'text_copy';
  if (channel === 'upload') return 'upload';
  if (channel === 'submission') return 'submission';
  return form === 'html' ? 'page' : 'attachment';
}

export interface RevisionQuality {
  sourceKind: SourceKind;
  /** Cells holding a number as printed (0 included). */
  cellsRead: number;
  /** Cells the parser could not split or read (ambiguous digit runs). */
  cellsUnresolved: number;
  /** Findings of severity error (broken sums, missing tables). */
  errors: number;
}

export function qualityOf(p: ParsedReport, channel: IngestChannel): RevisionQuality {
  return {
    sourceKind: sourceKindOf(p.source.form, channel),
    cellsRead: p.cells.filter((c) => c.kind === 'number' || c.kind === 'zero').length,
    cellsUnresolved: p.cells.filter((c) => c.kind === 'unresolved').length,
    errors: p.findings.filter((f) => f.severity === 'error').length,
  };
}

/** Why a newer revision did not become current: the first rule it loses on. */
export type KeptCurrentReason = 'lower_source' | 'fewer_cells' | 'more_unresolved' | 'more_errors';

/**
 * null when `next` may replace `current` (as good on every rule, so arrival order decides); otherwise the first
 * rule on which it is worse. A worse copy is still stored, as a revision an admin can make current.
 * Failed checks count only between different kinds of source: a later copy of the same kind that reads as well is the
 * body's own later publication, and a sum it breaks is a finding to show, not a reason to keep the older numbers.
 */
export function whyNotCurrent(next: RevisionQuality, current: RevisionQuality): KeptCurrentReason | null {
  if (SOURCE_RANK[next.sourceKind] < SOURCE_RANK[current.sourceKind]) return 'lower_source';
  if (next.cellsRead < current.cellsRead) return 'fewer_cells';
  if (next.cellsRead > current.cellsRead) return null;
  if (next.cellsUnresolved > current.cellsUnresolved) return 'more_unresolved';
  if (
    next.cellsUnresolved === current.cellsUnresolved &&
    next.sourceKind !== current.sourceKind &&
    next.errors > current.errors
  ) {
    return 'more_errors';
  }
  return null;
}

// The one exception the parser throws: the input cannot be read as a report at all.
// Everything else (odd tables, broken sums) is reported as findings on a ParsedReport.
export type ReportReadReason = 'empty' | 'binary' | 'legacy_doc' | 'unsupported' | 'extractor_failed';

export class ReportReadError extends Error {
  readonly fileName: string;
  readonly reason: ReportReadReason;

  constructor(fileName: string, reason: ReportReadReason, detail: string) {
    super(`${fileName}: ${detail}`);
    this.name = 'ReportReadError';
    this.fileName = fileName;
    this.reason = reason;
  }
}

// Report kinds in the reader's language (labels from the domain, the one place the API and the dashboard share),
// and what a region total sums, said in words.
import { LOCAL_KINDS, REPORT_KIND_LABELS, type ReportKind } from '@dh/domain';
import type { Locale } from '../../format/number';

export const kindLabel = (kind: ReportKind, locale: Locale): string =>
  REPORT_KIND_LABELS[kind]?.[locale === 'en' ? 'en' : 'zh'] ?? kind;

/** True when a total sums exactly the bodies' own reports (the default): the card then says so in one phrase. */
export function sumsOwnReports(kinds: readonly ReportKind[]): boolean {
  return kinds.length === LOCAL_KINDS.length && LOCAL_KINDS.every((k) => kinds.includes(k));
}

/** The kinds a total sums, listed in the reader's language. */
export const kindList = (kinds: readonly ReportKind[], locale: Locale): string =>
  kinds.map((k) => kindLabel(k, locale)).join(locale === 'en' ? ', ' : '、');

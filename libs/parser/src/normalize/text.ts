// Text normalisation shared by every stage: full-width forms folded (NFKC), all whitespace incl. &nbsp; and
// ideographic spaces removed. Used for matching only; raw text is always kept for output.
import { memoize } from './memo';

/** Fold widths and drop every whitespace character: `（三） 不予公开` → `(三)不予公开`. */
export const squash: (s: string) => string = memoize((s) =>
  s.normalize('NFKC').replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ''),
);

/** Collapse whitespace runs to one space and trim (for display of raw cell text and paragraphs). */
export function tidy(s: string): string {
  return s
    .replace(/[\u00a0\u3000\u200b\ufeff]/g, ' ')
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

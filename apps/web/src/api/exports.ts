// Download links of the API's export route (GET /api/export?query=…&format=…&args=<JSON>): the args are the
// GraphQL query's own arguments, so the file holds the same rows as the screen, with exact values.
export type ExportKind = 'compare' | 'ranking' | 'series' | 'collection' | 'reminders';

// `lang` is the page's language: the file's column labels and header rows are the ones on screen.
export function exportUrl(
  kind: ExportKind,
  format: 'csv' | 'xlsx',
  args: Record<string, unknown>,
  lang?: 'zh' | 'en',
): string {
  const clean = Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  const q = new URLSearchParams({ query: kind, format, args: JSON.stringify(clean), ...(lang ? { lang } : {}) });
  return `/api/export?${q.toString()}`;
}

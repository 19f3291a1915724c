// Download links of the API's export route (GET /api/export?query=…&format=…&args=<JSON>): the args are the
// GraphQL query's own arguments, so the file holds the same rows as the screen, with exact values.
export type ExportKind = 'compare' | 'ranking' | 'series' | 'collection' | 'reminders';

export function exportUrl(kind: ExportKind, format: 'csv' | 'xlsx', args: Record<string, unknown>): string {
  const clean = Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  const q = new URLSearchParams({ query: kind, format, args: JSON.stringify(clean) });
  return `/api/export?${q.toString()}`;
}

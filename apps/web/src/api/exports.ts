// Download links of the API's export route: the same arguments as the GraphQL query, plus the format.
// One place to build them, so the pages agree with the server on the route and the parameter names.
export type ExportKind = 'compare' | 'ranking' | 'findings' | 'collection' | 'series' | 'report';

export function exportUrl(kind: ExportKind, format: 'csv' | 'xlsx', args: Record<string, unknown>): string {
  const q = new URLSearchParams({ format });
  for (const [k, v] of Object.entries(args)) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) continue;
    q.set(k, typeof v === 'object' ? JSON.stringify(v) : String(v));
  }
  return `/api/export/${kind}?${q.toString()}`;
}

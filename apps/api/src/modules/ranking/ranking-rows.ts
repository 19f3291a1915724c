// Which ranked rows an answer carries: a page (offset, limit), or only the first and the last N (`ends`: the
// overview's top and bottom, so it need not fetch every body to show ten). Both capped at maxRows.
export function rowsToShow(
  total: number,
  a: { limit: number; offset: number; ends?: number | null },
  maxRows = 1000,
): number[] {
  if (a.ends !== undefined && a.ends !== null) {
    const n = Math.min(Math.max(a.ends, 0), Math.floor(maxRows / 2));
    const head = Array.from({ length: Math.min(n, total) }, (_, i) => i);
    const tail = Array.from({ length: Math.min(n, total) }, (_, i) => total - Math.min(n, total) + i).filter(
      (i) => i >= head.length,
    );
    return [...head, ...tail];
  }
  const from = Math.max(a.offset, 0);
  const to = Math.min(total, from + Math.min(Math.max(a.limit, 0), maxRows));
  return Array.from({ length: Math.max(to - from, 0) }, (_, i) => from + i);
}

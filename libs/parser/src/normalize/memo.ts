// Memoisation for pure string functions. Reports repeat the same labels and cell texts hundreds of times
// (every row label, every `0`), and NFKC plus a dozen regexes per call dominated recognition. Short keys
// only; the cache is dropped whole when full, so memory stays bounded on hostile input.

const MAX_KEY = 120;
const MAX_ENTRIES = 20_000;

export function memoize<R>(fn: (s: string) => R): (s: string) => R {
  let cache = new Map<string, R>();
  return (s: string): R => {
    if (s.length > MAX_KEY) return fn(s);
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as R;
    const r = fn(s);
    if (cache.size >= MAX_ENTRIES) cache = new Map();
    cache.set(s, r);
    return r;
  };
}

const KEYS = new Map<string, Map<string, Map<string, string>>>();

/** `t3.<row>.<col>` as one shared string per key (row and col come from constant tables, so this is bounded). */
export function cellKey(table: 't2' | 't3' | 't4', row: string, col: string): string {
  let rows = KEYS.get(table);
  if (!rows) KEYS.set(table, (rows = new Map()));
  let cols = rows.get(row);
  if (!cols) rows.set(row, (cols = new Map()));
  let k = cols.get(col);
  if (k === undefined) cols.set(col, (k = `${table}.${row}.${col}`));
  return k;
}

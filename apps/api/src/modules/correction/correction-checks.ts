// Pure: what re-running the prescribed arithmetic after a cell changed does to the report's stored findings.
// Only findings that name the changed cell are touched: the stored findings were computed at ingest from the parsed
// cells (which may repeat a key), so a finding on other cells is left as ingest found it.
import type { Finding } from '@dh/domain';

/** The codes checkArithmetic (libs/parser validate/arithmetic.ts) raises: the checks a correction can settle. */
export const ARITHMETIC_CODES = [
  't3_column_identity',
  't3_group_subtotal',
  't3_result_total',
  't3_row_total',
  't4_total',
];

export interface StoredCheck {
  id: string;
  code: string;
  keys: string[] | null;
  resolvedBy: string | null;
  raisedBy: string | null;
}

export interface CheckPlan {
  /** Findings the changed value settles: closed, linked to the correction. */
  resolve: string[];
  /** Findings closed by an earlier correction that hold again (e.g. after a withdrawal): open again. */
  reopen: string[];
  /** Findings a correction had raised that no longer hold: removed. */
  drop: string[];
  /** Findings the new value raises that nothing stored says: added, linked to the correction. */
  raise: Finding[];
  /** Stored findings that still hold, with the fresh message (its numbers changed with the cell). */
  refresh: { id: string; finding: Finding }[];
}

const signature = (code: string, keys: readonly string[] | null | undefined): string =>
  `${code}|${[...(keys ?? [])].sort().join(',')}`;

export function planChecks(key: string, fresh: Finding[], stored: StoredCheck[]): CheckPlan {
  const now = new Map(
    fresh
      .filter((f) => ARITHMETIC_CODES.includes(f.code) && f.keys?.includes(key))
      .map((f) => [signature(f.code, f.keys), f]),
  );
  const plan: CheckPlan = { resolve: [], reopen: [], drop: [], raise: [], refresh: [] };
  const seen = new Set<string>();
  for (const s of stored) {
    if (!ARITHMETIC_CODES.includes(s.code) || !s.keys?.includes(key)) continue;
    const sig = signature(s.code, s.keys);
    const holds = now.get(sig);
    seen.add(sig);
    if (holds) {
      if (s.resolvedBy) plan.reopen.push(s.id);
      plan.refresh.push({ id: s.id, finding: holds });
    } else if (s.raisedBy) plan.drop.push(s.id);
    else if (!s.resolvedBy) plan.resolve.push(s.id);
  }
  for (const [sig, f] of now) if (!seen.has(sig)) plan.raise.push(f);
  return plan;
}

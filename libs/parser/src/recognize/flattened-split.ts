// Enumerates the ways a run of characters with no separators (`640020470`, `2648-18538`, `230 000023`) can be cut
// into a given number of cells. Each cell has a grammar (count, signed change, decimal amount); sum groups
// (total = sum of parts) prune the search as it goes. The work is capped: a run that would need more steps than
// the budget allows reports `capped` instead of blowing up.

export type CellType = 'count' | 'signed' | 'amount';

/** total cell = sum of the part cells (indices into the row). Every part index is below the total index. */
export interface SumGroup {
  parts: number[];
  total: number;
}

export interface Budget {
  steps: number;
  readonly cap: number;
  hit: boolean;
}

export function newBudget(cap = 2_000_000): Budget {
  return { steps: 0, cap, hit: false };
}

export interface SplitResult {
  /** Every admissible cut, as token strings left to right. */
  splits: string[][];
  capped: boolean;
}

const NA = /^[/—]$/;
// In a signed column a dash before digits may be a minus (`126—1829` = 126, −18, 29) or a `—` cell: both are tried.
const GRAMMAR: Record<CellType, RegExp> = {
  count: /^(?:0|[1-9]\d*)$/,
  signed: /^[+\-—]?(?:0|[1-9]\d*)$/,
  amount: /^(?:0|[1-9]\d*)(?:\.\d+)?$/,
};

/** Prefixes that can still grow into a valid token: once a prefix fails, no longer token can succeed. */
const PREFIX: Record<CellType, RegExp> = {
  count: /^(?:0|[1-9]\d*)$/,
  signed: /^[+\-—]?(?:0|[1-9]\d*)?$/,
  amount: /^(?:0|[1-9]\d*)(?:\.\d*)?$/,
};

// No cell of either template holds a number past 15 digits (and a double keeps no more exactly): a longer token is
// never admissible, and without this bound a run of hundreds of digits makes every cut try every length.
const MAX_TOKEN_CHARS = 18;

/** Numeric value of a token; `/` and `—` (not applicable) count as null. */
export function tokenValue(tok: string): number | null {
  if (NA.test(tok)) return null;
  const v = tok.startsWith('—') ? -Number(tok.slice(1)) : Number(tok);
  return Number.isFinite(v) ? v : null;
}

interface Prepared {
  chars: string[];
  /** boundary[i] is true when a blank stood between chars[i-1] and chars[i]. */
  boundary: boolean[];
}

function prepare(run: string, respectBlanks: boolean): Prepared {
  const chars: string[] = [];
  const boundary: boolean[] = [];
  let blank = false;
  for (const ch of run) {
    if (/\s/.test(ch)) {
      blank = true;
      continue;
    }
    boundary.push(respectBlanks && blank && chars.length > 0);
    chars.push(ch);
    blank = false;
  }
  boundary.push(false);
  return { chars, boundary };
}

/** Cuts `run` into `types.length` tokens; blanks in the run must fall between tokens when `respectBlanks`. */
export function splitRun(
  run: string,
  types: readonly CellType[],
  sums: readonly SumGroup[],
  budget: Budget,
  opts: { respectBlanks: boolean; maxSplits?: number } = { respectBlanks: true },
): SplitResult {
  const { chars, boundary } = prepare(run, opts.respectBlanks);
  const n = types.length;
  const L = chars.length;
  const maxSplits = opts.maxSplits ?? 20_000;
  const splits: string[][] = [];
  const toks: string[] = new Array<string>(n);
  const vals: number[] = new Array<number>(n).fill(0);
  const totalOf = new Map<number, SumGroup>();
  for (const g of sums) totalOf.set(g.total, g);
  let capped = false;

  const partSum = (g: SumGroup, upto: number): number => {
    let s = 0;
    for (const p of g.parts) if (p < upto) s += vals[p];
    return s;
  };

  // Minimal number of characters still needed for tokens k..n-1: one per token, but a pending total must be
  // at least as long as the partial sum of its parts already assigned.
  const minNeeded = (k: number): number => {
    let need = n - k;
    for (const g of sums) {
      if (g.total >= k) {
        const s = partSum(g, k);
        if (s > 0) need += String(s).length - 1;
      }
    }
    return need;
  };

  const dfs = (pos: number, k: number): void => {
    if (capped) return;
    if (++budget.steps > budget.cap) {
      budget.hit = true;
      capped = true;
      return;
    }
    if (k === n) {
      if (pos === L) {
        if (splits.length >= maxSplits) {
          capped = true;
          return;
        }
        splits.push(toks.slice());
      }
      return;
    }
    if (L - pos < minNeeded(k)) return;
    const g = totalOf.get(k);
    if (g && g.parts.every((p) => p < k)) {
      // The total is fixed by its parts: only one token can stand here.
      const want = String(partSum(g, k));
      const end = pos + want.length;
      if (end > L) return;
      for (let i = pos + 1; i < end; i++) if (boundary[i]) return;
      const tok = chars.slice(pos, end).join('');
      // A `/` or `—` total is accepted only as itself.
      if (tok !== want) {
        const na = chars[pos];
        if (!NA.test(na)) return;
        toks[k] = na;
        vals[k] = 0;
        dfs(pos + 1, k + 1);
        return;
      }
      toks[k] = tok;
      vals[k] = Number(tok);
      dfs(end, k + 1);
      return;
    }
    const maxEnd = L - (n - k - 1);
    if (NA.test(chars[pos])) {
      toks[k] = chars[pos];
      vals[k] = 0;
      dfs(pos + 1, k + 1);
      if (capped || types[k] !== 'signed' || chars[pos] !== '—' || !/\d/.test(chars[pos + 1] ?? '')) return;
    }
    let tok = '';
    for (let end = pos + 1; end <= Math.min(maxEnd, pos + MAX_TOKEN_CHARS); end++) {
      if (end - 1 > pos && boundary[end - 1]) break;
      tok += chars[end - 1];
      if (!PREFIX[types[k]].test(tok)) break;
      if (!GRAMMAR[types[k]].test(tok)) continue;
      toks[k] = tok;
      vals[k] = Number(tok);
      dfs(end, k + 1);
      if (capped) return;
    }
  };
  dfs(0, 0);
  return { splits, capped };
}

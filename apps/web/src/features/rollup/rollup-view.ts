// The 逐级汇总 table as data: one line per compiled government report, each headline metric as printed beside the
// sum of the bodies the roster puts under it. A difference is flagged only when both sides have a number.
import type { RollupCell, RollupRow } from '../../api/rollup-ops';

export type DiffState = 'match' | 'differs' | 'unknown';
export interface RollupLine {
  agencyId: number;
  agencyName: string;
  level: string | null;
  reportId: string | null;
  children: number;
  childrenReporting: number;
  cells: (RollupCell & { state: DiffState })[];
}

// Sums of stored decimals (万元 amounts) can differ from the printed figure in the last float bits only.
const EPS = 1e-6;

export function diffState(c: Pick<RollupCell, 'reported' | 'computed' | 'difference'>): DiffState {
  if (c.reported === null || c.computed === null || c.difference === null) return 'unknown';
  return Math.abs(c.difference) > EPS ? 'differs' : 'match';
}

/** Lines in the API's order, cells in the order of `metrics` (a metric the API did not answer shows as unknown). */
export function rollupLines(rows: RollupRow[], metrics: string[]): RollupLine[] {
  return rows.map((r) => ({
    agencyId: r.agencyId,
    agencyName: r.agencyName,
    level: r.level,
    reportId: r.reportId,
    children: r.children,
    childrenReporting: r.childrenReporting,
    cells: metrics.map((m) => {
      const c = r.cells.find((x) => x.metric === m) ?? {
        metric: m,
        reported: null,
        computed: null,
        difference: null,
        bodies: 0,
      };
      return { ...c, state: diffState(c) };
    }),
  }));
}

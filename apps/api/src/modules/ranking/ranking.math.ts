// Pure scoring: weighted score, peer groups, competition ranking. Weights are relative; an indicator that does not
// apply to a report (null) drops out and the others are re-weighted (the explanation says so when that changes).
import { nearestOf, similarity } from '@dh/domain';
import { INDICATORS } from '../scoring-profile/indicators';
import { indicatorValues, type IndicatorValue, type PeerContext, type ReportFacts } from './ranking.indicators';

export { indicatorValues, MIN_CASES, rootCauses, type IndicatorValue, type ReportFacts } from './ranking.indicators';

export type PeerGroupMode = 'all' | 'kind' | 'kind_level' | 'kind_type';
export interface Scored {
  facts: ReportFacts;
  group: string;
  values: Record<string, IndicatorValue>;
  points: Record<string, number>;
  score: number;
  similar: PeerContext['similarity'];
  /** What the values were computed with: `explained` computes them again with their notes, for a page's rows. */
  ctx: PeerContext;
}
/** What scoring a report needs of the body's report of the year before. */
export type PreviousFacts = Pick<ReportFacts, 'agencyId' | 'year' | 'appsCarriedOut' | 'minhash'>;

/** The group a report is ranked in: compiled government reports apart from departments, vertical bodies apart. */
export function peerKey(f: Pick<ReportFacts, 'kind' | 'level' | 'type'>, mode: PeerGroupMode): string {
  if (mode === 'all') return 'all';
  if (mode === 'kind_level') return `${f.kind}/${f.level ?? '-'}`;
  if (mode === 'kind_type') return `${f.kind}/${f.type}`;
  return f.kind;
}

// Every indicator at 0 points: each report's points start as a copy of it, so all of them share one shape (filling an
// empty object key by key made 1,000 objects a request grow twelve times each).
const NO_POINTS: Readonly<Record<string, number>> = Object.fromEntries(INDICATORS.map((i) => [i.key, 0]));

/** Points on a 0–100 scale: weight × value over the sum of the weights of computable indicators. */
export function score(
  values: Record<string, IndicatorValue>,
  weights: Record<string, number>,
): { points: Record<string, number>; score: number } {
  return scorer(weights)(values);
}

/**
 * `score` under fixed weights, for many reports: the weighted indicators are listed once (a ranking request scores
 * 1,500 reports), and only they are visited. The others add 0 points, and adding 0 leaves a float sum as it was, so
 * each score is the same float as summing all twelve in order.
 */
export function scorer(
  weights: Record<string, number>,
): (values: Record<string, IndicatorValue>) => { points: Record<string, number>; score: number } {
  const plan = INDICATORS.filter((i) => (weights[i.key] ?? 0) > 0).map((i) => ({ key: i.key, w: weights[i.key] }));
  return (values) => {
    let wsum = 0;
    for (const { key, w } of plan) if (values[key] && values[key].value !== null) wsum += w;
    const points = { ...NO_POINTS };
    let total = 0;
    for (const { key, w } of plan) {
      const v = values[key]?.value ?? null;
      if (v === null) continue;
      const p = (100 * w * v) / wsum;
      points[key] = p;
      total += p;
    }
    return { points, score: total };
  };
}

/** A scored report's values with their notes (scoring leaves the notes out: they are read only for the rows shown). */
export const explained = (r: Pick<Scored, 'facts' | 'ctx'>): Record<string, IndicatorValue> =>
  indicatorValues(r.facts, r.ctx);

const groupBy = <T>(xs: T[], key: (x: T) => string): Map<string, T[]> => {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const l = m.get(k);
    if (l) l.push(x);
    else m.set(k, [x]);
  }
  return m;
};

/**
 * Scores one year's reports, each among its peer group. `previous` holds the same bodies' reports of the year before
 * (continuity of 上年结转, similarity to their own previous text). `v1`: also compute profile v1's indicators (needed
 * when a profile in play weights them; `explained` computes them for the rows shown either way).
 */
export function scoreAll(
  facts: ReportFacts[],
  weights: Record<string, number>,
  mode: PeerGroupMode = 'all',
  previous: ReadonlyMap<number, PreviousFacts> = new Map(),
  v1 = true,
): Scored[] {
  const out: Scored[] = [];
  const scoreOf = scorer(weights);
  for (const [group, peers] of groupBy(facts, (f) => peerKey(f, mode))) {
    const peerMaxProactive = Math.max(0, ...peers.map((f) => f.proactive ?? 0));
    let corrected = 0,
      decided = 0;
    for (const f of peers) {
      if (!f.published || f.reviewTotal === null) continue;
      const d = Math.max(0, f.reviewTotal - (f.reviewPending ?? 0));
      decided += d;
      corrected += Math.min(Math.max(0, f.reviewCorrected ?? 0), d);
    }
    const pooledCorrection = decided > 0 ? corrected / decided : 0;
    const nearest = nearestOf(peers.map((f) => f.minhash));
    peers.forEach((f, i) => {
      const prev = previous.get(f.agencyId) ?? null;
      let sim: PeerContext['similarity'] = null;
      if (f.minhash) {
        sim = { value: 0, withName: '', withAgencyId: 0, withYear: f.year };
        if (nearest[i].with >= 0) {
          const p = peers[nearest[i].with];
          sim = { value: nearest[i].best, withName: p.agencyName, withAgencyId: p.agencyId, withYear: p.year };
        }
        if (prev?.minhash) {
          const s = similarity(f.minhash, prev.minhash);
          if (s >= sim.value) sim = { value: s, withName: f.agencyName, withAgencyId: f.agencyId, withYear: prev.year };
        }
      }
      const ctx: PeerContext = {
        peerMaxProactive,
        pooledCorrection,
        prevCarriedOut: prev?.appsCarriedOut ?? null,
        similarity: sim,
      };
      const values = indicatorValues(f, ctx, false, v1);
      const { points, score: total } = scoreOf(values);
      out.push({ facts: f, group, values, similar: sim, ctx, points, score: total });
    });
  }
  return out;
}

// One collator for every comparison: String#localeCompare builds one per call, which was the ranking's hottest line.
const byName = new Intl.Collator().compare;
export const TIE = 1e-9;

/**
 * Competition ranking (1, 2, 2, 4) within each group: ties (to 1e-9) share a rank; published reports before bodies
 * that did not publish; then score, then name for stable output. Groups come out in the order of `groupOrder`.
 * The rows are ranked in place (rank and groupSize set on each): they are one request's freshly scored rows, and
 * copying them with a spread cost more than the sorting (1,000 rows a request).
 */
export function rankAll<
  T extends { score: number; group?: string; facts: { agencyName: string; published?: boolean } },
>(rows: T[], groupOrder: (g: string) => number = () => 0): (T & { rank: number; groupSize: number })[] {
  const out: (T & { rank: number; groupSize: number })[] = [];
  const groups = [...groupBy(rows, (r) => r.group ?? '')].sort(
    (a, b) => groupOrder(a[0]) - groupOrder(b[0]) || byName(a[0], b[0]),
  );
  for (const [, list] of groups) {
    const unpublished = (r: T) => (r.facts.published === false ? 1 : 0);
    const sorted = [...list].sort(
      (a, b) => unpublished(a) - unpublished(b) || b.score - a.score || byName(a.facts.agencyName, b.facts.agencyName),
    );
    let rank = 0;
    sorted.forEach((r, i) => {
      const p = sorted[i - 1];
      if (i === 0 || unpublished(p) !== unpublished(r) || Math.abs(p.score - r.score) > TIE) rank = i + 1;
      out.push(Object.assign(r, { rank, groupSize: list.length }));
    });
  }
  return out;
}

/** The ranks rankAll gives, without its order by name (which only orders ties): for ranks nobody lists. */
export function ranksOf(
  rows: { score: number; group: string; facts: { agencyId: number; published?: boolean } }[],
): Map<number, { rank: number; group: string }> {
  const out = new Map<number, { rank: number; group: string }>();
  for (const [group, list] of groupBy(rows, (r) => r.group)) {
    const unpublished = (r: (typeof list)[number]) => (r.facts.published === false ? 1 : 0);
    const sorted = [...list].sort((a, b) => unpublished(a) - unpublished(b) || b.score - a.score);
    let rank = 0;
    sorted.forEach((r, i) => {
      const p = sorted[i - 1];
      if (i === 0 || unpublished(p) !== unpublished(r) || Math.abs(p.score - r.score) > TIE) rank = i + 1;
      out.set(r.facts.agencyId, { rank, group });
    });
  }
  return out;
}

import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { minhash, REPORT_KIND_LABELS, REPORT_KINDS, sharedPassages, similarity, type ReportKind } from '@dh/domain';
import type { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import { DeadlineService } from '../roster/deadline.service';
import { CURRENT_KEYS, INDICATORS } from '../scoring-profile/indicators';
import type { IndicatorWeightInput, ScoringProfileModel } from '../scoring-profile/scoring-profile.model';
import { ScoringProfileService, weightsOf } from '../scoring-profile/scoring-profile.service';
import { gapTo, profileShift, whyMoved } from './ranking.explain';
import {
  explained,
  peerKey,
  rankAll,
  ranksOf,
  rootCauses,
  scoreAll,
  scorer,
  type PeerGroupMode,
  type PreviousFacts,
  type ReportFacts,
  type Scored,
} from './ranking.math';
import { PeerGroup, type ContentMatchModel, type RankingModel, type RankingRowModel } from './ranking.model';
import { RankingRepository, type FactsRow } from './ranking.repository';
import { rowsToShow } from './ranking-rows';

export const MAX_RANKING_ROWS = 1000;

const LEVEL_ZH: Record<string, string> = {
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡级',
  '-': '级别未知',
};
function groupLabel(key: string): string {
  const [kind, sub] = key.split('/');
  if (kind === 'all') return '全部机关 · all bodies';
  const k = REPORT_KIND_LABELS[kind as ReportKind] ?? { zh: kind, en: kind };
  if (sub === undefined) return `${k.zh} · ${k.en}`;
  return `${k.zh}（${LEVEL_ZH[sub] ?? sub}） · ${k.en} (${sub})`;
}
const groupOrder = (key: string) => REPORT_KINDS.indexOf(key.split('/')[0] as ReportKind);

@Injectable()
export class RankingService {
  constructor(
    private readonly repo: RankingRepository,
    private readonly profiles: ScoringProfileService,
    private readonly deadlines: DeadlineService,
  ) {}

  /**
   * Facts of `year` and the year before, the roster bodies without a report in each, and what scoring the year before
   * needs of the year before that (continuity and own-text similarity look one year back). Read while the profile is
   * looked up: whether the absent bodies are ranked depends on its weights, so they are read either way.
   */
  private async factsOf(
    year: number,
    filter: AgencyFilterInput | undefined,
  ): Promise<{ reports: Map<number, ReportFacts[]>; absent: Map<number, ReportFacts[]>; beforeLast: PreviousFacts[] }> {
    const [rows, beforeLast, gone, dues] = await Promise.all([
      this.repo.facts([year, year - 1], filter),
      this.repo.previousFacts(year - 2, filter),
      this.repo.unpublished([year, year - 1], filter),
      this.deadlines.dueOfYears([year, year - 1]),
    ]);
    const reports = new Map<number, ReportFacts[]>([
      [year, []],
      [year - 1, []],
    ]);
    // Each report is held to its kind's deadline (a county's compiled report to 2月20日, a department to 1月31日).
    // The rows are fresh from the driver: completed in place rather than copied (1,000 rows of 30 fields a request).
    for (const f of rows) {
      const list = reports.get(f.year);
      if (!list) continue;
      const r = f as FactsRow & Pick<ReportFacts, 'dueOn' | 'faults'>;
      r.dueOn = dues[year - f.year](f.kind, f.level);
      r.faults = f.faultKeys ? rootCauses(f.faultKeys) : 0;
      list.push(r);
    }
    const absent = new Map<number, ReportFacts[]>([
      [year, []],
      [year - 1, []],
    ]);
    for (const g of gone) {
      absent.get(g.year)?.push({
        ...g,
        published: false,
        publishedOn: null,
        dueOn: dues[year - g.year](g.kind, g.level),
        template: 'unknown',
        sections: 0,
        tables: 0,
        cellsRead: 0,
        feeStatement: false,
        findings: 0,
        faults: 0,
        needsLook: 0,
        proactive: null,
        appsHandled: null,
        appsDisclosed: null,
        appsNew: null,
        appsCarriedIn: null,
        appsCarriedOut: null,
        appsOther: null,
        reviewTotal: null,
        reviewCorrected: null,
        reviewPending: null,
        minhash: null,
      });
    }
    return { reports, absent, beforeLast };
  }

  async ranking(a: {
    year: number;
    profileId?: number;
    filter?: AgencyFilterInput;
    whatIf?: IndicatorWeightInput[];
    peerGroup?: PeerGroup | null;
    limit: number;
    offset: number;
    ends?: number | null;
  }): Promise<RankingModel> {
    // Last year is also placed under the profile's earlier version (or, for what-if weights, the stored profile): what
    // the profile change alone does to a rank.
    const [[stored, previous], facts] = await Promise.all([
      this.profiles.withPrevious(a.profileId),
      this.factsOf(a.year, a.filter),
    ]);
    const earlier = a.whatIf?.length ? stored : previous;
    const weights = a.whatIf?.length
      ? weightsOf(a.whatIf)
      : Object.fromEntries(stored.weights.map((w) => [w.indicator, w.weight]));
    // A profile weighting only v1 indicators is ranked as it was then: everyone together, bodies without a report absent.
    const current = CURRENT_KEYS.some((k) => (weights[k] ?? 0) > 0);
    const mode = (a.peerGroup ?? (current ? PeerGroup.kind : PeerGroup.all)) as PeerGroupMode;
    const profile: ScoringProfileModel = a.whatIf?.length
      ? {
          ...stored,
          id: 0,
          name: `${stored.name}（假设 · what-if）`,
          description: 'unsaved what-if weights',
          weights: INDICATORS.map((i) => ({ indicator: i.key, weight: weights[i.key] ?? 0 })),
        }
      : stored;
    const ranked = (y: number) => [...(facts.reports.get(y) ?? []), ...(current ? (facts.absent.get(y) ?? []) : [])];
    const byYear = new Map([
      [a.year, ranked(a.year)],
      [a.year - 1, ranked(a.year - 1)],
    ]);
    const { beforeLast } = facts;
    const index = (list: PreviousFacts[]) => new Map(list.map((f) => [f.agencyId, f]));
    // Profile v1's indicators are computed only where a profile in play weights them: this year's under these weights,
    // last year's also under the earlier version it is placed under.
    const v1 = (w: Record<string, number>) => INDICATORS.some((i) => i.legacy && (w[i.key] ?? 0) > 0);
    const earlierWeights = earlier ? Object.fromEntries(earlier.weights.map((w) => [w.indicator, w.weight])) : {};
    // Last year is ranked among the same bodies' reports of that year, under the same weights and groups.
    const cur = rankAll(
      scoreAll(byYear.get(a.year) ?? [], weights, mode, index(byYear.get(a.year - 1) ?? []), v1(weights)),
      groupOrder,
    );
    const prevRanked = rankAll(
      scoreAll(byYear.get(a.year - 1) ?? [], weights, mode, index(beforeLast), v1(weights) || v1(earlierWeights)),
      groupOrder,
    );
    const prev = new Map(prevRanked.map((r) => [r.facts.agencyId, r]));
    const before = earlier
      ? this.placesUnder(earlier, prevRanked, mode, a.peerGroup)
      : new Map<number, { rank: number; group: string }>();
    const rows: RankingRowModel[] = [];
    for (const i of rowsToShow(cur.length, a, MAX_RANKING_ROWS)) {
      const r = cur[i];
      const above = i > 0 && cur[i - 1].group === r.group ? cur[i - 1] : null;
      const p = prev.get(r.facts.agencyId);
      // A rank compares only within the same group; a body that changed kind has no comparable rank.
      const rankChange = p && p.group === r.group ? p.rank - r.rank : null;
      const moved = whyMoved(rankChange, r, p ?? null, weights);
      const shift = profileShift(rankChange, p ?? null, before.get(r.facts.agencyId) ?? null, earlier);
      const why = shift.zh ? { zh: `${moved.zh}；${shift.zh}`, en: `${moved.en}; ${shift.en}` } : moved;
      const gap = gapTo(above ? { ...above, agencyName: above.facts.agencyName } : null, r, weights);
      rows.push(this.row(r, p ?? null, rankChange, why, gap, weights));
    }
    return { year: a.year, profile, whatIf: !!a.whatIf?.length, total: cur.length, peerGroup: mode as PeerGroup, rows };
  }

  /**
   * Rank and group of each of last year's reports under another profile. Its values do not depend on the weights, so
   * within the same groups they are only re-weighted; in other groups ranks are not compared, only the group is named.
   */
  private placesUnder(
    profile: ScoringProfileModel,
    last: Scored[],
    mode: PeerGroupMode,
    peerGroup: PeerGroup | null | undefined,
  ): Map<number, { rank: number; group: string }> {
    const weights = Object.fromEntries(profile.weights.map((w) => [w.indicator, w.weight]));
    const current = CURRENT_KEYS.some((k) => (weights[k] ?? 0) > 0);
    const theirs = (peerGroup ?? (current ? PeerGroup.kind : PeerGroup.all)) as PeerGroupMode;
    // A profile of v1 indicators only ranked published reports alone.
    const mine = current ? last : last.filter((r) => r.facts.published);
    if (theirs !== mode)
      return new Map(mine.map((r) => [r.facts.agencyId, { rank: 0, group: peerKey(r.facts, theirs) }]));
    const scoreOf = scorer(weights);
    return ranksOf(mine.map((r) => ({ facts: r.facts, group: r.group, score: scoreOf(r.values).score })));
  }

  private row(
    r: Scored & { rank: number; groupSize: number },
    p: (Scored & { rank: number }) | null,
    rankChange: number | null,
    why: { zh: string; en: string },
    gap: { zh: string; en: string },
    weights: Record<string, number>,
  ): RankingRowModel {
    const s = r.similar;
    const values = explained(r);
    const other =
      s && s.withAgencyId > 0
        ? { agencyId: s.withAgencyId, agencyName: s.withName, year: s.withYear, similarity: s.value }
        : null;
    return {
      agencyId: r.facts.agencyId,
      agencyName: r.facts.agencyName,
      score: r.score,
      rank: r.rank,
      previousScore: p?.score ?? null,
      previousRank: p?.rank ?? null,
      rankChange,
      whyZh: why.zh,
      whyEn: why.en,
      gapZh: gap.zh,
      gapEn: gap.en,
      peerGroup: r.group,
      peerGroupLabel: groupLabel(r.group),
      groupSize: r.groupSize,
      published: r.facts.published,
      publishedOn: r.facts.publishedOn,
      needsLook: r.facts.needsLook,
      similarTo: other,
      correctedCells: r.facts.correctedKeys ?? [],
      // Indicators the profile weights, then the 2025 ones it leaves at 0 (so a what-if can add them).
      contributions: INDICATORS.filter((i) => (weights[i.key] ?? 0) > 0 || !i.legacy).map((i) => ({
        indicator: i.key,
        labelZh: i.labelZh,
        labelEn: i.labelEn,
        weight: weights[i.key] ?? 0,
        raw: values[i.key].raw,
        value: values[i.key].value,
        points: r.points[i.key],
        previousPoints: p ? p.points[i.key] : null,
        nullReason: values[i.key].nullReason,
        note: values[i.key].note,
      })),
    };
  }

  /** The sentences of 第一/第五部分 a report shares with another (default: the body's own previous report). */
  async contentMatch(a: {
    agencyId: number;
    year: number;
    otherAgencyId?: number | null;
    otherYear?: number | null;
  }): Promise<ContentMatchModel> {
    const otherAgencyId = a.otherAgencyId ?? a.agencyId;
    const otherYear = a.otherYear ?? (a.otherAgencyId == null ? a.year - 1 : a.year);
    if (otherAgencyId === a.agencyId && otherYear === a.year)
      throw new BadRequestException('otherYear: compare with another report, not the report itself');
    const [mine, theirs] = await Promise.all([
      this.repo.ownText(a.agencyId, a.year),
      this.repo.ownText(otherAgencyId, otherYear),
    ]);
    if (!mine) throw new NotFoundException(`no report of agency ${a.agencyId} for ${a.year}`);
    if (!theirs) return { agencyId: a.agencyId, year: a.year, other: null, passages: [] };
    const [x, y] = [minhash(mine.text), minhash(theirs.text)];
    return {
      agencyId: a.agencyId,
      year: a.year,
      passages: sharedPassages(mine.text, theirs.text),
      other: {
        agencyId: otherAgencyId,
        agencyName: theirs.agencyName,
        year: otherYear,
        similarity: x && y ? similarity(x, y) : 0,
      },
    };
  }
}

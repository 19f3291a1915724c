import { Injectable } from '@nestjs/common';
import type { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import { INDICATORS } from '../scoring-profile/indicators';
import type { IndicatorWeightInput, ScoringProfileModel } from '../scoring-profile/scoring-profile.model';
import { ScoringProfileService, weightsOf } from '../scoring-profile/scoring-profile.service';
import { rankAll, scoreAll, whyMoved } from './ranking.math';
import type { RankingModel, RankingRowModel } from './ranking.model';
import { DeadlineService } from '../roster/deadline.service';
import { RankingRepository } from './ranking.repository';

export const MAX_RANKING_ROWS = 1000;

@Injectable()
export class RankingService {
  constructor(private readonly repo: RankingRepository, private readonly profiles: ScoringProfileService, private readonly deadlines: DeadlineService) {}

  async ranking(a: { year: number; profileId?: number; filter?: AgencyFilterInput; whatIf?: IndicatorWeightInput[]; limit: number; offset: number })
    : Promise<RankingModel> {
    const [stored, factRows, dueNow, duePrev] = await Promise.all([this.profiles.get(a.profileId), this.repo.facts([a.year, a.year - 1], a.filter),
      this.deadlines.dueOf(a.year), this.deadlines.dueOf(a.year - 1)]);
    // Each report is held to its kind's deadline (a county's compiled report to 2月20日, a department to 1月31日).
    const facts = factRows.map(({ kind, level, ...f }) => ({ ...f, dueOn: (f.year === a.year ? dueNow : duePrev)(kind, level) }));
    const weights = a.whatIf?.length ? weightsOf(a.whatIf) : Object.fromEntries(stored.weights.map((w) => [w.indicator, w.weight]));
    const profile: ScoringProfileModel = a.whatIf?.length
      ? { ...stored, id: 0, name: `${stored.name}（假设 · what-if）`, description: 'unsaved what-if weights',
        weights: INDICATORS.map((i) => ({ indicator: i.key, weight: weights[i.key] ?? 0 })) }
      : stored;
    // Last year is ranked among the same bodies' reports of that year, under the same weights.
    const cur = rankAll(scoreAll(facts.filter((f) => f.year === a.year), weights));
    const prev = new Map(rankAll(scoreAll(facts.filter((f) => f.year === a.year - 1), weights)).map((r) => [r.facts.agencyId, r]));
    const rows: RankingRowModel[] = cur.slice(a.offset, a.offset + Math.min(Math.max(a.limit, 0), MAX_RANKING_ROWS)).map((r) => {
      const p = prev.get(r.facts.agencyId);
      const rankChange = p ? p.rank - r.rank : null;
      const why = whyMoved(rankChange, r.points, p?.points ?? null);
      return {
        agencyId: r.facts.agencyId, agencyName: r.facts.agencyName, score: r.score, rank: r.rank,
        previousScore: p?.score ?? null, previousRank: p?.rank ?? null, rankChange, whyZh: why.zh, whyEn: why.en,
        contributions: INDICATORS.map((i) => ({
          indicator: i.key, labelZh: i.labelZh, labelEn: i.labelEn, weight: weights[i.key] ?? 0, raw: r.values[i.key].raw,
          value: r.values[i.key].value, points: r.points[i.key], previousPoints: p ? p.points[i.key] : null, nullReason: r.values[i.key].nullReason,
        })),
      };
    });
    return { year: a.year, profile, whatIf: !!a.whatIf?.length, total: cur.length, rows };
  }
}

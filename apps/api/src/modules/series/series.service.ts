import { BadRequestException, Injectable } from '@nestjs/common';
import type { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import { MetricService, toMetricModel } from '../metric/metric.service';
import { buildPoints } from './series.logic';
import type { SeriesModel } from './series.model';
import { SeriesRepository } from './series.repository';

export const MAX_SERIES_AGENCIES = 500;

/** Every year from the first to the last, so a year with no report shows as missing rather than vanishing. */
export function yearSpan(years: number[]): number[] {
  if (!years.length) return [];
  const out: number[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) out.push(y);
  return out;
}

@Injectable()
export class SeriesService {
  constructor(
    private readonly repo: SeriesRepository,
    private readonly metrics: MetricService,
  ) {}

  async series(a: {
    metric: string;
    agencyIds?: number[];
    filter?: AgencyFilterInput;
    years?: number[];
    limit: number;
  }): Promise<SeriesModel> {
    const m = this.metrics.get(a.metric);
    if (a.years && a.years.length > 30) throw new BadRequestException('at most 30 years');
    const explicit = !!a.agencyIds?.length;
    const filter: AgencyFilterInput = { ...(a.filter ?? {}), ...(explicit ? { ids: a.agencyIds } : {}) };
    const limit = Math.min(Math.max(a.limit, 1), MAX_SERIES_AGENCIES);
    const data = await this.repo.load(m.key, filter, explicit, a.years, limit);
    const years = a.years?.length ? [...new Set(a.years)].sort((x, y) => x - y) : yearSpan(data.years);
    return {
      metric: toMetricModel(m),
      years,
      agencyCount: data.count,
      lines: data.agencies.map((g) => ({
        agencyId: g.agency_id,
        agencyName: g.agency_name,
        points: buildPoints(years, g.rows, m),
      })),
    };
  }
}

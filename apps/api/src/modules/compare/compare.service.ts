import { BadRequestException, Injectable } from '@nestjs/common';
import type { AgencyFilterInput } from '../../common/graphql/agency-filter.input';
import { LOCAL_KINDS } from '@dh/domain';
import { MetricService, toMetricModel } from '../metric/metric.service';
import { compareCell, type Val } from './compare.logic';
import {
  CompareSortField,
  type CompareModel,
  type CompareRowModel,
  type CompareSortInput,
  type GroupBy,
} from './compare.model';
import { CompareRepository } from './compare.repository';

export const MAX_COMPARE_ROWS = 1000;

@Injectable()
export class CompareService {
  constructor(
    private readonly repo: CompareRepository,
    private readonly metrics: MetricService,
  ) {}

  async compare(a: {
    metrics: string[];
    years: number[];
    filter?: AgencyFilterInput;
    groupBy: GroupBy;
    sort?: CompareSortInput;
    limit: number;
  }): Promise<CompareModel> {
    if (!a.metrics.length || a.metrics.length > 10) throw new BadRequestException('give 1 to 10 metrics');
    if (!a.years.length || a.years.length > 10) throw new BadRequestException('give 1 to 10 years');
    // A compiled government report already sums its departments and lower governments (逐级汇总): it is its own
    // series, never added to the bodies it contains. Without kinds, totals sum the bodies' own reports.
    const kinds = a.filter?.kinds?.length ? [...new Set(a.filter.kinds)] : [...LOCAL_KINDS];
    if (kinds.includes('government_compiled') && kinds.length > 1) {
      throw new BadRequestException(
        'filter.kinds: government_compiled cannot be summed with other kinds (a compiled report already contains them); ask for it alone',
      );
    }
    const filter = { ...a.filter, kinds };
    const defs = a.metrics.map((k) => this.metrics.get(k));
    const years = [...new Set(a.years)].sort((x, y) => x - y);
    const sortKey = a.sort?.metric ? this.metrics.get(a.sort.metric).key : defs[0].key;
    const sort = {
      field: a.sort?.field ?? CompareSortField.value,
      key: sortKey,
      year: a.sort?.year ?? years[years.length - 1],
      desc: a.sort?.desc ?? true,
    };
    const limit = Math.min(Math.max(a.limit, 1), MAX_COMPARE_ROWS);
    const { groups, stats, groupCount } = await this.repo.run({
      keys: defs.map((d) => d.key),
      years,
      filter,
      groupBy: a.groupBy,
      sort,
      limit,
    });

    const stat = new Map(stats.map((s) => [`${s.key}|${s.year}`, s]));
    const rows: CompareRowModel[] = [];
    const vals = new Map<string, Map<string, Val>>();
    for (const g of groups) {
      let m = vals.get(g.gkey);
      if (!m) {
        m = new Map();
        vals.set(g.gkey, m);
        rows.push({ key: g.gkey, label: g.glabel, agencies: g.agencies, cells: [] });
      }
      m.set(`${g.key}|${g.year}`, { v: g.v, n: g.n, templates: g.templates, fixed: g.fixed });
    }
    for (const r of rows) {
      const m = vals.get(r.key)!;
      r.cells = defs.flatMap((d) =>
        years.map((y) =>
          compareCell(d, y, m.get(`${d.key}|${y}`), m.get(`${d.key}|${y - 1}`), stat.get(`${d.key}|${y}`)?.total),
        ),
      );
    }
    const totals = defs.flatMap((d) =>
      years.map((y) => {
        const s = stat.get(`${d.key}|${y}`);
        const p = stat.get(`${d.key}|${y - 1}`);
        // Totals mix bodies whose templates may differ; their YoY carries the metric's caveat through the templates field.
        const cell = compareCell(
          d,
          y,
          s && { v: s.total, n: s.n, templates: '', fixed: s.fixed },
          p && { v: p.total, n: p.n, templates: '' },
          s?.total,
        );
        // The change is measured over the bodies present in both years, so a body that joined or left does not move it.
        if (!s || !s.paired_n || s.paired_cur === null || s.paired_prev === null)
          return { ...cell, yoy: null, yoyRate: null, yoyBodies: 0 };
        const yoy = s.paired_cur - s.paired_prev;
        return { ...cell, yoy, yoyRate: s.paired_prev === 0 ? null : yoy / s.paired_prev, yoyBodies: s.paired_n };
      }),
    );
    const quantiles = defs.flatMap((d) =>
      years.map((y) => {
        const s = stat.get(`${d.key}|${y}`);
        return { metric: d.key, year: y, n: s?.n ?? 0, p25: s?.p25 ?? null, p50: s?.p50 ?? null, p75: s?.p75 ?? null };
      }),
    );
    return {
      groupBy: a.groupBy,
      years,
      metrics: defs.map(toMetricModel),
      rows,
      rowCount: groupCount,
      totals,
      quantiles,
      kinds,
    };
  }
}

import { BadRequestException, Injectable } from '@nestjs/common';
import { LOCAL_KINDS } from '@dh/domain';
import { MetricService } from '../metric/metric.service';
import type { RollupRowModel } from './rollup.model';
import { RollupRepository } from './rollup.repository';

// A compiled report sums its bodies' own reports and the compiled reports of the governments below it.
const CHILD_KINDS = [...LOCAL_KINDS, 'government_compiled'];

@Injectable()
export class RollupService {
  constructor(
    private readonly repo: RollupRepository,
    private readonly metrics: MetricService,
  ) {}

  async rollup(year: number, metrics: string[], regionId?: number): Promise<RollupRowModel[]> {
    if (!metrics.length || metrics.length > 20) throw new BadRequestException('metrics: give 1 to 20 metric keys');
    const keys = metrics.map((k) => this.metrics.get(k).key);
    const out = new Map<number, RollupRowModel>();
    for (const r of await this.repo.rows(year, keys, CHILD_KINDS, regionId)) {
      let row = out.get(r.agency_id);
      if (!row) {
        row = {
          agencyId: r.agency_id,
          agencyName: r.agency_name,
          level: r.level,
          reportId: r.report_id,
          children: r.children,
          childrenReporting: r.children_reporting,
          cells: [],
        };
        out.set(r.agency_id, row);
      }
      const difference = r.reported !== null && r.computed !== null ? r.reported - r.computed : null;
      row.cells.push({ metric: r.key, reported: r.reported, computed: r.computed, difference, bodies: r.child_values });
    }
    return [...out.values()];
  }
}

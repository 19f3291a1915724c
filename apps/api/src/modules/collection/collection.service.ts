import { Injectable } from '@nestjs/common';
import { CollectionState, type CollectionBodyModel, type CollectionStatusModel } from './collection.model';
import { CollectionRepository, type BodyRow } from './collection.repository';

/** Departments publish by 31 January of the following year (Regulations Art. 50); later is late. */
export function stateOf(b: Pick<BodyRow, 'report_id' | 'published_on'>, year: number): CollectionState {
  if (!b.report_id) return CollectionState.missing;
  if (!b.published_on) return CollectionState.undated;
  return b.published_on <= `${year + 1}-01-31` ? CollectionState.on_time : CollectionState.late;
}

@Injectable()
export class CollectionService {
  constructor(private readonly repo: CollectionRepository) {}

  async status(year: number, regionId?: number): Promise<CollectionStatusModel> {
    const rows = await this.repo.bodies(year, regionId);
    // An unresolved body with no report this year is not "expected": it exists only because some report named it.
    const bodies: CollectionBodyModel[] = rows.filter((r) => r.agency_status !== 'unresolved' || r.report_id).map((r) => ({
      agencyId: r.agency_id, agencyName: r.agency_name, agencyStatus: r.agency_status, state: stateOf(r, year),
      publishedOn: r.published_on, reportId: r.report_id, errorFindings: r.error_findings,
    }));
    const count = (s: CollectionState): number => bodies.filter((b) => b.state === s).length;
    return {
      year, regionId: regionId ?? null, deadline: `${year + 1}-01-31`,
      expected: bodies.filter((b) => b.agencyStatus !== 'unresolved').length,
      received: bodies.filter((b) => b.reportId).length,
      onTime: count(CollectionState.on_time), late: count(CollectionState.late), undated: count(CollectionState.undated),
      missing: count(CollectionState.missing), unresolved: bodies.filter((b) => b.agencyStatus === 'unresolved' && b.reportId).length,
      bodies,
    };
  }
}

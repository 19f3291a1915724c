import { Injectable } from '@nestjs/common';
import { REPORT_KINDS, daysLate, expectedIn } from '@dh/domain';
import { DeadlineService } from '../roster/deadline.service';
import {
  CollectionState,
  type CollectionBodyModel,
  type CollectionKindCountModel,
  type CollectionStatusModel,
} from './collection.model';
import { CollectionRepository, type BodyRow } from './collection.repository';

/** A report is late when published after its kind's deadline (the notices' dates, or the office's for that year). */
export function stateOf(b: Pick<BodyRow, 'report_id' | 'published_on'>, due: string | null): CollectionState {
  if (!b.report_id) return CollectionState.missing;
  if (!b.published_on) return CollectionState.undated;
  return due === null || b.published_on <= due ? CollectionState.on_time : CollectionState.late;
}

@Injectable()
export class CollectionService {
  constructor(
    private readonly repo: CollectionRepository,
    private readonly deadlines: DeadlineService,
  ) {}

  async status(year: number, regionId?: number): Promise<CollectionStatusModel> {
    const [rows, dueOf] = await Promise.all([this.repo.bodies(year, regionId), this.deadlines.dueOf(year)]);
    const bodies: CollectionBodyModel[] = [];
    const today = new Date().toISOString().slice(0, 10);
    for (const r of rows) {
      const expected =
        r.on_roster && expectedIn({ kind: r.kind, firstYear: r.first_year, lastYear: r.last_year }, year);
      // A roster body outside its years (or vertical) is listed only when a report of it arrived anyway.
      if (!expected && !r.report_id) continue;
      const due = dueOf(r.kind, r.level);
      const state = stateOf(r, due);
      bodies.push({
        agencyId: r.agency_id,
        agencyName: r.agency_name,
        agencyStatus: r.agency_status,
        kind: r.kind,
        level: r.level,
        onRoster: r.on_roster,
        expected,
        state,
        dueOn: due,
        daysLate: r.published_on && due ? Math.max(0, daysLate(r.published_on, due)) : null,
        publishedOn: r.published_on,
        reportId: r.report_id,
        errorFindings: r.error_findings,
        publication: r.pub_status,
        postedOnSite: r.pub_posted_on,
        siteUrl: r.pub_page_url,
        editedAfterPosting: r.pub_edited ?? false,
        submissionState: r.sub_state ?? 'not_started',
        submissionId: r.sub_id === null ? null : String(r.sub_id),
        daysLeft: due ? -daysLate(today, due) : null,
        postedInColumn: r.pub_in_column,
        differingCells: r.pub_differs,
      });
    }
    const tally = (bs: CollectionBodyModel[]): Omit<CollectionKindCountModel, 'kind'> => {
      const exp = bs.filter((b) => b.expected);
      const n = (s: CollectionState): number => exp.filter((b) => b.state === s).length;
      return {
        expected: exp.length,
        received: exp.filter((b) => b.reportId).length,
        onTime: n(CollectionState.on_time),
        late: n(CollectionState.late),
        undated: n(CollectionState.undated),
        missing: n(CollectionState.missing),
      };
    };
    const byKind = REPORT_KINDS.map((kind) => ({ kind, ...tally(bodies.filter((b) => b.kind === kind)) })).filter(
      (k) => k.expected > 0,
    );
    return {
      year,
      regionId: regionId ?? null,
      deadline: dueOf('department', null) ?? `${year + 1}-01-31`,
      ...tally(bodies),
      unresolved: bodies.filter((b) => b.agencyStatus === 'unresolved' && b.reportId).length,
      notOnRoster: bodies.filter((b) => !b.onRoster && b.reportId).length,
      byKind,
      bodies,
    };
  }
}

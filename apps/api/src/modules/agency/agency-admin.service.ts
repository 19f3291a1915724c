// Admin operations on bodies and reports, each one transaction with an audit-log row.
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ReportMoveRepository } from '../report/report-move.repository';
import { whyNotCurrent } from '../revision/revision-rank';
import { RevisionRepository } from '../revision/revision.repository';
import { AgencyRepository, type AgencyRow } from './agency.repository';

/** When the target body already has a report for that year: join it as a revision (the better copy stays current),
 *  join it and make the moved copy current, or leave it where it is, marked as not that body's report. */
export const MOVE_MODES = ['as_revision', 'replace', 'keep_apart'] as const;
export type MoveMode = (typeof MOVE_MODES)[number];

export interface MoveResult {
  reportId: string;
  joined: boolean;
  keptApart: boolean;
}

@Injectable()
export class AgencyAdminService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly agencies: AgencyRepository,
    private readonly moves: ReportMoveRepository,
    private readonly revisions: RevisionRepository,
  ) {}

  private async live(em: EntityManager, id: number): Promise<AgencyRow> {
    const a = await this.agencies.byId(em, id);
    if (!a) throw new NotFoundException(`agency ${id} not found`);
    if (a.status === 'merged')
      throw new BadRequestException(`agency ${id} (${a.name}) was merged into another; use that one`);
    return a;
  }

  async addAlias(agencyId: number, alias: string, actor: string): Promise<AgencyRow> {
    const name = alias.trim();
    if (!name) throw new BadRequestException('alias is empty');
    return this.ds.transaction(async (em) => {
      const a = await this.live(em, agencyId);
      const taken = await this.agencies.findByName(em, name);
      if (taken && taken.id !== agencyId)
        throw new BadRequestException(`"${name}" already names agency ${taken.id} (${taken.name})`);
      await this.agencies.addAlias(em, agencyId, name);
      await this.agencies.log(em, actor, 'add_alias', { agencyId, alias: name });
      return a;
    });
  }

  /** Moves every report of `fromId` to `intoId`; the source's name becomes an alias of the target. */
  async merge(fromId: number, intoId: number, actor: string): Promise<{ agency: AgencyRow; movedReports: number }> {
    if (fromId === intoId) throw new BadRequestException('cannot merge an agency into itself');
    return this.ds.transaction(async (em) => {
      const [from, into] = [await this.live(em, fromId), await this.live(em, intoId)];
      const reports = await this.moves.reportsOf(em, fromId);
      // A merge joins overlapping years as revisions: the better copy of each year stays current.
      for (const r of reports) {
        const occupant = await this.moves.occupant(em, intoId, r.year, r.id);
        await this.moves.move(em, r.id, intoId, occupant ? await this.better(em, r.id, occupant) : 'target');
      }
      await this.agencies.markMerged(em, fromId, intoId);
      await this.agencies.log(em, actor, 'merge_agencies', {
        from: fromId,
        fromName: from.name,
        into: intoId,
        reports: reports.length,
      });
      return { agency: into, movedReports: reports.length };
    });
  }

  moveReport(reportId: string, toAgencyId: number, actor: string, mode?: MoveMode): Promise<MoveResult> {
    return this.ds.transaction((em) => this.moveIn(em, reportId, toAgencyId, actor, mode, 'move_report'));
  }

  /** The move inside the caller's transaction (a claim by re-import runs it inside the ingest's). */
  async moveIn(
    em: EntityManager,
    reportId: string,
    toAgencyId: number,
    actor: string,
    mode: MoveMode | undefined,
    action: 'move_report' | 'claim_report',
  ): Promise<MoveResult> {
    const to = await this.live(em, toAgencyId);
    const src = await this.moves.report(em, reportId);
    if (!src) throw new NotFoundException(`report ${reportId} not found`);
    if (src.agency_id === toAgencyId) return { reportId, joined: false, keptApart: false };
    const occupant = await this.moves.occupant(em, toAgencyId, src.year, reportId);
    if (occupant && !mode) {
      throw new BadRequestException(
        `mode: ${to.name} already has a ${src.year} report (report ${occupant}); say whether this one joins it as a ` +
          'revision (as_revision: the better copy stays current), replaces it as current (replace) or is kept apart (keep_apart)',
      );
    }
    const detail = { reportId, from: src.agency_id, to: toAgencyId, year: src.year, mode: occupant ? mode : null };
    if (occupant && mode === 'keep_apart') {
      await this.moves.keepApart(em, reportId, toAgencyId);
      await this.agencies.log(em, actor, action, { ...detail, into: null });
      return { reportId, joined: false, keptApart: true };
    }
    const current = mode === 'replace' ? 'moved' : occupant ? await this.better(em, reportId, occupant) : 'target';
    const res = await this.moves.move(em, reportId, toAgencyId, current);
    await this.agencies.log(em, actor, action, { ...detail, into: res.reportId });
    return { reportId: res.reportId, joined: res.joined, keptApart: false };
  }

  // Which current revision counts once two reports of a year join: the moved one only if it is not worse.
  private async better(em: EntityManager, movedReportId: string, targetReportId: string): Promise<'moved' | 'target'> {
    const [moved, target] = [
      await this.revisions.currentQuality(em, movedReportId),
      await this.revisions.currentQuality(em, targetReportId),
    ];
    return moved && (!target || whyNotCurrent(moved, target) === null) ? 'moved' : 'target';
  }
}

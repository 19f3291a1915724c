// Admin operations on bodies and reports, each one transaction with an audit-log row.
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ReportMoveRepository } from '../report/report-move.repository';
import { AgencyRepository, type AgencyRow } from './agency.repository';

@Injectable()
export class AgencyAdminService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly agencies: AgencyRepository,
    private readonly moves: ReportMoveRepository,
  ) {}

  private async live(em: EntityManager, id: number): Promise<AgencyRow> {
    const a = await this.agencies.byId(em, id);
    if (!a) throw new NotFoundException(`agency ${id} not found`);
    if (a.status === 'merged') throw new BadRequestException(`agency ${id} (${a.name}) was merged into another; use that one`);
    return a;
  }

  async addAlias(agencyId: number, alias: string, actor: string): Promise<AgencyRow> {
    const name = alias.trim();
    if (!name) throw new BadRequestException('alias is empty');
    return this.ds.transaction(async (em) => {
      const a = await this.live(em, agencyId);
      const taken = await this.agencies.findByName(em, name);
      if (taken && taken.id !== agencyId) throw new BadRequestException(`"${name}" already names agency ${taken.id} (${taken.name})`);
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
      for (const r of reports) await this.moves.move(em, r.id, intoId);
      await this.agencies.markMerged(em, fromId, intoId);
      await this.agencies.log(em, actor, 'merge_agencies', { from: fromId, fromName: from.name, into: intoId, reports: reports.length });
      return { agency: into, movedReports: reports.length };
    });
  }

  moveReport(reportId: string, toAgencyId: number, actor: string): Promise<{ reportId: string; joined: boolean }> {
    return this.ds.transaction(async (em) => {
      await this.live(em, toAgencyId);
      const src = await this.moves.report(em, reportId);
      if (!src) throw new NotFoundException(`report ${reportId} not found`);
      if (src.agency_id === toAgencyId) return { reportId, joined: false };
      const res = await this.moves.move(em, reportId, toAgencyId);
      await this.agencies.log(em, actor, 'move_report', { reportId, from: src.agency_id, to: toAgencyId, into: res.reportId });
      return { reportId: res.reportId, joined: res.joined };
    });
  }
}

// An admin's say over which revision counts: any revision can be made current, and the switch is logged. Analytics
// read the current revision (cells and its ranking facts alike), so series, compare and ranking follow at once.
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RevisionRepository } from './revision.repository';

export interface SetCurrentResult {
  reportId: string;
  revisionId: string;
  revisionNo: number;
  previousRevisionId: string | null;
  changed: boolean;
}

@Injectable()
export class RevisionService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly repo: RevisionRepository,
  ) {}

  setCurrent(revisionId: string, actor: string): Promise<SetCurrentResult> {
    if (!/^\d{1,18}$/.test(revisionId)) throw new BadRequestException(`revisionId: not a revision id: ${revisionId}`);
    return this.ds.transaction(async (em) => {
      const rev = await this.repo.lockRevision(em, revisionId);
      if (!rev) throw new NotFoundException(`revision ${revisionId} not found`);
      const base = {
        reportId: rev.report_id,
        revisionId: rev.id,
        revisionNo: rev.revision_no,
        previousRevisionId: rev.current_id,
      };
      if (rev.current_id === rev.id) return { ...base, changed: false };
      await this.repo.setCurrent(em, rev.report_id, rev.id);
      await this.repo.log(em, actor, 'set_current_revision', {
        reportId: rev.report_id,
        revisionId: rev.id,
        revisionNo: rev.revision_no,
        from: rev.current_id,
      });
      return { ...base, changed: true };
    });
  }
}

import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/roles';
import { MonitorPassModel, PublicationCheckModel } from './monitor.model';
import { MonitorService } from './monitor.service';

@Resolver()
export class MonitorResolver {
  constructor(private readonly monitor: MonitorService) {}

  @Query(() => [PublicationCheckModel], {
    description: '公开检查 · per body: posted or not, when, where, edited after posting, removed',
  })
  async publicationChecks(
    @Args('year', { type: () => Int }) year: number,
    @Args('regionId', { type: () => Int, nullable: true }) regionId?: number,
  ): Promise<PublicationCheckModel[]> {
    return (await this.monitor.list(year, regionId)).map((c) => ({
      agencyId: c.agency_id,
      agencyName: c.agency_name,
      year: c.year,
      status: c.status,
      listUrl: c.list_url,
      pageUrl: c.page_url,
      title: c.title,
      postedOn: c.posted_on,
      firstSeenAt: c.first_seen_at,
      lastCheckedAt: c.last_checked_at,
      contentHash: c.content_hash,
      inColumn: c.in_column,
      movedFrom: c.moved_from,
      editedAt: c.edited_at,
      changedCells: c.changed_keys,
      revisionId: c.revision_id,
      note: c.note,
      dueOn: c.due_on,
      comparedSource: c.compared_source,
      differingCells: c.differs_keys,
    }));
  }

  @Mutation(() => MonitorPassModel, { description: '运行公开检查 · run one monitor pass for a year now (admin)' })
  @RequireRole('admin')
  runMonitor(@Args('year', { type: () => Int }) year: number): Promise<MonitorPassModel> {
    return this.monitor.pass(year);
  }
}

// Roster (名录) and deadlines: reading is open like every list of bodies; changing them is admin-only.
import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { ReportKind } from '@dh/domain';
import type { GqlContext } from '../../common/graphql/loaders';
import { principalOf } from '../auth/principal';
import { DeadlineService } from './deadline.service';
import { toRosterEntryModel } from './roster.mapper';
import {
  DeadlineModel,
  HomeRegionModel,
  ReportKindEnum,
  RosterChangeModel,
  RosterEntryModel,
  RosterEntryPatchInput,
  RosterImportResultModel,
  RosterPageModel,
} from './roster.model';
import { RosterService } from './roster.service';

@Resolver()
export class RosterResolver {
  constructor(
    private readonly rosters: RosterService,
    private readonly due: DeadlineService,
  ) {}

  @Query(() => RosterPageModel, {
    description: '名录 · the bodies of a region (sub-regions included), roster first, then known bodies not on it',
  })
  async roster(
    @Args('regionId', { type: () => Int, nullable: true }) regionId?: number,
    @Args('search', { nullable: true }) search?: string,
    @Args('onRosterOnly', { defaultValue: false }) onRosterOnly?: boolean,
    @Args('limit', { type: () => Int, defaultValue: 500 }) limit?: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset?: number,
  ): Promise<RosterPageModel> {
    const [entries, counts] = await Promise.all([
      this.rosters.list({
        regionId,
        search,
        onRosterOnly: onRosterOnly ?? false,
        limit: limit ?? 500,
        offset: offset ?? 0,
      }),
      this.rosters.count(regionId),
    ]);
    return {
      onRoster: counts?.on_roster ?? 0,
      offRoster: counts?.off_roster ?? 0,
      entries: entries.map(toRosterEntryModel),
    };
  }

  @Query(() => HomeRegionModel, {
    nullable: true,
    description:
      '本级地区 · the office’s own region (HOME_REGION, else the roster’s highest government); the dashboard opens there',
  })
  homeRegion(): Promise<HomeRegionModel | null> {
    return this.rosters.homeRegion();
  }

  @Query(() => [RosterChangeModel], { description: '名录变更记录 · logged roster changes of a body, newest first' })
  async rosterHistory(@Args('agencyId', { type: () => Int }) agencyId: number): Promise<RosterChangeModel[]> {
    return (await this.rosters.history(agencyId)).map((h) => ({ ...h, detail: JSON.stringify(h.detail) }));
  }

  @Query(() => [DeadlineModel], {
    description:
      '报送截止日期 · each kind’s deadline for a report year (the notices’ dates unless the office set another)',
  })
  deadlines(@Args('year', { type: () => Int }) year: number): Promise<DeadlineModel[]> {
    return this.due.list(year);
  }

  @Mutation(() => RosterImportResultModel, {
    description: '导入名录（CSV文本） · import a roster CSV; any bad line refuses the whole file',
  })
  async importRoster(
    @Args('csv') csv: string,
    @Args('fileName', { defaultValue: 'roster.csv' }) fileName: string,
    @Args('replace', {
      defaultValue: false,
      description: '替换 · bodies of the file’s regions that it does not list leave the roster',
    })
    replace: boolean,
    @Context() ctx: GqlContext,
  ): Promise<RosterImportResultModel> {
    const parsed = await this.rosters.parseFile(fileName, Buffer.from(csv, 'utf8'));
    return this.rosters.import(fileName, parsed, { replace, actor: principalOf(ctx)?.name ?? 'unknown' });
  }

  @Mutation(() => RosterEntryModel, { description: '修改名录条目 · change a body’s roster entry (logged)' })
  async updateRosterEntry(
    @Args('agencyId', { type: () => Int }) agencyId: number,
    @Args('patch') patch: RosterEntryPatchInput,
    @Context() ctx: GqlContext,
  ): Promise<RosterEntryModel> {
    return toRosterEntryModel(await this.rosters.update(agencyId, patch, principalOf(ctx)?.name ?? 'unknown'));
  }

  @Mutation(() => [DeadlineModel], {
    description: '设定截止日期 · set (or with dueOn null, clear) the office’s deadline for a kind in a year',
  })
  setDeadline(
    @Args('year', { type: () => Int }) year: number,
    @Args('kind', { type: () => ReportKindEnum }) kind: ReportKind,
    @Args('level', { type: () => String, nullable: true }) level: string | null,
    @Args('dueOn', { type: () => String, nullable: true }) dueOn: string | null,
    @Context() ctx: GqlContext,
  ): Promise<DeadlineModel[]> {
    return this.due.set(
      { year, kind, level: level ?? null, dueOn: dueOn ?? null },
      principalOf(ctx)?.name ?? 'unknown',
    );
  }
}

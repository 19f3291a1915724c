// Admin mutations on bodies and reports (the auth guard requires role admin for every mutation).
import { Args, Context, Field, ID, Int, Mutation, ObjectType, registerEnumType, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/graphql/loaders';
import { principalOf } from '../auth/principal';
import { AgencyAdminService, MOVE_MODES, type MoveMode } from './agency-admin.service';

const MoveModeEnum = Object.fromEntries(MOVE_MODES.map((m) => [m, m])) as { [K in MoveMode]: K };
registerEnumType(MoveModeEnum, {
  name: 'MoveMode',
  description: "目标机关已有该年度报告时 · when the target body already has that year's report",
  valuesMap: {
    as_revision: {
      description: '并入为新版本（较好的版本为当前版本） · join it as a revision; the better copy stays current',
    },
    replace: { description: '并入并设为当前版本 · join it and make it the current revision' },
    keep_apart: {
      description: "不并入，保留为单独报告 · leave it apart, marked as not that body's report of the year",
    },
  },
});

@ObjectType('AgencyAdminResult', { description: '机关管理操作结果 · result of an agency admin operation' })
class AgencyAdminResult {
  @Field(() => Int, { description: '机关ID · agency id' }) agencyId!: number;
  @Field({ description: '机关名称 · agency name' }) name!: string;
  @Field(() => Int, { description: '移动的报告数 · reports moved' }) movedReports!: number;
}

@ObjectType('MoveReportResult', { description: '移动报告结果 · result of moving a report' })
class MoveReportResult {
  @Field(() => ID, { description: '报告ID（合并后） · report id after the move' }) reportId!: string;
  @Field({ description: '并入已有报告 · joined an existing report of the target agency for that year' })
  joined!: boolean;
  @Field({ description: '保留为单独报告 · kept apart (mode keep_apart): nothing moved' }) keptApart!: boolean;
}

@Resolver()
export class AgencyAdminResolver {
  constructor(private readonly admin: AgencyAdminService) {}

  private actor(ctx: GqlContext): string {
    return principalOf(ctx)?.name ?? 'unknown';
  }

  @Mutation(() => AgencyAdminResult, { description: '添加别名 · add an alias to an agency' })
  async addAgencyAlias(
    @Args('agencyId', { type: () => Int }) agencyId: number,
    @Args('alias') alias: string,
    @Context() ctx: GqlContext,
  ): Promise<AgencyAdminResult> {
    const a = await this.admin.addAlias(agencyId, alias, this.actor(ctx));
    return { agencyId: a.id, name: a.name, movedReports: 0 };
  }

  @Mutation(() => AgencyAdminResult, {
    description: '合并机关 · merge one agency into another (reports move, name becomes an alias)',
  })
  async mergeAgencies(
    @Args('fromId', { type: () => Int }) fromId: number,
    @Args('intoId', { type: () => Int }) intoId: number,
    @Context() ctx: GqlContext,
  ): Promise<AgencyAdminResult> {
    const r = await this.admin.merge(fromId, intoId, this.actor(ctx));
    return { agencyId: r.agency.id, name: r.agency.name, movedReports: r.movedReports };
  }

  @Mutation(() => MoveReportResult, {
    description:
      '移动报告（认领）；目标机关已有该年度报告时必须给出 mode · move (claim) a report with its revisions; mode is required when the target already has that year',
  })
  moveReport(
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('toAgencyId', { type: () => Int }) toAgencyId: number,
    @Context() ctx: GqlContext,
    @Args('mode', {
      type: () => MoveModeEnum,
      nullable: true,
      description: '年度已占用时的处理 · what to do when the year is taken',
    })
    mode?: MoveMode,
  ): Promise<MoveReportResult> {
    return this.admin.moveReport(reportId, toAgencyId, this.actor(ctx), mode);
  }
}

import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ADMIN_LEVELS, REPORT_KINDS, REPORT_KIND_LABELS } from '@dh/domain';

// GraphQL enums from the domain's lists, so a new kind is added in one place.
export const ReportKindEnum = Object.fromEntries(REPORT_KINDS.map((k) => [k, k])) as {
  [K in (typeof REPORT_KINDS)[number]]: K;
};
registerEnumType(ReportKindEnum, {
  name: 'ReportKind',
  description:
    '报告类别 · what a body’s report is: a government’s compiled report (逐级汇总), its office’s, a department’s, a township’s, a vertically managed body’s (not expected locally), other',
  valuesMap: Object.fromEntries(
    REPORT_KINDS.map((k) => [k, { description: `${REPORT_KIND_LABELS[k].zh} · ${REPORT_KIND_LABELS[k].en}` }]),
  ),
});
export const AdminLevelEnum = Object.fromEntries(ADMIN_LEVELS.map((k) => [k, k])) as {
  [K in (typeof ADMIN_LEVELS)[number]]: K;
};
registerEnumType(AdminLevelEnum, { name: 'AdminLevel', description: '行政层级 · administrative level' });

@ObjectType('RosterEntry', {
  description: '名录条目 · a body, on the roster or not, with its kind, parent government and years',
})
export class RosterEntryModel {
  @Field(() => Int, { description: '机关ID · agency id' }) agencyId!: number;
  @Field() name!: string;
  @Field(() => [String], { description: '地区路径 · region path from the province down' }) regionPath!: string[];
  @Field(() => Int, { nullable: true }) regionId!: number | null;
  @Field(() => ReportKindEnum, {
    description: '类别 · kind (from the roster; a suggestion from the name when not on it)',
  })
  kind!: string;
  @Field({ description: '类别来源 · roster, or suggested from the name' }) kindSource!: 'roster' | 'suggested';
  @Field(() => AdminLevelEnum, { nullable: true, description: '层级 · level' }) level!: string | null;
  @Field({ description: '在名录中 · on the roster (expected to report unless vertical)' }) onRoster!: boolean;
  @Field(() => Int, { nullable: true, description: '上级政府ID · the government whose compiled report sums this body' })
  parentId!: number | null;
  @Field(() => String, { nullable: true }) parentName!: string | null;
  @Field(() => Int, { nullable: true, description: '起始年度 · first year it reports' }) firstYear!: number | null;
  @Field(() => Int, { nullable: true, description: '终止年度 · last year it reports' }) lastYear!: number | null;
  @Field(() => Int, { nullable: true, description: '承继机关ID · body that took over its duties' }) successorId!:
    number | null;
  @Field(() => String, { nullable: true }) successorName!: string | null;
  @Field(() => [String], { description: '年报栏目 · the body’s annual-report list pages' }) sourceUrls!: string[];
  @Field(() => [String]) aliases!: string[];
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() synthetic!: boolean;
}

@ObjectType('RosterPage', { description: '名录 · bodies of a region, roster first' })
export class RosterPageModel {
  @Field(() => Int, { description: '名录内机关数 · bodies on the roster' }) onRoster!: number;
  @Field(() => Int, { description: '名录外机关数 · known bodies not on the roster' }) offRoster!: number;
  @Field(() => [RosterEntryModel]) entries!: RosterEntryModel[];
}

@ObjectType('RosterChange', { description: '名录变更记录 · one logged change' })
export class RosterChangeModel {
  @Field() at!: string;
  @Field() actor!: string;
  @Field() action!: string;
  @Field({ description: 'JSON: before and after' }) detail!: string;
}

@ObjectType('RosterImportResult', { description: '名录导入结果 · a whole file stored' })
export class RosterImportResultModel {
  @Field(() => Int) imported!: number;
  @Field(() => Int, { description: '新建机关 · bodies created' }) created!: number;
  @Field(() => Int, { description: '移出名录 · bodies taken off the roster (replace mode)' }) removed!: number;
}

@InputType('RosterEntryPatch', { description: '名录条目修改 · fields to change (omitted ones stay)' })
export class RosterEntryPatchInput {
  @Field(() => ReportKindEnum, { nullable: true }) kind?: (typeof REPORT_KINDS)[number];
  @Field(() => AdminLevelEnum, { nullable: true }) level?: (typeof ADMIN_LEVELS)[number];
  @Field(() => Int, { nullable: true }) parentId?: number | null;
  @Field(() => Int, { nullable: true }) firstYear?: number | null;
  @Field(() => Int, { nullable: true }) lastYear?: number | null;
  @Field(() => Int, { nullable: true }) successorId?: number | null;
  @Field(() => [String], { nullable: true }) sourceUrls?: string[];
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field({ nullable: true, description: '在名录中 · false takes the body off the roster' }) onRoster?: boolean;
}

@ObjectType('Deadline', { description: '报送截止日期 · the deadline of a kind (and level) for a year' })
export class DeadlineModel {
  @Field(() => Int) year!: number;
  @Field(() => ReportKindEnum) kind!: string;
  @Field(() => String, { nullable: true, description: '层级（汇总报告按层级） · level, for compiled reports' }) level!:
    string | null;
  @Field(() => String, { nullable: true, description: '截止日期 · due date; null: not expected locally (vertical)' })
  dueOn!: string | null;
  @Field({ description: '来源 · notice (the State Council notices) or office (set for this year)' }) source!:
    'notice' | 'office';
}

@ObjectType('HomeRegion', { description: '本级地区 · the office’s own region, where the dashboard opens' })
export class HomeRegionModel {
  @Field(() => Int) id!: number;
  @Field() name!: string;
  @Field() level!: string;
  @Field({ description: '来源 · config (HOME_REGION) or roster (its highest government)' }) source!: string;
}

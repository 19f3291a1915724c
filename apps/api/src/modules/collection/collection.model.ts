import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReportKindEnum } from '../roster/roster.model';

export enum CollectionState {
  on_time = 'on_time',
  late = 'late',
  undated = 'undated',
  missing = 'missing',
}
registerEnumType(CollectionState, {
  name: 'CollectionState',
  description: '报送状态 · status of a body’s report',
  valuesMap: {
    on_time: {
      description: '按时 · published by the deadline of its kind (departments 1月31日; compiled reports by level)',
    },
    late: { description: '逾期 · published after the deadline of its kind' },
    undated: { description: '无发布日期 · received, publication date unknown' },
    missing: { description: '未收到 · no report received' },
  },
});

@ObjectType('CollectionBody', { description: '应报机关 · one expected body and its report' })
export class CollectionBodyModel {
  @Field(() => Int) agencyId!: number;
  @Field() agencyName!: string;
  @Field({ description: '机关状态 · resolved or unresolved (name not matched)' }) agencyStatus!: string;
  @Field(() => ReportKindEnum, { description: '类别 · kind (roster, or suggested from the name when not on it)' })
  kind!: string;
  @Field(() => String, { nullable: true, description: '层级 · level' }) level!: string | null;
  @Field({ description: '在名录中 · on the roster' }) onRoster!: boolean;
  @Field({ description: '应报 · expected this year (on the roster, within its years, not vertical)' })
  expected!: boolean;
  @Field(() => CollectionState) state!: CollectionState;
  @Field(() => String, { nullable: true, description: '截止日期 · deadline of its kind (null: none locally)' }) dueOn!:
    string | null;
  @Field(() => Int, {
    nullable: true,
    description: '逾期天数 · days after the deadline (0 when on time; null without a date)',
  })
  daysLate!: number | null;
  @Field(() => String, { nullable: true, description: '发布日期 · publication date' }) publishedOn!: string | null;
  @Field(() => ID, { nullable: true }) reportId!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      '公开检查 · what the monitor found on the body’s 年报栏目: posted, gone, not_found, failed (null: not checked)',
  })
  publication!: string | null;
  @Field(() => String, { nullable: true, description: '栏目发布时间 · posting date on the site' }) postedOnSite!:
    string | null;
  @Field(() => String, { nullable: true, description: '网页地址 · where it is posted' }) siteUrl!: string | null;
  @Field({ description: '发布后修改 · edited after posting' }) editedAfterPosting!: boolean;
  @Field({
    description:
      "报送状态 · the bureau's submission to the office: not_started, draft, submitted, returned, accepted, published",
  })
  submissionState!: string;
  @Field(() => ID, { nullable: true, description: '报送 · the submission, for the review page' }) submissionId!:
    string | null;
  @Field(() => Int, {
    nullable: true,
    description: '剩余天数 · days until the deadline from today (negative: past it; null: no local deadline)',
  })
  daysLeft!: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: '在年报栏目 · posted in the annual-report column (null: not posted or not checked)',
  })
  postedInColumn!: boolean | null;
  @Field(() => Int, {
    nullable: true,
    description:
      '与报送稿不一致 · cells where the posted copy differs from the copy received (accepted submission, else upload); null: nothing to compare',
  })
  differingCells!: number | null;
  @Field(() => Int, {
    description: '未通过的检查 · error findings of the report not dismissed (failed checks; 0 without a report)',
  })
  errorFindings!: number;
}

@ObjectType('CollectionKindCount', { description: '按类别统计 · counts of one kind' })
export class CollectionKindCountModel {
  @Field(() => ReportKindEnum) kind!: string;
  @Field(() => Int, { description: '应报 · expected' }) expected!: number;
  @Field(() => Int, { description: '已收到 · received' }) received!: number;
  @Field(() => Int, { description: '按时 · on time' }) onTime!: number;
  @Field(() => Int, { description: '逾期 · late' }) late!: number;
  @Field(() => Int, { description: '无日期 · undated' }) undated!: number;
  @Field(() => Int, { description: '未提交 · missing' }) missing!: number;
}

@ObjectType('CollectionStatus', { description: '收集进度 · expected bodies vs reports received for a year' })
export class CollectionStatusModel {
  @Field(() => Int) year!: number;
  @Field(() => Int, { nullable: true }) regionId!: number | null;
  @Field({ description: '部门截止日期 · departments’ deadline (each body has its own dueOn)' }) deadline!: string;
  @Field(() => Int, { description: '应报 · roster bodies expected this year' }) expected!: number;
  @Field(() => Int, { description: '已收到 · reports received from expected bodies' }) received!: number;
  @Field(() => Int, { description: '按时 · on time' }) onTime!: number;
  @Field(() => Int, { description: '逾期 · late' }) late!: number;
  @Field(() => Int, { description: '无日期 · undated' }) undated!: number;
  @Field(() => Int, { description: '缺报 · missing' }) missing!: number;
  @Field(() => Int, { description: '机关未确认 · reports whose body is unresolved' }) unresolved!: number;
  @Field(() => Int, { description: '名录外 · reports of bodies not on the roster (not counted as expected)' })
  notOnRoster!: number;
  @Field(() => [CollectionKindCountModel], { description: '按类别 · counts per kind' })
  byKind!: CollectionKindCountModel[];
  @Field(() => [CollectionBodyModel], { description: '明细 · per body' }) bodies!: CollectionBodyModel[];
}

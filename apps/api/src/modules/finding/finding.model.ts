import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgencyFilterInput } from '../../common/graphql/agency-filter.input';

export enum FindingKind {
  within = 'within',
  continuity = 'continuity',
  hierarchy = 'hierarchy',
  publication = 'publication',
}
registerEnumType(FindingKind, {
  name: 'FindingKind',
  description: '问题类别 · where a finding comes from',
  valuesMap: {
    within: { description: '报告内勾稽 · checks inside one report' },
    continuity: { description: '跨年度衔接 · year N against year N−1 of the same body' },
    hierarchy: { description: '层级汇总 · a government’s report against the sum of its bodies' },
    publication: {
      description: '网站公开 · what the publication check found on the body’s site (evidence: URL, time, hash)',
    },
  },
});

export enum FindingStatus {
  open = 'open',
  confirmed = 'confirmed',
  dismissed = 'dismissed',
  resolved = 'resolved',
}
registerEnumType(FindingStatus, {
  name: 'FindingStatus',
  description:
    '处理状态 · open, confirmed, dismissed; resolved: closed by a cell correction (resolvedByCorrectionId), never set by hand',
});

@InputType('FindingFilter', { description: '问题筛选 · which findings to list' })
export class FindingFilterInput {
  @Field(() => AgencyFilterInput, { nullable: true, description: '机关 · agencies' }) agency?: AgencyFilterInput;
  @Field(() => [Int], { nullable: true, description: '年度 · years' }) years?: number[];
  @Field(() => [FindingKind], { nullable: true, description: '类别 · kinds (default: all)' }) kinds?: FindingKind[];
  @Field(() => [String], { nullable: true, description: '级别 · severities' }) severities?: string[];
  @Field(() => [FindingStatus], { nullable: true, description: '状态 · statuses' }) statuses?: FindingStatus[];
  @Field(() => [String], { nullable: true, description: '代码 · codes' }) codes?: string[];
}

@ObjectType('Finding', { description: '问题 · a finding: inside a report, across years, or across the hierarchy' })
export class FindingModel {
  @Field(() => ID, {
    description: '标识（报告内为数字；跨年/层级为合成键） · id (numeric for stored, composite for computed)',
  })
  id!: string;
  @Field(() => FindingKind) kind!: FindingKind;
  @Field({ description: '代码 · code' }) code!: string;
  @Field({ description: '级别 · error, warning, info' }) severity!: string;
  @Field(() => FindingStatus, { description: '状态 · status' }) status!: FindingStatus;
  @Field(() => String, { nullable: true, description: '处理说明 · note given with the status' }) statusNote!:
    string | null;
  @Field({ description: '说明（中文） · message (Chinese)' }) messageZh!: string;
  @Field({ description: '说明（英文） · message (English)' }) messageEn!: string;
  @Field(() => Int) agencyId!: number;
  @Field() agencyName!: string;
  @Field(() => Int, { description: '年度 · year' }) year!: number;
  @Field(() => ID, { nullable: true, description: '报告ID · report id' }) reportId!: string | null;
  @Field(() => [String], { description: '相关指标 · metric keys' }) keys!: string[];
  @Field(() => Float, { nullable: true, description: '应为 · expected value (computed findings)' }) expected!:
    number | null;
  @Field(() => Float, { nullable: true, description: '实为 · actual value (computed findings)' }) actual!:
    number | null;
  @Field(() => ID, {
    nullable: true,
    description: '由此更正解决 · the cell correction that closed it (status resolved)',
  })
  resolvedByCorrectionId!: string | null;
}

import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MetricModel } from '../metric/metric.model';

export enum PointStatus {
  value = 'value',
  missing_report = 'missing_report',
  not_in_template = 'not_in_template',
  no_value = 'no_value',
}
registerEnumType(PointStatus, {
  name: 'PointStatus',
  description: '数据点状态 · what a series point holds',
  valuesMap: {
    value: { description: '有数值 · a number was printed (0 included)' },
    missing_report: { description: '缺报告 · no report of that year is stored' },
    not_in_template: { description: '模板无此项 · the report’s template has no such cell' },
    no_value: { description: '无数值 · cell empty, “/”, text or unresolved digits' },
  },
});

@ObjectType('SeriesPoint', { description: '数据点 · one agency-year' })
export class SeriesPointModel {
  @Field(() => Int, { description: '年度 · year' }) year!: number;
  @Field(() => Float, { nullable: true, description: '数值 · value (null unless status is value)' }) value!:
    number | null;
  @Field(() => PointStatus, { description: '状态 · status' }) status!: PointStatus;
  @Field(() => String, { nullable: true, description: '原文 · raw text as printed' }) raw!: string | null;
  @Field(() => String, { nullable: true, description: '单元格类型 · cell kind' }) kind!: string | null;
  @Field(() => String, { nullable: true, description: '报告模板 · template of that year’s report' }) template!:
    string | null;
  @Field(() => ID, { nullable: true, description: '报告ID · report id' }) reportId!: string | null;
  @Field({ description: '与上一点之间断开 · the line must not connect this point to the previous one' })
  breakBefore!: boolean;
  @Field(() => String, { nullable: true, description: '断开原因（中文） · why the line breaks (Chinese)' })
  breakReasonZh!: string | null;
  @Field(() => String, { nullable: true, description: '断开原因（英文） · why the line breaks (English)' })
  breakReasonEn!: string | null;
  @Field({ description: "已更正 · value is an admin's correction of the published cell (see publishedValue)" })
  corrected!: boolean;
  @Field(() => Float, {
    nullable: true,
    description: '公布值 · the value as published (equals value unless corrected)',
  })
  publishedValue!: number | null;
}

@ObjectType('SeriesLine', { description: '一条序列 · one agency over the years' })
export class SeriesLineModel {
  @Field(() => Int, { description: '机关ID · agency id' }) agencyId!: number;
  @Field({ description: '机关 · agency name' }) agencyName!: string;
  @Field(() => [SeriesPointModel], {
    description: '每年一点（含缺失年度） · one point per year, missing years included',
  })
  points!: SeriesPointModel[];
}

@ObjectType('Series', { description: '时间序列 · a metric over the years for one or more agencies' })
export class SeriesModel {
  @Field(() => MetricModel, { description: '指标 · the metric' }) metric!: MetricModel;
  @Field(() => [Int], { description: '年度 · the years, ascending' }) years!: number[];
  @Field(() => [SeriesLineModel], { description: '序列 · one line per agency' }) lines!: SeriesLineModel[];
  @Field(() => Int, { description: '机关总数（未截断） · agencies matched before the limit' }) agencyCount!: number;
}

import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReportKindEnum } from '../roster/roster.model';
import { MetricModel } from '../metric/metric.model';

export enum GroupBy {
  agency = 'agency',
  type = 'type',
  region = 'region',
  level = 'level',
}
registerEnumType(GroupBy, {
  name: 'GroupBy',
  description: '分组 · how rows are grouped',
  valuesMap: {
    agency: { description: '按机关 · one row per agency' },
    type: { description: '按机关类型 · per agency type' },
    region: { description: '按地区 · per region' },
    level: { description: '按层级 · per level' },
  },
});

export enum CompareSortField {
  value = 'value',
  yoy = 'yoy',
  share = 'share',
  label = 'label',
}
registerEnumType(CompareSortField, {
  name: 'CompareSortField',
  description: '排序字段 · sort field: value, yoy (change), share, label',
});

@InputType('CompareSort', { description: '排序 · sort order of the rows' })
export class CompareSortInput {
  @Field(() => CompareSortField, { defaultValue: CompareSortField.value, description: '字段 · field' })
  field!: CompareSortField;
  @Field({ nullable: true, description: '指标（默认第一个） · metric key (default: the first)' }) metric?: string;
  @Field(() => Int, { nullable: true, description: '年度（默认最后一年） · year (default: the last)' }) year?: number;
  @Field({ defaultValue: true, description: '降序 · descending' }) desc!: boolean;
}

@ObjectType('CompareCell', { description: '对比数值 · one metric-year value of a row' })
export class CompareCellModel {
  @Field({ description: '指标键 · metric key' }) metric!: string;
  @Field(() => Int, { description: '年度 · year' }) year!: number;
  @Field(() => Float, { nullable: true, description: '数值（组内合计） · value (sum over the group)' }) value!:
    number | null;
  @Field(() => Int, { description: '有数值的报告数 · reports with a number' }) reports!: number;
  @Field(() => Float, { nullable: true, description: '同比变化 · change from the previous year' }) yoy!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: '同比变化率 · relative change (0.1 = +10%); null when the base is 0',
  })
  yoyRate!: number | null;
  @Field(() => String, {
    nullable: true,
    description: '同比说明 · why yoy is null or needs care (template change, missing year)',
  })
  yoyNote!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: '同比口径机关数 · totals: bodies with a value in both years, over which yoy is computed',
  })
  yoyBodies?: number | null;
  @Field(() => Float, { nullable: true, description: '占总计比例 · share of the total of all rows (0–1)' }) share!:
    number | null;
  @Field(() => Int, {
    description:
      "含更正值的报告数 · reports whose value here is an admin's correction of the published cell (0: as published)",
  })
  corrected!: number;
}

@ObjectType('CompareRow', { description: '对比行 · one group (agency, type, region or level)' })
export class CompareRowModel {
  @Field({ description: '分组键 · group key (agency id, type, region id, level)' }) key!: string;
  @Field({ description: '分组名称 · group label' }) label!: string;
  @Field(() => Int, { description: '机关数 · agencies in the group' }) agencies!: number;
  @Field(() => [CompareCellModel], { description: '数值 · values per metric and year' }) cells!: CompareCellModel[];
}

@ObjectType('Quantiles', { description: '同组分位数 · P25/P50/P75 of agency values in the peer group' })
export class QuantilesModel {
  @Field({ description: '指标键 · metric key' }) metric!: string;
  @Field(() => Int, { description: '年度 · year' }) year!: number;
  @Field(() => Int, { description: '样本数 · agencies with a value' }) n!: number;
  @Field(() => Float, { nullable: true }) p25!: number | null;
  @Field(() => Float, { nullable: true }) p50!: number | null;
  @Field(() => Float, { nullable: true }) p75!: number | null;
}

@ObjectType('Compare', { description: '横向对比 · metrics compared across agencies or groups' })
export class CompareModel {
  @Field(() => GroupBy) groupBy!: GroupBy;
  @Field(() => [Int], { description: '年度 · years' }) years!: number[];
  @Field(() => [MetricModel], { description: '指标 · metrics' }) metrics!: MetricModel[];
  @Field(() => [CompareRowModel], { description: '行（已排序、截断） · rows, sorted and limited' })
  rows!: CompareRowModel[];
  @Field(() => Int, { description: '总行数（截断前） · rows before the limit' }) rowCount!: number;
  @Field(() => [CompareCellModel], {
    description: '总计（全部行） · totals over all rows; yoy over bodies present in both years (yoyBodies)',
  })
  totals!: CompareCellModel[];
  @Field(() => [ReportKindEnum], {
    description:
      '合计口径 · the report kinds summed (by default the bodies’ own reports, never a compiled government report)',
  })
  kinds!: string[];
  @Field(() => [QuantilesModel], { description: '同组分位数 · peer-group quantiles' }) quantiles!: QuantilesModel[];
}

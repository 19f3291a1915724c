import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CollectionState { on_time = 'on_time', late = 'late', undated = 'undated', missing = 'missing' }
registerEnumType(CollectionState, {
  name: 'CollectionState',
  description: '报送状态 · status of a body’s report',
  valuesMap: {
    on_time: { description: '按时（次年1月31日前发布） · published by 31 January of the following year' },
    late: { description: '逾期 · published after 31 January' },
    undated: { description: '无发布日期 · received, publication date unknown' },
    missing: { description: '未收到 · no report received' },
  },
});

@ObjectType('CollectionBody', { description: '应报机关 · one expected body and its report' })
export class CollectionBodyModel {
  @Field(() => Int) agencyId!: number;
  @Field() agencyName!: string;
  @Field({ description: '机关状态 · resolved or unresolved (name not matched)' }) agencyStatus!: string;
  @Field(() => CollectionState) state!: CollectionState;
  @Field(() => String, { nullable: true, description: '发布日期 · publication date' }) publishedOn!: string | null;
  @Field(() => ID, { nullable: true }) reportId!: string | null;
  @Field(() => Int, { description: '未通过的检查 · error findings of the report not dismissed (failed checks; 0 without a report)' })
  errorFindings!: number;
}

@ObjectType('CollectionStatus', { description: '收集进度 · expected bodies vs reports received for a year' })
export class CollectionStatusModel {
  @Field(() => Int) year!: number;
  @Field(() => Int, { nullable: true }) regionId!: number | null;
  @Field({ description: '截止日期 · deadline (31 January of the following year)' }) deadline!: string;
  @Field(() => Int, { description: '应报 · expected bodies' }) expected!: number;
  @Field(() => Int, { description: '已收到 · reports received' }) received!: number;
  @Field(() => Int, { description: '按时 · on time' }) onTime!: number;
  @Field(() => Int, { description: '逾期 · late' }) late!: number;
  @Field(() => Int, { description: '无日期 · undated' }) undated!: number;
  @Field(() => Int, { description: '缺报 · missing' }) missing!: number;
  @Field(() => Int, { description: '机关未确认 · reports whose body is unresolved' }) unresolved!: number;
  @Field(() => [CollectionBodyModel], { description: '明细 · per body' }) bodies!: CollectionBodyModel[];
}

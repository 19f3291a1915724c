import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum Comparability {
  same = 'same',
  caveat = 'caveat',
  none = 'none',
}
registerEnumType(Comparability, {
  name: 'Comparability',
  description: '2019与2021模板间可比性 · how a metric maps across the 2019 and 2021 templates',
  valuesMap: {
    same: { description: '口径相同 · same definition in both templates' },
    caveat: { description: '可比但有保留 · comparable with a caveat (see note)' },
    none: { description: '不可比 · not comparable (only in one template or different definition)' },
  },
});

@ObjectType('Metric', { description: '指标 · one numeric cell of the official tables (metric catalogue)' })
export class MetricModel {
  @Field({ description: '指标键 · stable key, e.g. t2.penalty.decisions' }) key!: string;
  @Field({ description: '表 · table: 二, 三 or 四' }) section!: string;
  @Field({ description: '行标签 · official row label' }) rowLabel!: string;
  @Field({ description: '列标签 · official column label' }) colLabel!: string;
  @Field({ description: '中文名称 · Chinese label (row · column)' }) labelZh!: string;
  @Field({ description: '英文名称 · English label' }) labelEn!: string;
  @Field({ description: '单位 · unit, e.g. 件, 项, 元, 万元' }) unit!: string;
  @Field(() => [String], { description: '所在模板 · templates that contain it: 2019, 2021' }) templates!: string[];
  @Field(() => Comparability, { description: '跨模板可比性 · comparability across templates' })
  comparability!: Comparability;
  @Field({
    nullable: true,
    description: '说明（英文，同 noteEn） · why it is (not) comparable, in English',
    deprecationReason: 'use noteZh or noteEn',
  })
  note?: string;
  @Field({ nullable: true, description: '可比性说明 · why it is (not) comparable, in Chinese' }) noteZh?: string;
  @Field({ nullable: true, description: '可比性说明（英文） · why it is (not) comparable, in English' })
  noteEn?: string;
}

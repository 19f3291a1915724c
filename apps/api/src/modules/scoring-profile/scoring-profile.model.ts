import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('IndicatorWeight', { description: '指标权重 · weight of one scoring indicator' })
export class IndicatorWeightModel {
  @Field({ description: '考评指标 · indicator key (see the indicators query)' }) indicator!: string;
  @Field(() => Float, { description: '权重 · weight (relative; need not sum to 1)' }) weight!: number;
}

@InputType('IndicatorWeightInput', { description: '指标权重 · weight of one scoring indicator' })
export class IndicatorWeightInput {
  @Field({ description: '考评指标 · indicator key' }) indicator!: string;
  @Field(() => Float, { description: '权重（≥0） · weight, zero or more' }) weight!: number;
}

@ObjectType('ScoringProfile', { description: '考评方案 · a stored, versioned set of indicator weights' })
export class ScoringProfileModel {
  @Field(() => Int) id!: number;
  @Field({ description: '名称 · name' }) name!: string;
  @Field(() => Int, { description: '版本 · version (each save of a name adds one)' }) version!: number;
  @Field(() => String, { nullable: true, description: '说明 · description' }) description!: string | null;
  @Field(() => [IndicatorWeightModel], { description: '权重 · weights' }) weights!: IndicatorWeightModel[];
  @Field({ description: '默认方案 · the default profile' }) isDefault!: boolean;
  @Field({ description: '创建时间 · created at (ISO)' }) createdAt!: string;
  @Field(() => String, { nullable: true, description: '创建人 · token name that saved it' }) createdBy!: string | null;
}

@InputType('ScoringProfileInput', { description: '保存考评方案 · save a profile (a new version of its name)' })
export class ScoringProfileInput {
  @Field({ description: '名称 · name' }) name!: string;
  @Field({ nullable: true, description: '说明 · description' }) description?: string;
  @Field(() => [IndicatorWeightInput], { description: '权重 · weights' }) weights!: IndicatorWeightInput[];
  @Field({ defaultValue: false, description: '设为默认 · make it the default' }) makeDefault!: boolean;
}

@ObjectType('Indicator', { description: '考评指标定义 · a scoring indicator' })
export class IndicatorModel {
  @Field() key!: string;
  @Field({ description: '中文名称 · Chinese label' }) labelZh!: string;
  @Field({ description: '英文名称 · English label' }) labelEn!: string;
  @Field({
    description: '计算方法（英文，同 methodEn） · how it is computed, in English',
    deprecationReason: 'use methodZh or methodEn',
  })
  method!: string;
  @Field({ description: '计算方法 · how it is computed, in Chinese' }) methodZh!: string;
  @Field({ description: '计算方法（英文） · how it is computed, in English' }) methodEn!: string;
  @Field(() => [String], { description: '来源单元格或字段 · the cells and fields it reads' }) sources!: string[];
  @Field({ description: '旧指标（仅供方案v1复现） · v1 indicator, kept to reproduce past rankings' }) legacy!: boolean;
}

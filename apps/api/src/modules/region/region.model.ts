import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Region', { description: '行政区域 · administrative region' })
export class RegionModel {
  @Field(() => Int) id!: number;
  @Field({ description: '名称 · name' }) name!: string;
  @Field({ description: '层级 · level: country, province, city, county, township' }) level!: string;
  @Field(() => Int, { nullable: true, description: '上级地区ID · parent region id' }) parentId!: number | null;
  @Field({ description: '合成数据 · synthetic demo data' }) synthetic!: boolean;
}

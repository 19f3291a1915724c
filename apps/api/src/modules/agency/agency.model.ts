import { Field, Int, ObjectType } from '@nestjs/graphql';
import { RegionModel } from '../region/region.model';

@ObjectType('Agency', { description: '机关 · a government body that publishes reports' })
export class AgencyModel {
  @Field(() => Int) id!: number;
  @Field({ description: '名称 · name' }) name!: string;
  @Field({ description: '类型 · type derived from the name, e.g. emergency_management' }) type!: string;
  @Field(() => String, { nullable: true, description: '层级 · level (province, city, county, township)' }) level!:
    string | null;
  @Field({ description: '状态 · resolved, unresolved (name not matched to a known body), merged' }) status!: string;
  @Field(() => Int, { nullable: true, description: '地区ID · region id' }) regionId!: number | null;
  @Field(() => Int, { nullable: true, description: '并入机关ID · merged into this agency' }) mergedIntoId!:
    number | null;
  @Field({ description: '合成数据 · synthetic demo data' }) synthetic!: boolean;
  @Field(() => [String], { description: '别名 · other names it was printed under' }) aliases!: string[];
  @Field(() => RegionModel, { nullable: true, description: '地区 · region' }) region?: RegionModel | null;
}

@ObjectType('AgencyFacts', {
  description: '机关概况 · what the filters and the synthetic-data mark need of all bodies',
})
export class AgencyFactsModel {
  @Field(() => [String], { description: '类型 · the types of the bodies (merged ones excluded), sorted' })
  types!: string[];
  @Field({ description: '含合成数据 · whether any of them is synthetic demo data' }) synthetic!: boolean;
}

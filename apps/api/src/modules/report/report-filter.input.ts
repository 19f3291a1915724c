import { Field, InputType, Int } from '@nestjs/graphql';
import { AgencyFilterInput } from '../../common/graphql/agency-filter.input';

@InputType('ReportFilter', { description: '报告筛选 · which reports to list' })
export class ReportFilterInput {
  @Field(() => Int, { nullable: true, description: '年度 · one year' }) year?: number;
  @Field(() => [Int], { nullable: true, description: '年度 · several years' }) years?: number[];
  @Field(() => AgencyFilterInput, { nullable: true, description: '机关 · agencies' }) agency?: AgencyFilterInput;
  @Field({ nullable: true, description: '模板 · template: 2019, 2021, mixed, unknown' }) template?: string;
}

import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RollupCell', { description: '汇总核对 · one metric of a compiled report beside the sum of its bodies' })
export class RollupCellModel {
  @Field() metric!: string;
  @Field(() => Float, { nullable: true, description: '汇总报告所填 · value printed in the compiled report' })
  reported!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      '所属机关合计 · sum over the bodies it contains (their own reports, lower governments’ compiled reports)',
  })
  computed!: number | null;
  @Field(() => Float, { nullable: true, description: '差额 · reported − computed (null when either is missing)' })
  difference!: number | null;
  @Field(() => Int, { description: '计入的机关报告数 · bodies’ reports with a value for this metric' }) bodies!: number;
}

@ObjectType('RollupRow', {
  description: '逐级汇总 · a compiled government report and the sum of the bodies it contains',
})
export class RollupRowModel {
  @Field(() => Int) agencyId!: number;
  @Field() agencyName!: string;
  @Field(() => String, { nullable: true }) level!: string | null;
  @Field(() => ID, { nullable: true, description: '汇总报告ID · its report (null: not received)' }) reportId!:
    string | null;
  @Field(() => Int, { description: '名录所属机关数 · bodies the roster puts under it this year' }) children!: number;
  @Field(() => Int, { description: '已报告机关数 · of them, bodies with a report' }) childrenReporting!: number;
  @Field(() => [RollupCellModel]) cells!: RollupCellModel[];
}

import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('CellCorrection', {
  description:
    "单元格更正 · an admin's correction of one cell: the value as published and as corrected, who, when and why",
})
export class CellCorrectionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: '报告ID · report id' }) reportId!: string;
  @Field(() => ID, { description: '所更正的版本 · the revision whose cell was corrected' }) revisionId!: string;
  @Field({ description: '指标键 · metric key of the cell' }) key!: string;
  @Field(() => Float, {
    nullable: true,
    description: '公布值 · the value as published (null: the cell held no number)',
  })
  publishedValue!: number | null;
  @Field({ description: "公布时的单元格类型 · the cell's kind as published (number, zero, empty, text, unresolved…)" })
  publishedKind!: string;
  @Field(() => Float, { description: '更正值 · the corrected value, which analytics use while the correction stands' })
  correctedValue!: number;
  @Field({ description: '更正说明 · why the published value is wrong' }) note!: string;
  @Field({ description: '更正人 · who corrected it' }) correctedBy!: string;
  @Field({ description: '更正时间（ISO） · when' }) correctedAt!: string;
  @Field(() => String, { nullable: true, description: '撤回人 · who withdrew it' }) withdrawnBy!: string | null;
  @Field(() => String, { nullable: true, description: '撤回时间（ISO） · when it was withdrawn (null: it stands)' })
  withdrawnAt!: string | null;
  @Field(() => String, {
    nullable: true,
    description: '撤回说明 · why (superseded: replaced by a later correction of the cell)',
  })
  withdrawnNote!: string | null;
  @Field({ description: '有效 · the correction stands (not withdrawn)' }) active!: boolean;
}

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SetCurrentRevisionResult', { description: '设为当前版本的结果 · result of making a revision current' })
export class SetCurrentRevisionModel {
  @Field(() => ID, { description: '报告ID · report id' }) reportId!: string;
  @Field(() => ID, { description: '当前版本ID · the revision now current' }) revisionId!: string;
  @Field(() => Int, { description: '版本号 · its revision number' }) revisionNo!: number;
  @Field(() => ID, { nullable: true, description: '原当前版本ID · the revision current before' }) previousRevisionId!:
    string | null;
  @Field({ description: '有变化（否则本来就是当前版本） · false when it already was current' }) changed!: boolean;
}

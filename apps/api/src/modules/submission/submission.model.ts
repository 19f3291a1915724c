import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

@ObjectType('SubmissionFinding', { description: "检查结果 · a finding of the draft, with the bureau's explanation" })
export class SubmissionFindingModel {
  @Field({ description: 'identity within the draft (code and cells): the key of its explanation' }) key!: string;
  @Field() code!: string;
  @Field() severity!: string;
  @Field() messageZh!: string;
  @Field() messageEn!: string;
  @Field(() => [String]) keys!: string[];
  @Field(() => String, { nullable: true, description: "说明 · the bureau's explanation" }) explanation!: string | null;
}

@ObjectType('SubmissionCell', { description: '草稿单元格 · a cell of the draft as parsed' })
export class SubmissionCellModel {
  @Field() key!: string;
  @Field(() => Number, { nullable: true }) value!: number | null;
  @Field() raw!: string;
}

@ObjectType('FormValue', { description: '表单值 · a form field as typed' })
export class FormValueModel {
  @Field() key!: string;
  @Field() value!: string;
}

@ObjectType('CellChange', { description: '差异 · a cell whose value differs between two versions' })
export class CellChangeModel {
  @Field() key!: string;
  @Field(() => Number, { nullable: true }) before!: number | null;
  @Field(() => Number, { nullable: true }) after!: number | null;
}

@ObjectType('ReviewComment', {
  description: '审核意见 · a comment tied to a cell (metric key) or a finding (its key), or to the whole report ("")',
})
export class ReviewCommentModel {
  @Field() target!: string;
  @Field() text!: string;
}

@ObjectType('SubmissionEvent', { description: '流转记录 · one step: who, when, from which state to which' })
export class SubmissionEventModel {
  @Field() at!: Date;
  @Field() actor!: string;
  @Field() action!: string;
  @Field(() => String, { nullable: true }) fromState!: string | null;
  @Field() toState!: string;
  @Field(() => [ReviewCommentModel]) comments!: ReviewCommentModel[];
}

@ObjectType('Submission', { description: "报送 · a bureau's annual report submitted to the disclosure office" })
export class SubmissionModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) agencyId!: number;
  @Field() agencyName!: string;
  @Field(() => Int) year!: number;
  @Field({ description: 'draft | submitted | returned | accepted | published' }) state!: string;
  @Field({ description: '草稿 · 已提交 · 退回 · 已通过 · 已公开' }) stateZh!: string;
  @Field(() => String, { nullable: true }) template!: string | null;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => [FormValueModel], { description: 'the form as filled (or as read from the uploaded file)' })
  values!: FormValueModel[];
  @Field(() => String, { nullable: true }) overview!: string | null;
  @Field(() => String, { nullable: true }) problems!: string | null;
  @Field(() => String, { nullable: true }) other!: string | null;
  @Field(() => [SubmissionCellModel]) cells!: SubmissionCellModel[];
  @Field(() => [SubmissionFindingModel]) findings!: SubmissionFindingModel[];
  @Field(() => Int, { description: 'error findings neither fixed nor explained: submitting needs 0' })
  unexplained!: number;
  @Field(() => [String], { description: 'what the caller may do now' }) actions!: string[];
  @Field(() => String, { nullable: true }) publishedUrl!: string | null;
  @Field(() => ID, { nullable: true, description: 'the report revision an accepted submission became' }) revisionId!:
    string | null;
  @Field(() => String, { nullable: true, description: "截止日期 · deadline of the body's kind" }) dueOn!: string | null;
  @Field() updatedAt!: Date;
}

@ObjectType('SubmissionDetail', { description: '审核视图 · a submission with its history and what changed' })
export class SubmissionDetailModel {
  @Field(() => SubmissionModel) submission!: SubmissionModel;
  @Field(() => [SubmissionEventModel]) events!: SubmissionEventModel[];
  @Field(() => [CellChangeModel], {
    nullable: true,
    description: 'against the previous submission of this report (null: first submission)',
  })
  sincePreviousSubmission!: CellChangeModel[] | null;
  @Field(() => [CellChangeModel], {
    nullable: true,
    description: "against last year's report as it counts (null: none stored)",
  })
  sinceLastYear!: CellChangeModel[] | null;
}

@ObjectType('BureauDesk', { description: "填报单位工作台 · a bureau's own body, deadline and submission of a year" })
export class BureauDeskModel {
  @Field(() => Int) agencyId!: number;
  @Field() agencyName!: string;
  @Field(() => Int) year!: number;
  @Field() template!: string;
  @Field(() => String, { nullable: true }) dueOn!: string | null;
  @Field(() => Int, { nullable: true, description: '剩余天数 · days until the deadline (negative: past it)' })
  daysLeft!: number | null;
  @Field({ description: '未开始 … 已公开' }) stateZh!: string;
  @Field(() => SubmissionModel, { nullable: true }) submission!: SubmissionModel | null;
}

@InputType('FormValueInput', { description: '表单值 · a form field: metric key and the text typed' })
export class FormValueInput {
  @Field()
  @IsString()
  @Matches(/^t[234]\.[a-z_.]+$/, { message: 'values.key must be a metric key such as t3.new.total' })
  @MaxLength(80)
  key!: string;
  @Field() @IsString() @MaxLength(40, { message: 'values.value: at most 40 characters' }) value!: string;
}

@ArgsType()
export class SaveFormArgs {
  @Field(() => Int) @IsInt() @Min(2019) @Max(2100) year!: number;
  @Field(() => [FormValueInput])
  @IsArray()
  @ArrayMaxSize(400)
  @ValidateNested({ each: true })
  @Type(() => FormValueInput)
  values!: FormValueInput[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20000) overview?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20000) problems?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20000) other?: string | null;
}

@InputType('ExplanationInput', { description: "说明 · the bureau's explanation of one finding" })
export class ExplanationInput {
  @Field({ description: "the finding's key" }) @IsString() @MaxLength(2000) key!: string;
  @Field() @IsString() @MaxLength(2000) text!: string;
}

@InputType('ReviewCommentInput', { description: "审核意见 · a reviewer's comment on a cell, a finding or the report" })
export class ReviewCommentInput {
  @Field({ description: 'a metric key, a finding key, or "" for the whole report' })
  @IsString()
  @MaxLength(2000)
  target!: string;
  @Field() @IsString() @MaxLength(4000) text!: string;
}

@ArgsType()
export class ExplainArgs {
  @Field(() => Int) @IsInt() id!: number;
  @Field(() => [ExplanationInput])
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ExplanationInput)
  explanations!: ExplanationInput[];
}

@ArgsType()
export class ReturnArgs {
  @Field(() => Int) @IsInt() id!: number;
  @Field(() => [ReviewCommentInput])
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ReviewCommentInput)
  comments!: ReviewCommentInput[];
}

@ArgsType()
export class PublishArgs {
  @Field(() => Int) @IsInt() id!: number;
  @Field()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'url must be an http(s) URL' },
  )
  url!: string;
}

@ArgsType()
export class QueueArgs {
  @Field(() => Int) @IsInt() @Min(2019) @Max(2100) year!: number;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(['draft', 'submitted', 'returned', 'accepted', 'published'], {
    each: true,
    message: 'states: draft, submitted, returned, accepted or published',
  })
  states?: string[] | null;
}

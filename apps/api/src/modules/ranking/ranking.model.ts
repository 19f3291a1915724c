import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ScoringProfileModel } from '../scoring-profile/scoring-profile.model';

@ObjectType('Contribution', { description: '指标贡献 · one indicator’s part of a score' })
export class ContributionModel {
  @Field({ description: '考评指标 · indicator key' }) indicator!: string;
  @Field({ description: '中文名称 · Chinese label' }) labelZh!: string;
  @Field({ description: '英文名称 · English label' }) labelEn!: string;
  @Field(() => Float, { description: '权重 · weight' }) weight!: number;
  @Field(() => Float, { nullable: true, description: '原始值 · raw value (share, count, days…)' }) raw!: number | null;
  @Field(() => Float, { nullable: true, description: '得分率 0–1 · normalised value; null when not computable' }) value!: number | null;
  @Field(() => Float, { description: '贡献分 · points this indicator adds to the score (0–100 scale)' }) points!: number;
  @Field(() => Float, { nullable: true, description: '上年贡献分 · points last year' }) previousPoints!: number | null;
  @Field(() => String, { nullable: true, description: '无值原因 · why value is null (e.g. fewer than 5 cases)' }) nullReason!: string | null;
}

@ObjectType('RankingRow', { description: '排名行 · one agency’s score and rank' })
export class RankingRowModel {
  @Field(() => Int) agencyId!: number;
  @Field() agencyName!: string;
  @Field(() => Float, { description: '得分 0–100 · score' }) score!: number;
  @Field(() => Int, { description: '名次（并列同名次） · rank, ties share a rank' }) rank!: number;
  @Field(() => Float, { nullable: true, description: '上年得分 · previous year’s score' }) previousScore!: number | null;
  @Field(() => Int, { nullable: true, description: '上年名次 · previous year’s rank' }) previousRank!: number | null;
  @Field(() => Int, { nullable: true, description: '名次变化（正数为上升） · places gained (negative: fell)' }) rankChange!: number | null;
  @Field(() => [ContributionModel], { description: '各指标贡献 · contributions' }) contributions!: ContributionModel[];
  @Field({ description: '名次变化原因（中文） · why the rank moved (Chinese)' }) whyZh!: string;
  @Field({ description: '名次变化原因（英文） · why the rank moved (English)' }) whyEn!: string;
}

@ObjectType('Ranking', { description: '考评排名 · ranking of one year under a scoring profile' })
export class RankingModel {
  @Field(() => Int) year!: number;
  @Field(() => ScoringProfileModel, { description: '方案（whatIf 时为未保存的临时方案） · profile used (unsaved when whatIf)' }) profile!: ScoringProfileModel;
  @Field({ description: '假设分析 · true when whatIf weights were used' }) whatIf!: boolean;
  @Field(() => Int, { description: '参与排名机关数 · agencies ranked' }) total!: number;
  @Field(() => [RankingRowModel], { description: '排名行（截断） · rows, best first, limited' }) rows!: RankingRowModel[];
}

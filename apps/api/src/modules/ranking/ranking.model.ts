import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ScoringProfileModel } from '../scoring-profile/scoring-profile.model';

export enum PeerGroup {
  all = 'all',
  kind = 'kind',
  kind_level = 'kind_level',
  kind_type = 'kind_type',
}
registerEnumType(PeerGroup, {
  name: 'PeerGroup',
  description: '参评分组 · who is ranked together: all, by kind (default), by kind and level, by kind and type',
});

@ObjectType('Contribution', { description: '指标贡献 · one indicator’s part of a score' })
export class ContributionModel {
  @Field({ description: '考评指标 · indicator key' }) indicator!: string;
  @Field({ description: '中文名称 · Chinese label' }) labelZh!: string;
  @Field({ description: '英文名称 · English label' }) labelEn!: string;
  @Field(() => Float, { description: '权重 · weight' }) weight!: number;
  @Field(() => Float, { nullable: true, description: '原始值 · raw value (share, count, days…)' }) raw!: number | null;
  @Field(() => Float, { nullable: true, description: '得分率 0–1 · normalised value; null when not computable' })
  value!: number | null;
  @Field(() => Float, { description: '贡献分 · points this indicator adds to the score (0–100 scale)' })
  points!: number;
  @Field(() => Float, { nullable: true, description: '上年贡献分 · points last year' }) previousPoints!: number | null;
  @Field(() => String, { nullable: true, description: '无值原因 · why value is null (not applicable)' }) nullReason!:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: '计分依据 · what the value was computed from (days late, cells read, faults…)',
  })
  note!: string | null;
}

@ObjectType('SimilarReport', { description: '最相似的报告 · the report whose 第一/第五部分 this one resembles most' })
export class SimilarReportModel {
  @Field(() => Int) agencyId!: number;
  @Field() agencyName!: string;
  @Field(() => Int) year!: number;
  @Field(() => Float, { description: '相似度 0–1（MinHash估计） · similarity (MinHash estimate)' }) similarity!: number;
}

@ObjectType('ContentMatch', { description: '内容雷同：两份报告共有的句子 · passages two reports share' })
export class ContentMatchModel {
  @Field(() => Int) agencyId!: number;
  @Field(() => Int) year!: number;
  @Field(() => SimilarReportModel, { nullable: true, description: '比较对象（无则为空） · the report compared with' })
  other!: SimilarReportModel | null;
  @Field(() => [String], { description: '共有句子（数字归一后相同，最长在前） · shared sentences, longest first' })
  passages!: string[];
}

@ObjectType('RankingRow', { description: '排名行 · one agency’s score and rank' })
export class RankingRowModel {
  @Field(() => Int) agencyId!: number;
  @Field() agencyName!: string;
  @Field(() => Float, { description: '得分 0–100 · score' }) score!: number;
  @Field(() => Int, { description: '名次（并列同名次） · rank, ties share a rank' }) rank!: number;
  @Field(() => Float, { nullable: true, description: '上年得分 · previous year’s score' }) previousScore!:
    number | null;
  @Field(() => Int, { nullable: true, description: '上年名次 · previous year’s rank' }) previousRank!: number | null;
  @Field(() => Int, { nullable: true, description: '名次变化（正数为上升） · places gained (negative: fell)' })
  rankChange!: number | null;
  @Field(() => [ContributionModel], { description: '各指标贡献 · contributions' }) contributions!: ContributionModel[];
  @Field({ description: '名次变化原因（中文） · why the rank moved (Chinese)' }) whyZh!: string;
  @Field({ description: '名次变化原因（英文） · why the rank moved (English)' }) whyEn!: string;
  @Field({ description: '参评分组 · peer group key' }) peerGroup!: string;
  @Field({ description: '分组名称 · peer group label' }) peerGroupLabel!: string;
  @Field(() => Int, { description: '本组机关数 · bodies in the group' }) groupSize!: number;
  @Field({ description: '已发布 · false: a roster body without a report this year (scored 0, listed last)' })
  published!: boolean;
  @Field(() => String, { nullable: true, description: '发布日期 · publication date' }) publishedOn!: string | null;
  @Field({ description: '与上一名的差距（中文） · what separates it from the row above (Chinese)' }) gapZh!: string;
  @Field({ description: '与上一名的差距（英文） · what separates it from the row above (English)' }) gapEn!: string;
  @Field(() => Int, { description: '需人工核查（不计分） · parser/copy artefacts to look at, not scored' })
  needsLook!: number;
  @Field(() => SimilarReportModel, {
    nullable: true,
    description: '最相似的报告 · most similar report (own previous or a peer’s)',
  })
  similarTo!: SimilarReportModel | null;
  @Field(() => [String], {
    description:
      '已更正的单元格（得分按更正值计算） · cells of the report an admin corrected: the score uses the corrected values',
  })
  correctedCells!: string[];
}

@ObjectType('Ranking', { description: '考评排名 · ranking of one year under a scoring profile' })
export class RankingModel {
  @Field(() => Int) year!: number;
  @Field(() => ScoringProfileModel, {
    description: '方案（whatIf 时为未保存的临时方案） · profile used (unsaved when whatIf)',
  })
  profile!: ScoringProfileModel;
  @Field({ description: '假设分析 · true when whatIf weights were used' }) whatIf!: boolean;
  @Field(() => Int, { description: '参与排名机关数 · agencies ranked' }) total!: number;
  @Field(() => PeerGroup, { description: '参评分组方式 · how bodies were grouped' }) peerGroup!: PeerGroup;
  @Field(() => [RankingRowModel], { description: '排名行（截断） · rows, best first, limited' })
  rows!: RankingRowModel[];
}

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ChangedCell', { description: '发布后修改的单元格 · a cell changed by an edit after posting' })
export class ChangedCellModel {
  @Field() key!: string;
  @Field(() => Number, { nullable: true }) before!: number | null;
  @Field(() => Number, { nullable: true }) after!: number | null;
}

@ObjectType('PublicationCheck', {
  description: '公开检查 · what the monitor last found on a body’s 年报栏目 for a year',
})
export class PublicationCheckModel {
  @Field(() => Int) agencyId!: number;
  @Field() agencyName!: string;
  @Field(() => Int) year!: number;
  @Field({
    description: '状态 · posted, gone (removed after posting), not_found, failed (fetch refused or failed: see note)',
  })
  status!: string;
  @Field(() => String, { nullable: true, description: '栏目页 · list page where it was found' }) listUrl!:
    string | null;
  @Field(() => String, { nullable: true, description: '详情页 · the report’s page' }) pageUrl!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true, description: '发布时间 · posting date shown by the page (or the list)' })
  postedOn!: string | null;
  @Field(() => String, { nullable: true, description: '首次发现 · first seen by the monitor' }) firstSeenAt!:
    string | null;
  @Field({ description: '最近检查 · last checked' }) lastCheckedAt!: string;
  @Field(() => String, { nullable: true, description: '内容哈希 · SHA-256 of the posted bytes (evidence)' })
  contentHash!: string | null;
  @Field({ description: '在年报栏目 · found in the body’s annual-report column' }) inColumn!: boolean;
  @Field(() => String, { nullable: true, description: '原地址 · the URL it was at before it moved' }) movedFrom!:
    string | null;
  @Field(() => String, { nullable: true, description: '发布后修改于 · when an edit after posting was seen' })
  editedAt!: string | null;
  @Field(() => [ChangedCellModel], { nullable: true, description: '修改的单元格 · cells the edit changed' })
  changedCells!: ChangedCellModel[] | null;
  @Field(() => ID, { nullable: true }) revisionId!: string | null;
  @Field(() => String, { nullable: true, description: '说明 · why it failed, or what was refused' }) note!:
    string | null;
  @Field(() => String, { nullable: true, description: '应公开日期 · the body’s deadline for the year' }) dueOn!:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: '比对稿来源 · what the posted copy was compared with: submission or upload (null: nothing received)',
  })
  comparedSource!: string | null;
  @Field(() => [ChangedCellModel], {
    nullable: true,
    description: '与报送稿不一致的单元格 · cells where the posted copy differs (before = received, after = posted)',
  })
  differingCells!: ChangedCellModel[] | null;
}

@ObjectType('MonitorPass', { description: '一次检查 · counts of one monitor pass' })
export class MonitorPassModel {
  @Field(() => Int) bodies!: number;
  @Field(() => Int) posted!: number;
  @Field(() => Int) edited!: number;
  @Field(() => Int) gone!: number;
  @Field(() => Int) notFound!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int, { description: '请求数 · HTTP requests sent' }) requests!: number;
}

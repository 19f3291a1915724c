import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from './json.scalar';
import { CellCorrectionModel } from '../correction/correction.model';

@ObjectType('Cell', { description: '表格单元格 · one table cell as printed and as read' })
export class CellModel {
  @Field({ description: '指标键 · stable metric key, e.g. t2.penalty.decisions' }) key!: string;
  @Field({ description: '表（二/三/四） · table of the report' }) section!: string;
  @Field({ description: '行标签（模板原文） · official row label' }) rowLabel!: string;
  @Field({ description: '列标签（模板原文） · official column label' }) colLabel!: string;
  @Field({ description: '原文 · raw text as printed' }) raw!: string;
  @Field(() => Float, { nullable: true, description: '数值 · numeric value (null when empty, text or unresolved)' })
  value!: number | null;
  @Field({ description: '类型 · number, zero, empty, not_applicable, text, unresolved' }) kind!: string;
  @Field({ nullable: true, description: '单位 · unit of value' }) unit?: string;
  @Field({ nullable: true, description: '原单位 · unit as printed' }) rawUnit?: string;
  @Field({ description: '推断值 · value recovered by arithmetic from a digit run' }) inferred!: boolean;
  @Field(() => [Float], { nullable: true, description: '候选值 · candidate values when ambiguous' })
  candidates?: number[];
  @Field(() => GraphQLJSON, { description: '位置 · where it was found (line, page, table/row/col)' }) loc!: unknown;
  @Field({
    description: '已更正 · an admin corrected this cell: value is the corrected value, publishedValue the one printed',
  })
  corrected!: boolean;
  @Field(() => Float, {
    nullable: true,
    description: '公布值 · the value as published (equals value unless corrected)',
  })
  publishedValue!: number | null;
  @Field(() => CellCorrectionModel, {
    nullable: true,
    description: '有效的更正 · the correction that stands on this cell',
  })
  correction!: CellCorrectionModel | null;
}

@ObjectType('Section', { description: '正文部分 · one of the six sections' })
export class SectionModel {
  @Field(() => Int, { description: '序号 1–6 · section number' }) no!: number;
  @Field({ description: '标题 · title as printed' }) title!: string;
  @Field({ description: '正文 · text' }) text!: string;
}

@ObjectType('ReportFinding', { description: '问题 · a finding of the checks on one report' })
export class ReportFindingModel {
  @Field(() => ID) id!: string;
  @Field({ description: '代码 · finding code' }) code!: string;
  @Field({ description: '级别 · error, warning, info' }) severity!: string;
  @Field({ description: '说明（中文） · message in Chinese' }) messageZh!: string;
  @Field({ description: '说明（英文） · message in English' }) messageEn!: string;
  @Field(() => [String], { nullable: true, description: '相关指标 · metric keys concerned' }) keys?: string[];
  @Field({ description: '状态 · open, confirmed, dismissed, resolved (closed by a cell correction)' }) status!: string;
  @Field(() => ID, { nullable: true, description: '由此更正解决 · the cell correction that closed it' })
  resolvedByCorrectionId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: '由此更正引起 · raised by this cell correction (the corrected value breaks the sum)',
  })
  raisedByCorrectionId!: string | null;
}

@ObjectType('Report', { description: '年度报告 · an annual report (its current revision)' })
export class ReportModel {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '机关ID · agency id' }) agencyId!: number;
  @Field({ description: '机关 · agency name' }) agencyName!: string;
  @Field(() => Int, { description: '年度 · report year' }) year!: number;
  @Field({ description: '模板 · template detected from the table headers: 2019, 2021, mixed, unknown' })
  template!: string;
  @Field({
    nullable: true,
    description:
      "发布日期（向社会公布） · publication date (YYYY-MM-DD): given at upload, else the page's 发布时间; null when unknown",
  })
  publishedOn?: string;
  @Field(() => String, {
    nullable: true,
    description: '发布日期来源 · where publishedOn came from: given, page, unknown (stored before the source was kept)',
  })
  publishedOnSource!: string | null;
  @Field(() => String, { nullable: true, description: '落款日期 · date under the closing signature (YYYY-MM-DD)' })
  signedOn!: string | null;
  @Field(() => String, { nullable: true, description: '落款日期来源 · where signedOn came from: signature' })
  signedOnSource!: string | null;
  @Field({
    description:
      '仅有落款日期 · no publication date is known, only the signature date (on-time cannot be measured from a posting date)',
  })
  signatureOnly!: boolean;
  @Field({ description: '首次收录日期 · the day this report was first stored here (UTC, YYYY-MM-DD)' })
  firstSeenOn!: string;
  @Field({ description: '文件 · source file name' }) fileName!: string;
  @Field({ description: '合成数据 · synthetic demo data' }) synthetic!: boolean;
  @Field({
    description:
      '机关已识别（否则挂在待认领的占位机关下） · the body is known (else the report waits under an unresolved placeholder)',
  })
  agencyResolved!: boolean;
  @Field(() => [String], {
    nullable: true,
    description: '候选机关名称（待认领时） · names the report may belong to, for an admin to choose (unresolved only)',
  })
  agencyCandidates!: string[] | null;
  @Field(() => String, {
    nullable: true,
    description:
      "保留为单独报告（不并入该机关同年度报告） · an admin kept it apart from this body's report of the year",
  })
  keptApartFrom!: string | null;
  revisionId!: string;
}

@ObjectType('Revision', { description: '版本 · one immutable revision of a report (first publication, corrections)' })
export class RevisionModel {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '版本号（1为首次发布） · revision number, 1 = as first published' })
  revisionNo!: number;
  @Field({ description: '入库时间 · when it was stored (ISO)' }) parsedAt!: string;
  @Field({
    description: '原因代码 · why it was added, a code: first_ingest, content_changed, moved_in (worded by the client)',
  })
  reason!: string;
  @Field({
    description: '来源类别 · source: page, attachment, submission, upload, text_copy (most authoritative first)',
  })
  sourceKind!: string;
  @Field(() => Int, { description: '读出的数字单元格 · cells holding a number as printed' }) cellsRead!: number;
  @Field(() => Int, { description: '未能拆分的单元格 · cells the parser could not read' }) cellsUnresolved!: number;
  @Field(() => Int, { description: '错误级问题数 · findings of severity error' }) errorCount!: number;
  @Field({ description: '模板 · template' }) template!: string;
  @Field(() => String, {
    nullable: true,
    description: "发布日期（向社会公布） · publication date: given at upload, else the page's 发布时间",
  })
  publishedOn!: string | null;
  @Field(() => String, {
    nullable: true,
    description: '发布日期来源 · where publishedOn came from: given, page, unknown',
  })
  publishedOnSource!: string | null;
  @Field(() => String, { nullable: true, description: '落款日期 · date under the closing signature' }) signedOn!:
    string | null;
  @Field(() => String, { nullable: true, description: '落款日期来源 · where signedOn came from: signature' })
  signedOnSource!: string | null;
  @Field({ description: '仅有落款日期 · only the signature date is known' }) signatureOnly!: boolean;
  @Field({ description: '文件 · file name' }) fileName!: string;
  @Field(() => String, { nullable: true, description: '来源网址 · source URL' }) sourceUrl!: string | null;
  @Field({ description: '内容哈希 · SHA-256 of the bytes' }) contentHash!: string;
  @Field({ description: '当前版本 · the current revision' }) current!: boolean;
}

@ObjectType('PageInfo', { description: '分页信息 · cursor pagination state' })
export class PageInfoModel {
  @Field({ description: '还有下一页 · more rows after this page' }) hasNextPage!: boolean;
  @Field(() => String, {
    nullable: true,
    description: '末行游标（传给 after） · cursor of the last row, pass as `after`',
  })
  endCursor!: string | null;
}

@ObjectType('ReportConnection', { description: '报告分页结果 · one page of reports' })
export class ReportConnectionModel {
  @Field(() => [ReportModel], { description: '本页报告 · reports of this page' }) nodes!: ReportModel[];
  @Field(() => Int, { description: '总数 · all matching reports' }) totalCount!: number;
  @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
}

@ObjectType('YearCount', { description: '年度 · a report year and how many reports it has' })
export class YearCountModel {
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: '报告数 · reports of that year' }) reports!: number;
}

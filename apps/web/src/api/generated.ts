/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** 行政层级 · administrative level */
export type AdminLevel =
  | 'city'
  | 'county'
  | 'province'
  | 'township';

/** 机关筛选 · which bodies to include (all conditions must hold) */
export type AgencyFilter = {
  /** 机关ID · these agencies only */
  ids?: Array<number> | null | undefined;
  /** 报告类别 · these kinds only (compare and the overview default to the bodies’ own reports: no compiled government report) */
  kinds?: Array<ReportKind> | null | undefined;
  /** 层级 · level: province, city, county, township (agency level, else its region level) */
  level?: string | null | undefined;
  /** 地区（含下级地区） · region id, sub-regions included */
  regionId?: number | null | undefined;
  /** 名称搜索 · substring of the name or an alias */
  search?: string | null | undefined;
  /** 含合成数据 · include synthetic bodies (default: yes) */
  synthetic?: boolean | null | undefined;
  /** 机关类型 · agency type, e.g. emergency_management, government, township */
  type?: string | null | undefined;
};

/** 报送状态 · status of a body’s report */
export type CollectionState =
  /** 逾期 · published after the deadline of its kind */
  | 'late'
  /** 未收到 · no report received */
  | 'missing'
  /** 按时 · published by the deadline of its kind (departments 1月31日; compiled reports by level) */
  | 'on_time'
  /** 无发布日期 · received, publication date unknown */
  | 'undated';

/** 2019与2021模板间可比性 · how a metric maps across the 2019 and 2021 templates */
export type Comparability =
  /** 可比但有保留 · comparable with a caveat (see note) */
  | 'caveat'
  /** 不可比 · not comparable (only in one template or different definition) */
  | 'none'
  /** 口径相同 · same definition in both templates */
  | 'same';

/** 排序 · sort order of the rows */
export type CompareSort = {
  /** 降序 · descending */
  desc?: boolean;
  /** 字段 · field */
  field?: CompareSortField;
  /** 指标（默认第一个） · metric key (default: the first) */
  metric?: string | null | undefined;
  /** 年度（默认最后一年） · year (default: the last) */
  year?: number | null | undefined;
};

/** 排序字段 · sort field: value, yoy (change), share, label */
export type CompareSortField =
  | 'label'
  | 'share'
  | 'value'
  | 'yoy';

/** 说明 · the bureau's explanation of one finding */
export type ExplanationInput = {
  /** the finding's key */
  key: string;
  text: string;
};

/** 问题筛选 · which findings to list */
export type FindingFilter = {
  /** 机关 · agencies */
  agency?: AgencyFilter | null | undefined;
  /** 代码 · codes */
  codes?: Array<string> | null | undefined;
  /** 类别 · kinds (default: all) */
  kinds?: Array<FindingKind> | null | undefined;
  /** 级别 · severities */
  severities?: Array<string> | null | undefined;
  /** 状态 · statuses */
  statuses?: Array<FindingStatus> | null | undefined;
  /** 年度 · years */
  years?: Array<number> | null | undefined;
};

/** 问题类别 · where a finding comes from */
export type FindingKind =
  /** 跨年度衔接 · year N against year N−1 of the same body */
  | 'continuity'
  /** 层级汇总 · a government’s report against the sum of its bodies */
  | 'hierarchy'
  /** 网站公开 · what the publication check found on the body’s site (evidence: URL, time, hash) */
  | 'publication'
  /** 报告内勾稽 · checks inside one report */
  | 'within';

/** 处理状态 · open, confirmed, dismissed; resolved: closed by a cell correction (resolvedByCorrectionId), never set by hand */
export type FindingStatus =
  | 'confirmed'
  | 'dismissed'
  | 'open'
  | 'resolved';

/** 表单值 · a form field: metric key and the text typed */
export type FormValueInput = {
  key: string;
  value: string;
};

/** 分组 · how rows are grouped */
export type GroupBy =
  /** 按机关 · one row per agency */
  | 'agency'
  /** 按层级 · per level */
  | 'level'
  /** 按地区 · per region */
  | 'region'
  /** 按机关类型 · per agency type */
  | 'type';

/** 指标权重 · weight of one scoring indicator */
export type IndicatorWeightInput = {
  /** 考评指标 · indicator key */
  indicator: string;
  /** 权重（≥0） · weight, zero or more */
  weight: number;
};

/** 目标机关已有该年度报告时 · when the target body already has that year's report */
export type MoveMode =
  /** 并入为新版本（较好的版本为当前版本） · join it as a revision; the better copy stays current */
  | 'as_revision'
  /** 不并入，保留为单独报告 · leave it apart, marked as not that body's report of the year */
  | 'keep_apart'
  /** 并入并设为当前版本 · join it and make it the current revision */
  | 'replace';

/** 参评分组 · who is ranked together: all, by kind (default), by kind and level, by kind and type */
export type PeerGroup =
  | 'all'
  | 'kind'
  | 'kind_level'
  | 'kind_type';

/** 数据点状态 · what a series point holds */
export type PointStatus =
  /** 缺报告 · no report of that year is stored */
  | 'missing_report'
  /** 无数值 · cell empty, “/”, text or unresolved digits */
  | 'no_value'
  /** 模板无此项 · the report’s template has no such cell */
  | 'not_in_template'
  /** 有数值 · a number was printed (0 included) */
  | 'value';

/** 报告筛选 · which reports to list */
export type ReportFilter = {
  /** 机关 · agencies */
  agency?: AgencyFilter | null | undefined;
  /** 模板 · template: 2019, 2021, mixed, unknown */
  template?: string | null | undefined;
  /** 年度 · one year */
  year?: number | null | undefined;
  /** 年度 · several years */
  years?: Array<number> | null | undefined;
};

/** 报告类别 · what a body’s report is: a government’s compiled report (逐级汇总), its office’s, a department’s, a township’s, a vertically managed body’s (not expected locally), other */
export type ReportKind =
  /** 政府部门 · department */
  | 'department'
  /** 本级政府（汇总） · government (compiled) */
  | 'government_compiled'
  /** 政府办公厅（室） · government office */
  | 'government_office'
  /** 其他 · other */
  | 'other'
  /** 乡镇（街道） · township */
  | 'township'
  /** 垂直管理部门 · vertically managed */
  | 'vertical';

/** 审核意见 · a reviewer's comment on a cell, a finding or the report */
export type ReviewCommentInput = {
  /** a metric key, a finding key, or "" for the whole report */
  target: string;
  text: string;
};

/** 名录条目修改 · fields to change (omitted ones stay) */
export type RosterEntryPatch = {
  firstYear?: number | null | undefined;
  kind?: ReportKind | null | undefined;
  lastYear?: number | null | undefined;
  level?: AdminLevel | null | undefined;
  note?: string | null | undefined;
  /** 在名录中 · false takes the body off the roster */
  onRoster?: boolean | null | undefined;
  parentId?: number | null | undefined;
  sourceUrls?: Array<string> | null | undefined;
  successorId?: number | null | undefined;
};

/** 保存考评方案 · save a profile (a new version of its name) */
export type ScoringProfileInput = {
  /** 说明 · description */
  description?: string | null | undefined;
  /** 设为默认 · make it the default */
  makeDefault?: boolean;
  /** 名称 · name */
  name: string;
  /** 权重 · weights */
  weights: Array<IndicatorWeightInput>;
};

export type FindingFieldsFragment = { id: string, kind: FindingKind, code: string, severity: string, status: FindingStatus, statusNote: string | null, messageZh: string, messageEn: string, agencyId: number, agencyName: string, year: number, reportId: string | null, keys: Array<string>, expected: number | null, actual: number | null, resolvedByCorrectionId: string | null };

export type FindingsQueryVariables = Exact<{
  filter?: FindingFilter | null | undefined;
  limit: number;
}>;


export type FindingsQuery = { findings: Array<{ id: string, kind: FindingKind, code: string, severity: string, status: FindingStatus, statusNote: string | null, messageZh: string, messageEn: string, agencyId: number, agencyName: string, year: number, reportId: string | null, keys: Array<string>, expected: number | null, actual: number | null, resolvedByCorrectionId: string | null }> };

export type SetFindingStatusMutationVariables = Exact<{
  id: string;
  status: FindingStatus;
  note?: string | null | undefined;
}>;


export type SetFindingStatusMutation = { setFindingStatus: { id: string, kind: FindingKind, code: string, severity: string, status: FindingStatus, statusNote: string | null, messageZh: string, messageEn: string, agencyId: number, agencyName: string, year: number, reportId: string | null, keys: Array<string>, expected: number | null, actual: number | null, resolvedByCorrectionId: string | null } };

export type HomeRegionQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeRegionQuery = { homeRegion: { id: number, name: string, level: string, source: string } | null };

export type MetricFieldsFragment = { key: string, section: string, labelZh: string, labelEn: string, unit: string, comparability: Comparability, templates: Array<string>, noteZh: string | null, noteEn: string | null };

export type MetricsQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsQuery = { metrics: Array<{ key: string, section: string, labelZh: string, labelEn: string, unit: string, comparability: Comparability, templates: Array<string>, noteZh: string | null, noteEn: string | null }> };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { regions: Array<{ id: number, name: string, level: string, parentId: number | null, synthetic: boolean }> };

export type AgenciesQueryVariables = Exact<{
  filter?: AgencyFilter | null | undefined;
  limit: number;
}>;


export type AgenciesQuery = { agencies: Array<{ id: number, name: string, type: string, level: string | null, regionId: number | null, synthetic: boolean, status: string }> };

export type AgencyFactsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgencyFactsQuery = { agencyFacts: { types: Array<string>, synthetic: boolean } };

export type CompareCellFieldsFragment = { metric: string, year: number, value: number | null, reports: number, yoy: number | null, yoyRate: number | null, yoyNote: string | null, share: number | null, corrected: number };

export type CompareQueryVariables = Exact<{
  filter?: AgencyFilter | null | undefined;
  groupBy: GroupBy;
  metrics: Array<string> | string;
  years: Array<number> | number;
  limit: number;
  sort?: CompareSort | null | undefined;
}>;


export type CompareQuery = { compare: { groupBy: GroupBy, years: Array<number>, rowCount: number, kinds: Array<ReportKind>, metrics: Array<{ key: string, section: string, labelZh: string, labelEn: string, unit: string, comparability: Comparability, templates: Array<string>, noteZh: string | null, noteEn: string | null }>, rows: Array<{ key: string, label: string, agencies: number, cells: Array<{ metric: string, year: number, value: number | null, reports: number, yoy: number | null, yoyRate: number | null, yoyNote: string | null, share: number | null, corrected: number }> }>, totals: Array<{ yoyBodies: number | null, metric: string, year: number, value: number | null, reports: number, yoy: number | null, yoyRate: number | null, yoyNote: string | null, share: number | null, corrected: number }>, quantiles: Array<{ metric: string, year: number, n: number, p25: number | null, p50: number | null, p75: number | null }> } };

export type TopBottomQueryVariables = Exact<{
  year: number;
  filter?: AgencyFilter | null | undefined;
  ends: number;
}>;


export type TopBottomQuery = { ranking: { total: number, rows: Array<{ agencyId: number, agencyName: string, score: number, rank: number, rankChange: number | null }> } };

export type YearsQueryVariables = Exact<{ [key: string]: never; }>;


export type YearsQuery = { years: Array<{ year: number, reports: number }> };

export type CollectionQueryVariables = Exact<{
  year: number;
  regionId?: number | null | undefined;
}>;


export type CollectionQuery = { collectionStatus: { year: number, deadline: string, expected: number, received: number, onTime: number, late: number, undated: number, missing: number, unresolved: number, notOnRoster: number, byKind: Array<{ kind: ReportKind, expected: number, received: number, onTime: number, late: number, undated: number, missing: number }>, bodies: Array<{ agencyId: number, agencyName: string, agencyStatus: string, state: CollectionState, publishedOn: string | null, reportId: string | null, errorFindings: number, kind: ReportKind, level: string | null, onRoster: boolean, expected: boolean, dueOn: string | null, daysLate: number | null, publication: string | null, postedOnSite: string | null, siteUrl: string | null, editedAfterPosting: boolean, postedInColumn: boolean | null, differingCells: number | null, submissionState: string, daysLeft: number | null }> } };

export type FindingCountQueryVariables = Exact<{
  filter?: FindingFilter | null | undefined;
}>;


export type FindingCountQuery = { findingCount: number };

export type WhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoAmIQuery = { whoami: { role: string | null, name: string | null, readOpen: boolean, account: string | null, agencyId: number | null } };

export type ProfileFieldsFragment = { id: number, name: string, version: number, isDefault: boolean, description: string | null, weights: Array<{ indicator: string, weight: number }> };

export type RankingQueryVariables = Exact<{
  year: number;
  filter?: AgencyFilter | null | undefined;
  profileId?: number | null | undefined;
  whatIf?: Array<IndicatorWeightInput> | IndicatorWeightInput | null | undefined;
  peerGroup?: PeerGroup | null | undefined;
  limit: number;
}>;


export type RankingQuery = { ranking: { year: number, whatIf: boolean, total: number, peerGroup: PeerGroup, profile: { id: number, name: string, version: number, isDefault: boolean, description: string | null, weights: Array<{ indicator: string, weight: number }> }, rows: Array<{ agencyId: number, agencyName: string, score: number, rank: number, previousScore: number | null, previousRank: number | null, rankChange: number | null, whyZh: string, whyEn: string, gapZh: string, gapEn: string, peerGroup: string, peerGroupLabel: string, groupSize: number, published: boolean, publishedOn: string | null, needsLook: number, correctedCells: Array<string>, similarTo: { agencyId: number, agencyName: string, year: number, similarity: number } | null, contributions: Array<{ indicator: string, labelZh: string, labelEn: string, weight: number, raw: number | null, value: number | null, points: number, previousPoints: number | null, nullReason: string | null, note: string | null }> }> } };

export type IndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorsQuery = { indicators: Array<{ key: string, labelZh: string, labelEn: string, method: string, methodZh: string, legacy: boolean }> };

export type ContentMatchQueryVariables = Exact<{
  agencyId: number;
  year: number;
  otherAgencyId?: number | null | undefined;
  otherYear?: number | null | undefined;
}>;


export type ContentMatchQuery = { contentMatch: { passages: Array<string>, other: { agencyId: number, agencyName: string, year: number, similarity: number } | null } };

export type SaveProfileMutationVariables = Exact<{
  input: ScoringProfileInput;
}>;


export type SaveProfileMutation = { saveScoringProfile: { id: number, name: string, version: number, isDefault: boolean, description: string | null, weights: Array<{ indicator: string, weight: number }> } };

export type ProfilesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfilesQuery = { scoringProfiles: Array<{ id: number, name: string, version: number, isDefault: boolean, description: string | null, weights: Array<{ indicator: string, weight: number }> }> };

export type CorrectionFieldsFragment = { id: string, key: string, publishedValue: number | null, correctedValue: number, note: string, correctedBy: string, correctedAt: string, withdrawnBy: string | null, withdrawnAt: string | null, withdrawnNote: string | null, active: boolean };

export type ReportListQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
  first: number;
}>;


export type ReportListQuery = { reports: { nodes: Array<{ id: string, agencyName: string, year: number, synthetic: boolean }> } };

export type ReportDetailQueryVariables = Exact<{
  id?: string | null | undefined;
}>;


export type ReportDetailQuery = { report: { id: string, agencyName: string, year: number, template: string, publishedOn: string | null, publishedOnSource: string | null, signedOn: string | null, signatureOnly: boolean, fileName: string, synthetic: boolean, agencyResolved: boolean, agencyCandidates: Array<string> | null, keptApartFrom: string | null, sourceText: string, cells: Array<{ key: string, section: string, rowLabel: string, colLabel: string, raw: string, value: number | null, kind: string, unit: string | null, rawUnit: string | null, inferred: boolean, candidates: Array<number> | null, corrected: boolean, publishedValue: number | null, correction: { id: string, note: string, correctedBy: string, correctedAt: string } | null }>, corrections: Array<{ id: string, key: string, publishedValue: number | null, correctedValue: number, note: string, correctedBy: string, correctedAt: string, withdrawnBy: string | null, withdrawnAt: string | null, withdrawnNote: string | null, active: boolean }>, revisions: Array<{ id: string, revisionNo: number, parsedAt: string, reason: string, template: string, publishedOn: string | null, publishedOnSource: string | null, signedOn: string | null, signatureOnly: boolean, fileName: string, contentHash: string, current: boolean, sourceKind: string, cellsRead: number }>, sections: Array<{ no: number, title: string, text: string }>, findings: Array<{ id: string, code: string, severity: string, messageZh: string, messageEn: string, keys: Array<string> | null, status: string, resolvedByCorrectionId: string | null, raisedByCorrectionId: string | null }> } };

export type RevisionCellsQueryVariables = Exact<{
  id?: string | null | undefined;
  rev?: number | null | undefined;
}>;


export type RevisionCellsQuery = { report: { cells: Array<{ key: string, section: string, rowLabel: string, colLabel: string, raw: string, value: number | null, kind: string, unit: string | null, rawUnit: string | null, inferred: boolean, candidates: Array<number> | null }> } };

export type MoveReportMutationVariables = Exact<{
  r: string;
  a: number;
  m?: MoveMode | null | undefined;
}>;


export type MoveReportMutation = { moveReport: { reportId: string, joined: boolean, keptApart: boolean } };

export type SetCurrentRevisionMutationVariables = Exact<{
  id: string;
}>;


export type SetCurrentRevisionMutation = { setCurrentRevision: { reportId: string, revisionNo: number } };

export type CorrectCellMutationVariables = Exact<{
  r: string;
  k: string;
  v: number;
  n: string;
}>;


export type CorrectCellMutation = { correctCell: { id: string, key: string, publishedValue: number | null, correctedValue: number, note: string, correctedBy: string, correctedAt: string, withdrawnBy: string | null, withdrawnAt: string | null, withdrawnNote: string | null, active: boolean } };

export type WithdrawCorrectionMutationVariables = Exact<{
  id: string;
  n?: string | null | undefined;
}>;


export type WithdrawCorrectionMutation = { withdrawCorrection: { id: string, key: string, publishedValue: number | null, correctedValue: number, note: string, correctedBy: string, correctedAt: string, withdrawnBy: string | null, withdrawnAt: string | null, withdrawnNote: string | null, active: boolean } };

export type RollupQueryVariables = Exact<{
  year: number;
  metrics: Array<string> | string;
  regionId?: number | null | undefined;
}>;


export type RollupQuery = { rollup: Array<{ agencyId: number, agencyName: string, level: string | null, reportId: string | null, children: number, childrenReporting: number, cells: Array<{ metric: string, reported: number | null, computed: number | null, difference: number | null, bodies: number }> }> };

export type RosterEntryFieldsFragment = { agencyId: number, name: string, regionPath: Array<string>, regionId: number | null, kind: ReportKind, kindSource: string, level: AdminLevel | null, onRoster: boolean, parentId: number | null, parentName: string | null, firstYear: number | null, lastYear: number | null, successorId: number | null, successorName: string | null, sourceUrls: Array<string>, aliases: Array<string>, note: string | null, synthetic: boolean };

export type DeadlineFieldsFragment = { year: number, kind: ReportKind, level: string | null, dueOn: string | null, source: string };

export type RosterQueryVariables = Exact<{
  regionId?: number | null | undefined;
  search?: string | null | undefined;
  onRosterOnly: boolean;
  limit: number;
}>;


export type RosterQuery = { roster: { onRoster: number, offRoster: number, entries: Array<{ agencyId: number, name: string, regionPath: Array<string>, regionId: number | null, kind: ReportKind, kindSource: string, level: AdminLevel | null, onRoster: boolean, parentId: number | null, parentName: string | null, firstYear: number | null, lastYear: number | null, successorId: number | null, successorName: string | null, sourceUrls: Array<string>, aliases: Array<string>, note: string | null, synthetic: boolean }> } };

export type RosterHistoryQueryVariables = Exact<{
  id: number;
}>;


export type RosterHistoryQuery = { rosterHistory: Array<{ at: string, actor: string, action: string, detail: string }> };

export type UpdateRosterEntryMutationVariables = Exact<{
  id: number;
  patch: RosterEntryPatch;
}>;


export type UpdateRosterEntryMutation = { updateRosterEntry: { agencyId: number, name: string, regionPath: Array<string>, regionId: number | null, kind: ReportKind, kindSource: string, level: AdminLevel | null, onRoster: boolean, parentId: number | null, parentName: string | null, firstYear: number | null, lastYear: number | null, successorId: number | null, successorName: string | null, sourceUrls: Array<string>, aliases: Array<string>, note: string | null, synthetic: boolean } };

export type DeadlinesQueryVariables = Exact<{
  year: number;
}>;


export type DeadlinesQuery = { deadlines: Array<{ year: number, kind: ReportKind, level: string | null, dueOn: string | null, source: string }> };

export type SetDeadlineMutationVariables = Exact<{
  year: number;
  kind: ReportKind;
  level?: string | null | undefined;
  dueOn?: string | null | undefined;
}>;


export type SetDeadlineMutation = { setDeadline: Array<{ year: number, kind: ReportKind, level: string | null, dueOn: string | null, source: string }> };

export type SeriesQueryVariables = Exact<{
  metric: string;
  agencyIds?: Array<number> | number | null | undefined;
  filter?: AgencyFilter | null | undefined;
  years?: Array<number> | number | null | undefined;
  limit: number;
}>;


export type SeriesQuery = { series: { years: Array<number>, agencyCount: number, metric: { key: string, section: string, labelZh: string, labelEn: string, unit: string, comparability: Comparability, templates: Array<string>, noteZh: string | null, noteEn: string | null }, lines: Array<{ agencyId: number, agencyName: string, points: Array<{ year: number, value: number | null, status: PointStatus, breakBefore: boolean, breakReasonZh: string | null, breakReasonEn: string | null, template: string | null, reportId: string | null, corrected: boolean, publishedValue: number | null }> }> } };

export type SubFieldsFragment = { id: string, agencyId: number, agencyName: string, year: number, state: string, stateZh: string, template: string | null, fileName: string | null, overview: string | null, problems: string | null, other: string | null, unexplained: number, actions: Array<string>, publishedUrl: string | null, revisionId: string | null, dueOn: string | null, values: Array<{ key: string, value: string }>, findings: Array<{ key: string, code: string, severity: string, messageZh: string, messageEn: string, keys: Array<string>, explanation: string | null }> };

export type BureauDeskQueryVariables = Exact<{
  year: number;
}>;


export type BureauDeskQuery = { bureauDesk: { agencyId: number, agencyName: string, year: number, template: string, dueOn: string | null, daysLeft: number | null, stateZh: string, submission: { id: string, agencyId: number, agencyName: string, year: number, state: string, stateZh: string, template: string | null, fileName: string | null, overview: string | null, problems: string | null, other: string | null, unexplained: number, actions: Array<string>, publishedUrl: string | null, revisionId: string | null, dueOn: string | null, values: Array<{ key: string, value: string }>, findings: Array<{ key: string, code: string, severity: string, messageZh: string, messageEn: string, keys: Array<string>, explanation: string | null }> } | null } };

export type SubmissionQueryVariables = Exact<{
  id: number;
}>;


export type SubmissionQuery = { submission: { submission: { id: string, agencyId: number, agencyName: string, year: number, state: string, stateZh: string, template: string | null, fileName: string | null, overview: string | null, problems: string | null, other: string | null, unexplained: number, actions: Array<string>, publishedUrl: string | null, revisionId: string | null, dueOn: string | null, values: Array<{ key: string, value: string }>, findings: Array<{ key: string, code: string, severity: string, messageZh: string, messageEn: string, keys: Array<string>, explanation: string | null }> }, events: Array<{ at: string, actor: string, action: string, fromState: string | null, toState: string, comments: Array<{ target: string, text: string }> }>, sincePreviousSubmission: Array<{ key: string, before: number | null, after: number | null }> | null, sinceLastYear: Array<{ key: string, before: number | null, after: number | null }> | null } };

export type QueueQueryVariables = Exact<{
  year: number;
  states?: Array<string> | string | null | undefined;
}>;


export type QueueQuery = { submissionQueue: Array<{ id: string, agencyId: number, agencyName: string, year: number, state: string, stateZh: string, template: string | null, fileName: string | null, overview: string | null, problems: string | null, other: string | null, unexplained: number, actions: Array<string>, publishedUrl: string | null, revisionId: string | null, dueOn: string | null, values: Array<{ key: string, value: string }>, findings: Array<{ key: string, code: string, severity: string, messageZh: string, messageEn: string, keys: Array<string>, explanation: string | null }> }> };

export type SaveFormMutationVariables = Exact<{
  year: number;
  values: Array<FormValueInput> | FormValueInput;
  overview?: string | null | undefined;
  problems?: string | null | undefined;
  other?: string | null | undefined;
}>;


export type SaveFormMutation = { saveSubmissionForm: { id: string, agencyId: number, agencyName: string, year: number, state: string, stateZh: string, template: string | null, fileName: string | null, overview: string | null, problems: string | null, other: string | null, unexplained: number, actions: Array<string>, publishedUrl: string | null, revisionId: string | null, dueOn: string | null, values: Array<{ key: string, value: string }>, findings: Array<{ key: string, code: string, severity: string, messageZh: string, messageEn: string, keys: Array<string>, explanation: string | null }> } };

export type ExplainMutationVariables = Exact<{
  id: number;
  e: Array<ExplanationInput> | ExplanationInput;
}>;


export type ExplainMutation = { explainFindings: { id: string, agencyId: number, agencyName: string, year: number, state: string, stateZh: string, template: string | null, fileName: string | null, overview: string | null, problems: string | null, other: string | null, unexplained: number, actions: Array<string>, publishedUrl: string | null, revisionId: string | null, dueOn: string | null, values: Array<{ key: string, value: string }>, findings: Array<{ key: string, code: string, severity: string, messageZh: string, messageEn: string, keys: Array<string>, explanation: string | null }> } };

export type SubmitMutationVariables = Exact<{
  id: number;
}>;


export type SubmitMutation = { submitSubmission: { id: string, agencyId: number, agencyName: string, year: number, state: string, stateZh: string, template: string | null, fileName: string | null, overview: string | null, problems: string | null, other: string | null, unexplained: number, actions: Array<string>, publishedUrl: string | null, revisionId: string | null, dueOn: string | null, values: Array<{ key: string, value: string }>, findings: Array<{ key: string, code: string, severity: string, messageZh: string, messageEn: string, keys: Array<string>, explanation: string | null }> } };

export type ReturnMutationVariables = Exact<{
  id: number;
  c: Array<ReviewCommentInput> | ReviewCommentInput;
}>;


export type ReturnMutation = { returnSubmission: { id: string, agencyId: number, agencyName: string, year: number, state: string, stateZh: string, template: string | null, fileName: string | null, overview: string | null, problems: string | null, other: string | null, unexplained: number, actions: Array<string>, publishedUrl: string | null, revisionId: string | null, dueOn: string | null, values: Array<{ key: string, value: string }>, findings: Array<{ key: string, code: string, severity: string, messageZh: string, messageEn: string, keys: Array<string>, explanation: string | null }> } };

export type AcceptMutationVariables = Exact<{
  id: number;
}>;


export type AcceptMutation = { acceptSubmission: { id: string, agencyId: number, agencyName: string, year: number, state: string, stateZh: string, template: string | null, fileName: string | null, overview: string | null, problems: string | null, other: string | null, unexplained: number, actions: Array<string>, publishedUrl: string | null, revisionId: string | null, dueOn: string | null, values: Array<{ key: string, value: string }>, findings: Array<{ key: string, code: string, severity: string, messageZh: string, messageEn: string, keys: Array<string>, explanation: string | null }> } };

export type PublishedMutationVariables = Exact<{
  id: number;
  url: string;
}>;


export type PublishedMutation = { setSubmissionPublished: { id: string, agencyId: number, agencyName: string, year: number, state: string, stateZh: string, template: string | null, fileName: string | null, overview: string | null, problems: string | null, other: string | null, unexplained: number, actions: Array<string>, publishedUrl: string | null, revisionId: string | null, dueOn: string | null, values: Array<{ key: string, value: string }>, findings: Array<{ key: string, code: string, severity: string, messageZh: string, messageEn: string, keys: Array<string>, explanation: string | null }> } };

export type AccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountsQuery = { accounts: Array<{ id: string, username: string, kind: string, agencyId: number | null, agencyName: string | null, locked: boolean }>, apiTokens: Array<{ id: string, name: string, role: string, createdAt: string, revoked: boolean }> };

export type CreateAccountMutationVariables = Exact<{
  username: string;
  password: string;
  kind: string;
  agencyId?: number | null | undefined;
}>;


export type CreateAccountMutation = { createAccount: { id: string } };

export type ResetMutationVariables = Exact<{
  accountId: number;
  password: string;
}>;


export type ResetMutation = { resetPassword: boolean };

export type CreateTokenMutationVariables = Exact<{
  role: string;
  name: string;
}>;


export type CreateTokenMutation = { createApiToken: { secret: string } };

export type RevokeMutationVariables = Exact<{
  id: number;
}>;


export type RevokeMutation = { revokeApiToken: boolean };

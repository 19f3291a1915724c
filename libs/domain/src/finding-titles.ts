// Human titles of every finding code, in both languages; the code itself stays as small print for reference.
export interface FindingTitle {
  zh: string;
  en: string;
}

export const FINDING_TITLES: Readonly<Record<string, FindingTitle>> = {
  t3_column_identity: { zh: '表三列平衡不成立', en: 'Table 3 column does not balance' },
  t3_result_total: { zh: '表三办理结果合计不符', en: 'Table 3 results do not add up' },
  t3_row_total: { zh: '表三行合计不符', en: 'Table 3 row total does not add up' },
  t3_row_total_blank: { zh: '表三总计栏空白', en: 'Table 3 total left blank' },
  t4_total: { zh: '表四合计不符', en: 'Table 4 total does not add up' },
  text_contradicts_table: { zh: '正文与表格数字不一致', en: 'Text contradicts the table' },
  section_missing: { zh: '缺少部分标题', en: 'Section heading missing' },
  table_missing: { zh: '表格缺失', en: 'Table missing' },
  truncated: { zh: '正文不完整', en: 'Text cut short' },
  cells_missing: { zh: '单元格未读到', en: 'Cells not read' },
  template_mixed: { zh: '新旧格式混用', en: 'Templates mixed' },
  template_outdated: { zh: '仍用旧版格式', en: 'Outdated template' },
  template_guessed: { zh: '格式由推断确定', en: 'Template inferred' },
  amount_unit_missing: { zh: '金额未注明单位', en: 'Amount without a unit' },
  amount_magnitude: { zh: '金额数量级存疑', en: 'Amount of an implausible size' },
  t3_group_subtotal: { zh: '表三分组小计与分项之和不符', en: 'Table 3 group subtotal differs from its sub-rows' },
  year_template_mismatch: { zh: '年度与所用格式不符', en: 'Year does not match the template used' },
  duplicate_cell: { zh: '单元格重复出现', en: 'Cell printed twice' },
  label_variant: { zh: '行标签与格式原文不同', en: 'Row label differs from the template' },
  row_short: { zh: '行内数值不足', en: 'Row has too few values' },
  stray_cells: { zh: '多出的内容未计入', en: 'Extra content ignored' },
  docx_conversion: { zh: 'Word 文件转换提示', en: 'Word conversion notes' },
  flattened_ambiguous: { zh: '数字串拆分不唯一', en: 'Digit run splits several ways' },
  flattened_arith_relaxed: { zh: '数字串按放宽的勾稽关系拆分', en: 'Digit run split with relaxed arithmetic' },
  flattened_blanks_ignored: { zh: '数字串中的空格已忽略', en: 'Blanks in a digit run ignored' },
  flattened_label_missing: { zh: '未找到表格行', en: 'Table row not found' },
  flattened_no_values: { zh: '行标签后没有数字', en: 'No figures after a row label' },
  flattened_row_sum_broken: { zh: '拆分后行合计不符', en: 'Row total broken after the split' },
  flattened_search_capped: { zh: '拆分情形过多，未取值', en: 'Too many splits; values left open' },
  flattened_template_unclear: { zh: '表二格式不明', en: 'Table 2 template unclear' },
  flattened_unsplittable: { zh: '数字串无法拆分', en: 'Digit run cannot be split' },
  'continuity.carried_over': { zh: '跨年度结转不衔接', en: 'Carry-over does not match last year' },
  'continuity.in_force': { zh: '现行有效件数不衔接', en: 'In-force count does not follow from last year' },
  'continuity.item_count': { zh: '上一年项目数量不衔接', en: 'Items last year do not follow from last year' },
  'hierarchy.rollup_differs': {
    zh: '本级汇总与所属机关合计不一致',
    en: 'Government total differs from the sum of its bodies',
  },
  'hierarchy.below_bodies': { zh: '本级合计小于所属部门之和', en: 'Government total below its bodies' },
  'publication.not_posted': { zh: '逾期未在网站公开', en: 'Not posted on the site by the deadline' },
  'publication.late': { zh: '网站公开晚于期限', en: 'Posted on the site after the deadline' },
  'publication.gone': { zh: '已公开的年报被撤下', en: 'Posted report removed' },
  'publication.edited': { zh: '公开后被修改', en: 'Edited after posting' },
  'publication.differs': { zh: '网站公开稿与报送稿不一致', en: 'Posted copy differs from the copy received' },
  'publication.outside_column': { zh: '未发布在年报栏目', en: 'Posted outside the annual-report column' },
  'publication.unreadable': { zh: '公开附件无法读取', en: 'Posted attachment cannot be read' },
  'publication.unreachable': { zh: '年报栏目无法检查', en: 'Annual-report column could not be checked' },
};

/** The title in a language; an unknown code (a newer parser) shows itself rather than nothing. */
export function findingTitle(code: string, lang: 'zh' | 'en'): string {
  return FINDING_TITLES[code]?.[lang] ?? code;
}

// The three tables of the template of a year as grids of cells (with row/column spans, as the official layout): the
// synthetic reports print them, the bureau's web form lays its inputs on them, and a submission's generated report
// (HTML, DOCX) prints them.
import { T3_ROWS } from './metric-catalog';
import type { TemplateId } from './model';
import { templateTables } from './template-registry';

/** Printed text of each metric key (what a cell shows). */
export type GridValues = ReadonlyMap<string, { raw: string }>;

// `key`: the metric a number cell holds, so a form can lay out its inputs on the same grid (the bureau's web form).
export interface GridCell {
  t: string;
  rs?: number;
  cs?: number;
  key?: string;
}
export type Grid = GridCell[][];

const c = (t: string, cs?: number, rs?: number): GridCell => ({ t, cs, rs });

function nums(v: GridValues, keys: string[], cs?: number): GridCell[] {
  return keys.map((k) => ({ ...c(v.get(k)?.raw ?? '', cs), key: k }));
}

/** Table 二 of template `t` as the registry lays it out: per 第二十条 clause a header row, then its item rows. */
export function table2(v: GridValues, t: TemplateId): Grid {
  const g: Grid = [];
  for (const b of templateTables(t).table2) {
    // A one-column block spans its header and cells over the grid's three value columns.
    const span = b.columns.length === 1 ? 3 : undefined;
    g.push([c(`第二十条第（${b.clause}）项`, 4)]);
    g.push([c('信息内容'), ...b.columns.map((col) => c(col.header, span))]);
    for (const r of b.rows)
      g.push([
        c(r.label),
        ...nums(
          v,
          b.columns.map((col) => `t2.${r.id}.${col.id}`),
          span,
        ),
      ]);
  }
  return g;
}

const COLS = ['natural', 'business', 'research', 'public_interest', 'legal', 'other_org', 'total'];
const GROUP_HEAD: Record<string, string> = {
  withheld: '（三）不予公开',
  unable: '（四）无法提供',
  not_processed: '（五）不予处理',
  other: '（六）其他处理',
};

export function table3(v: GridValues, t: TemplateId): Grid {
  const row = (id: string): GridCell[] =>
    nums(
      v,
      COLS.map((col) => `t3.${id}.${col}`),
    );
  const g: Grid = [
    [c('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3), c('申请人情况', 7)],
    [c('自然人', undefined, 2), c('法人或其他组织', 5), c('总计', undefined, 2)],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((x) => c(x)),
    [c('一、本年新收政府信息公开申请数量', 3), ...row('new')],
    [c('二、上年结转政府信息公开申请数量', 3), ...row('carried_in')],
  ];
  const results = T3_ROWS.filter(
    (r) =>
      r.templates.includes(t) && (r.group || r.id === 'disclosed' || r.id === 'partial' || r.id === 'result_total'),
  );
  const resultRows: Grid = [];
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    const sub = r.zh.split(' ')[1];
    const groupSize = r.group ? results.filter((x) => x.group === r.group).length : 0;
    const first = r.group && results[i - 1]?.group !== r.group;
    if (!r.group || groupSize === 1) {
      const label = r.id === 'partial' ? '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' : r.zh;
      resultRows.push([c(label, 2), ...row(r.id)]);
    } else if (first) resultRows.push([c(GROUP_HEAD[r.group!], undefined, groupSize), c(sub), ...row(r.id)]);
    else resultRows.push([c(sub), ...row(r.id)]);
  }
  resultRows[0].unshift(c('三、本年度办理结果', undefined, resultRows.length));
  g.push(...resultRows, [c('四、结转下年度继续办理', 3), ...row('carried_out')]);
  return g;
}

export function table4(v: GridValues): Grid {
  const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const ids = ['upheld', 'corrected', 'other', 'pending', 'total'];
  return [
    [c('行政复议', 5), c('行政诉讼', 10)],
    [...outcomes.map((o) => c(o, undefined, 2)), c('未经复议直接起诉', 5), c('复议后起诉', 5)],
    [...outcomes, ...outcomes].map((o) => c(o)),
    ['reconsideration', 'litigation_direct', 'litigation_after'].flatMap((gid) =>
      nums(
        v,
        ids.map((id) => `t4.${gid}.${id}`),
      ),
    ),
  ];
}

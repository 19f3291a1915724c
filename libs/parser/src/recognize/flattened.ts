// Recognition of tables whose cells were concatenated with no separator at all (`规章000规范性文件898989`,
// `行政处罚2648-18538`, table 四 as 15–17 digits in one run). Labels are found in the text; each digit run is cut
// into cells by searching every cut that satisfies the template's own arithmetic. One cut left: taken and marked
// `inferred`. Several: the cell stays null with its candidates and a finding names the row. None: a finding.
import {
  METRIC_BY_KEY,
  T3_COLUMNS,
  type Finding,
  type ParsedCell,
  type SectionNo,
  type TemplateDetected,
  type TemplateId,
} from '@dh/domain';
import { AMOUNT_UNITS, normalizeAmount } from '../normalize/amount-unit';
import { T3_OTHER_2021, T3_RESULT_IDS, table2Rows, table3Row, table4Cols, type RowSpec } from './flattened-rows';
import { newBudget, splitRun, tokenValue, type Budget, type CellType, type SumGroup } from './flattened-split';
import {
  findFrom,
  labelRegex,
  leadingRun,
  lineOf,
  origAt,
  squeeze,
  type NumericRun,
  type Squeezed,
} from './flattened-text';

export interface FlattenedOptions {
  section: SectionNo;
  template: TemplateDetected;
  /** Line of the section's first line in the whole report; cell lines are lineOffset + 0-based line in the section. */
  lineOffset: number;
  /** Cap on search steps for the whole section (default 2,000,000). */
  maxSteps?: number;
}

export interface FlattenedResult {
  cells: ParsedCell[];
  findings: Finding[];
}

interface Located {
  spec: RowSpec;
  run: NumericRun | null;
  /** Offset of the label in the original text. */
  labelAt: number;
}

const TABLE_NAME: Record<SectionNo, string> = { 二: '表二', 三: '表三', 四: '表四' };
const TABLE_NO: Record<SectionNo, number> = { 二: 2, 三: 3, 四: 4 };

// Table-二 column headers of either template (sticky: only right after a row label).
const T2_COLUMN_HEADERS =
  /(?:本年处理决定数量|处理决定数量|本年收费金额|[（(]单位[：:]?万?元[）)]|本年制发件数|本年废止件数|现行有效件数|本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增\/?减|采购项目数量|采购总金额|[:：])+/y;

export function recognizeFlattened(sectionText: string, opts: FlattenedOptions): FlattenedResult {
  const ctx = new Ctx(sectionText, opts);
  if (opts.section === '二') ctx.table2();
  else if (opts.section === '三') ctx.table3();
  else ctx.table4();
  return { cells: ctx.cells, findings: ctx.findings };
}

class Ctx {
  readonly cells: ParsedCell[] = [];
  readonly findings: Finding[] = [];
  private readonly sq: Squeezed;
  private readonly budget: Budget;

  constructor(
    private readonly text: string,
    private readonly opts: FlattenedOptions,
  ) {
    this.sq = squeeze(text);
    this.budget = newBudget(opts.maxSteps);
  }

  private line(offset: number): number {
    return this.opts.lineOffset + lineOf(this.text, offset);
  }

  private finding(
    code: string,
    severity: Finding['severity'],
    zh: string,
    en: string,
    offset?: number,
    keys?: string[],
  ): void {
    this.findings.push({
      code,
      severity,
      messageZh: zh,
      messageEn: en,
      loc: offset === undefined ? undefined : { line: this.line(offset) },
      keys,
    });
  }

  // ---- label location ------------------------------------------------------------------------------

  /** Finds the labels in order; returns the rows found with the numeric run after each label. */
  private locate(specs: RowSpec[], extraStops: RegExp[] = [], skipAfter?: RegExp): Located[] {
    const hits: { spec: RowSpec | null; start: number; end: number }[] = [];
    let cursor = 0;
    for (const spec of specs) {
      const m = findFrom(this.sq, labelRegex(spec.variants), cursor);
      if (!m) {
        this.finding(
          'flattened_label_missing',
          'warning',
          `${TABLE_NAME[this.opts.section]}未找到“${spec.label}”一行`,
          `Table ${TABLE_NO[this.opts.section]}: row “${spec.label}” not found in the flattened text`,
          undefined,
          spec.cols.map((c) => c.key),
        );
        continue;
      }
      // A column header printed after the row label (`行政许可本年处理决定数量2293`) is not part of the run.
      let end = m.end;
      if (skipAfter) {
        skipAfter.lastIndex = end;
        const k = skipAfter.exec(this.sq.text);
        if (k) end += k[0].length;
      }
      hits.push({ spec, start: m.start, end });
      cursor = end;
    }
    for (const re of extraStops) {
      re.lastIndex = 0;
      for (let m = re.exec(this.sq.text); m; m = re.exec(this.sq.text))
        hits.push({ spec: null, start: m.index, end: m.index + m[0].length });
    }
    hits.sort((a, b) => a.start - b.start);
    const out: Located[] = [];
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i];
      if (!h.spec) continue;
      const segStart = origAt(this.sq, h.end, this.text.length);
      const segEnd = i + 1 < hits.length ? origAt(this.sq, hits[i + 1].start, this.text.length) : this.text.length;
      out.push({
        spec: h.spec,
        run: leadingRun(this.text, segStart, segEnd),
        labelAt: origAt(this.sq, h.start, this.text.length),
      });
    }
    return out;
  }

  // ---- splitting -------------------------------------------------------------------------------------

  /**
   * All cuts of a row's run, with the row's own arithmetic if any. Blanks inside a run are taken as cell
   * boundaries first; if no cut respects them they are ignored (and that is reported).
   */
  private cuts(
    row: Located,
    types: CellType[],
    sums: SumGroup[][],
  ): { splits: string[][]; capped: boolean; relaxed: number } {
    const run = row.run;
    if (!run) return { splits: [], capped: false, relaxed: 0 };
    for (let level = 0; level < sums.length; level++) {
      for (const respectBlanks of [true, false]) {
        if (!respectBlanks && !/\s/.test(run.raw)) continue;
        const r = splitRun(run.raw, types, sums[level], this.budget, { respectBlanks });
        if (r.capped) return { splits: r.splits, capped: true, relaxed: level };
        if (r.splits.length > 0) {
          if (!respectBlanks)
            this.finding(
              'flattened_blanks_ignored',
              'info',
              `${TABLE_NAME[this.opts.section]}“${row.spec.label}”的数字串“${run.raw}”中的空格不是单元格分隔，已忽略`,
              `Table ${TABLE_NO[this.opts.section]}, row “${row.spec.label}”: blanks in “${run.raw}” cannot all be cell boundaries; ignored`,
              run.start,
              row.spec.cols.map((c) => c.key),
            );
          return { splits: r.splits, capped: false, relaxed: level };
        }
      }
    }
    return { splits: [], capped: false, relaxed: sums.length };
  }

  private capFinding(row: Located): void {
    this.finding(
      'flattened_search_capped',
      'warning',
      `${TABLE_NAME[this.opts.section]}“${row.spec.label}”的数字串“${row.run?.raw ?? ''}”拆分情形过多，已停止搜索，数值未确定`,
      `Table ${TABLE_NO[this.opts.section]}, row “${row.spec.label}”: too many ways to cut “${row.run?.raw ?? ''}”; search stopped, values left unresolved`,
      row.run?.start ?? row.labelAt,
      row.spec.cols.map((c) => c.key),
    );
  }

  /** Emits the cells of a row from the cuts that survived; ambiguous cells stay null with their candidates. */
  private emit(
    row: Located,
    splits: string[][],
    capped: boolean,
    unit?: (key: string) => { unit?: string; rawUnit?: string },
  ): void {
    const { spec, run } = row;
    const line = this.line(run?.start ?? row.labelAt);
    if (!run) {
      this.finding(
        'flattened_no_values',
        'warning',
        `${TABLE_NAME[this.opts.section]}“${spec.label}”后没有数字`,
        `Table ${TABLE_NO[this.opts.section]}, row “${spec.label}”: no figures after the label`,
        row.labelAt,
        spec.cols.map((c) => c.key),
      );
      return;
    }
    if (capped) this.capFinding(row);
    else if (splits.length === 0)
      this.finding(
        'flattened_unsplittable',
        'error',
        `${TABLE_NAME[this.opts.section]}“${spec.label}”的数字串“${run.raw}”无法拆分为${spec.cols.length}个单元格`,
        `Table ${TABLE_NO[this.opts.section]}, row “${spec.label}”: “${run.raw}” cannot be cut into ${spec.cols.length} cells`,
        run.start,
        spec.cols.map((c) => c.key),
      );
    const unresolvedKeys: string[] = [];
    spec.cols.forEach((col, i) => {
      const toks = [...new Set(splits.map((s) => s[i]))];
      if (!capped && toks.length === 1) {
        const tok = toks[0];
        const value = tokenValue(tok);
        const cell = this.cellBase(
          col.key,
          spec.label,
          line,
          unit,
          tok,
          value,
          value === null ? 'not_applicable' : value === 0 ? 'zero' : 'number',
        );
        if (spec.cols.length > 1) cell.inferred = true;
        this.cells.push(cell);
        return;
      }
      unresolvedKeys.push(col.key);
      const cell = this.cellBase(col.key, spec.label, line, unit, run.raw, null, 'unresolved');
      if (!capped)
        cell.candidates = [...new Set(toks.map(tokenValue).filter((v): v is number => v !== null))].sort(
          (a, b) => a - b,
        );
      this.cells.push(cell);
    });
    if (!capped && splits.length > 1 && unresolvedKeys.length > 0) {
      const cols = unresolvedKeys.map((k) => METRIC_BY_KEY.get(k)?.colLabel ?? k).join('、');
      this.finding(
        'flattened_ambiguous',
        'warning',
        `${TABLE_NAME[this.opts.section]}“${spec.label}”的数字串“${run.raw}”有${splits.length}种拆分均符合表格勾稽关系，${cols}无法确定`,
        `Table ${TABLE_NO[this.opts.section]}, row “${spec.label}”: ${splits.length} ways to cut “${run.raw}” satisfy the table's arithmetic; ${unresolvedKeys.length} cell(s) left unresolved`,
        run.start,
        unresolvedKeys,
      );
    }
  }

  // Built by assignment, in the order the spread form printed them: object spread here was a tenth of text parsing.
  private cellBase(
    key: string,
    label: string,
    line: number,
    unit: ((key: string) => { unit?: string; rawUnit?: string }) | undefined,
    raw: string,
    value: number | null,
    kind: ParsedCell['kind'],
  ): ParsedCell {
    const def = METRIC_BY_KEY.get(key);
    const cell = {
      key,
      section: this.opts.section,
      rowLabel: def?.rowLabel ?? label,
      colLabel: def?.colLabel ?? '',
      loc: { line },
    } as ParsedCell;
    const u = unit?.(key);
    if (u?.unit !== undefined) cell.unit = u.unit;
    if (u?.rawUnit !== undefined) cell.rawUnit = u.rawUnit;
    cell.raw = raw;
    cell.value = value;
    cell.kind = kind;
    return cell;
  }

  // ---- table 二 --------------------------------------------------------------------------------------

  private template2(): TemplateId {
    const t = this.sq.text;
    const is2021 = /本年制发件数|本年废止件数|现行有效件数|本年处理决定数量|本年收费金额/.test(t);
    const is2019 =
      /本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|采购项目数量|其他对外管理服务事项|政府集中采购/.test(
        t,
      );
    if (is2021 && !is2019) return '2021';
    if (is2019 && !is2021) return '2019';
    const fallback: TemplateId = this.opts.template === '2019' ? '2019' : '2021';
    this.finding(
      'flattened_template_unclear',
      'info',
      `表二表头无法判断模板，按${fallback}年版识别`,
      `Table 2: headers do not tell the template; read as the ${fallback} template`,
      0,
    );
    return fallback;
  }

  table2(): void {
    const tpl = this.template2();
    const specs = table2Rows(tpl);
    for (const row of this.locate(specs, [], T2_COLUMN_HEADERS)) {
      const types = row.spec.cols.map((c) => c.type);
      const { splits, capped } = this.cuts(row, types, [[]]);
      const rawUnit = row.run?.unit;
      const from = this.cells.length;
      this.emit(row, splits, capped, (key) =>
        rawUnit && AMOUNT_UNITS.has(METRIC_BY_KEY.get(key)?.unit ?? '') ? { rawUnit } : {},
      );
      // Amounts to the catalogue unit like any table's (a 万元 procurement amount, a fee printed in 元).
      for (let i = from; i < this.cells.length; i++) normalizeAmount(this.cells[i], tpl, undefined, this.findings);
    }
  }

  // ---- table 三 --------------------------------------------------------------------------------------

  private locate3(): Located[] {
    // （六）其他处理 is one row (2019) or a group header over three rows (2021): look at what follows it.
    const before = ['new', 'carried_in', ...T3_RESULT_IDS].map(table3Row);
    const after = ['result_total', 'carried_out'].map(table3Row);
    const six = findFrom(this.sq, labelRegex(['（六）其他处理']), 0);
    let middle: RowSpec[];
    const stops: RegExp[] = [];
    if (six && /^(?:1[.．、,，])?申请人/.test(this.sq.text.slice(six.end))) {
      middle = T3_OTHER_2021.map(table3Row);
      stops.push(labelRegex(['（六）其他处理']));
    } else if (six) {
      middle = [table3Row('other')];
    } else {
      middle = /申请人无正当理由|申请人逾期未按/.test(this.sq.text)
        ? T3_OTHER_2021.map(table3Row)
        : [table3Row('other')];
    }
    return this.locate([...before, ...middle, ...after], stops);
  }

  table3(): void {
    const rows = this.locate3();
    const types: CellType[] = T3_COLUMNS.map(() => 'count');
    const rowSum: SumGroup = { parts: [0, 1, 2, 3, 4, 5], total: 6 };
    const domains = new Map<string, { row: Located; splits: string[][]; capped: boolean }>();
    for (const row of rows) {
      const r = this.cuts(row, types, [[rowSum], []]);
      if (r.relaxed > 0 && r.splits.length > 0)
        this.finding(
          'flattened_row_sum_broken',
          'warning',
          `表三“${row.spec.label}”的数字串“${row.run?.raw}”无论怎样拆分，总计都不等于各申请人之和；按无约束拆分`,
          `Table 三, row “${row.spec.label}”: no cut of “${row.run?.raw}” makes the total equal the sum of applicants; cut without that rule`,
          row.run?.start,
          row.spec.cols.map((c) => c.key),
        );
      domains.set(row.spec.id, { row, ...r });
    }
    this.crossRows(domains);
    for (const d of domains.values()) this.emit(d.row, d.splits, d.capped);
  }

  /**
   * Narrows the rows' cuts with the column arithmetic: A) 一 + 二 = （七） + 四 and B) （七） = sum of results,
   * every column. If the source breaks them for every cut, each family alone is tried (union of what
   * survives), then none; the relaxation is reported.
   */
  private crossRows(domains: Map<string, { row: Located; splits: string[][]; capped: boolean }>): void {
    const usable = (id: string) => {
      const d = domains.get(id);
      return d && !d.capped && d.splits.length > 0 ? d : undefined;
    };
    const resultIds = [...domains.keys()].filter((id) => T3_RESULT_IDS.includes(id) || id.startsWith('other'));
    const famA = ['new', 'carried_in', 'result_total', 'carried_out'].every((id) => usable(id));
    const famB =
      !!usable('result_total') &&
      resultIds.length > 0 &&
      resultIds.every((id) => usable(id)) &&
      T3_RESULT_IDS.every((id) => domains.has(id));
    if (!famA && !famB) return;
    const ncol = T3_COLUMNS.length;
    const order = ['result_total', ...resultIds, 'new', 'carried_in', 'carried_out'].filter((id) => usable(id));
    if (order.every((id) => usable(id)!.splits.length === 1)) return;
    const vals = order.map((id) => usable(id)!.splits.map((s) => s.map((t) => tokenValue(t) ?? 0)));
    const idx = new Map(order.map((id, i) => [id, i]));
    const resIdx = resultIds.map((id) => idx.get(id)!);

    const solve = (a: boolean, b: boolean): { used: Set<number>[]; capped: boolean; count: number } => {
      const used = order.map(() => new Set<number>());
      const pick = new Array<number>(order.length).fill(0);
      let count = 0;
      let capped = false;
      const v = (rowI: number, col: number) => vals[rowI][pick[rowI]][col];
      const check = (): boolean => {
        for (let c = 0; c < ncol; c++) {
          if (
            a &&
            v(idx.get('new')!, c) + v(idx.get('carried_in')!, c) !==
              v(idx.get('result_total')!, c) + v(idx.get('carried_out')!, c)
          )
            return false;
          if (b) {
            let s = 0;
            for (const r of resIdx) s += v(r, c);
            if (s !== v(idx.get('result_total')!, c)) return false;
          }
        }
        return true;
      };
      const rec = (i: number, partial: number[]): void => {
        if (capped) return;
        if (++this.budget.steps > this.budget.cap || count >= 100_000) {
          this.budget.hit = true;
          capped = true;
          return;
        }
        if (i === order.length) {
          if (check()) {
            count++;
            pick.forEach((p, r) => used[r].add(p));
          }
          return;
        }
        const isRes = resIdx.includes(i);
        for (let k = 0; k < vals[i].length; k++) {
          pick[i] = k;
          let next = partial;
          if (b && isRes) {
            next = partial.map((s, c) => s + vals[i][k][c]);
            const tot = vals[idx.get('result_total')!][pick[idx.get('result_total')!]];
            if (next.some((s, c) => s > tot[c])) continue;
          }
          rec(i + 1, next);
        }
      };
      rec(0, new Array<number>(ncol).fill(0));
      return { used, capped, count };
    };

    const attempts: { a: boolean; b: boolean }[][] = [];
    if (famA && famB)
      attempts.push(
        [{ a: true, b: true }],
        [
          { a: true, b: false },
          { a: false, b: true },
        ],
      );
    else attempts.push([{ a: famA, b: famB }]);
    for (let level = 0; level < attempts.length; level++) {
      const results = attempts[level].map((x) => solve(x.a, x.b));
      if (results.some((r) => r.capped)) {
        this.finding(
          'flattened_search_capped',
          'warning',
          '表三跨行勾稽搜索超出上限，未用列关系缩小拆分范围',
          'Table 三: the search over column arithmetic hit its cap; cuts were not narrowed by column sums',
          0,
        );
        return;
      }
      const ok = results.filter((r) => r.count > 0);
      if (ok.length === 0) continue;
      if (level > 0)
        this.finding(
          'flattened_arith_relaxed',
          'warning',
          '表三的数字串无论怎样拆分都不能同时满足“一+二=（七）+四”和“（七）=各办理结果之和”，仅用其中能成立的一项缩小拆分范围',
          'Table 三: no cut satisfies both column identities (一+二 = （七）+四 and （七） = sum of results); cuts were narrowed by whichever holds',
          0,
        );
      order.forEach((id, r) => {
        const d = usable(id)!;
        const keep = new Set<number>();
        for (const res of ok) for (const k of res.used[r]) keep.add(k);
        d.splits = d.splits.filter((_, k) => keep.has(k));
      });
      return;
    }
    this.finding(
      'flattened_arith_relaxed',
      'warning',
      '表三的数字串无论怎样拆分都不满足列勾稽关系，各行只按本行总计拆分',
      'Table 三: no cut satisfies the column arithmetic; each row was cut by its own total only',
      0,
    );
  }

  // ---- table 四 --------------------------------------------------------------------------------------

  table4(): void {
    const cols = table4Cols();
    const spec: RowSpec = { id: 't4', label: '行政复议、行政诉讼', variants: [], cols };
    // The 15 figures follow the last header word.
    const header = /结果维持|结果纠正|其他结果|尚未审结|总计|未经复议直接起诉|复议后起诉|行政诉讼|行政复议/g;
    let end = 0;
    for (let m = header.exec(this.sq.text); m; m = header.exec(this.sq.text)) end = m.index + m[0].length;
    const start = origAt(this.sq, end, this.text.length);
    const run = leadingRun(this.text, start, this.text.length);
    const row: Located = { spec, run, labelAt: start };
    const groups: SumGroup[] = [0, 1, 2].map((g) => ({ parts: [0, 1, 2, 3].map((i) => g * 5 + i), total: g * 5 + 4 }));
    // All three group totals; then any two; then any one; then none.
    const levels: SumGroup[][][] = [
      [groups],
      [
        [groups[0], groups[1]],
        [groups[0], groups[2]],
        [groups[1], groups[2]],
      ],
      [[groups[0]], [groups[1]], [groups[2]]],
      [[]],
    ];
    const types: CellType[] = cols.map(() => 'count');
    for (let level = 0; level < levels.length; level++) {
      const merged = new Map<string, string[]>();
      let capped = false;
      for (const sums of levels[level]) {
        const r = this.cuts(row, types, [sums]);
        capped ||= r.capped;
        for (const s of r.splits) merged.set(s.join('|'), s);
      }
      if (capped) {
        this.emit(row, [], true);
        return;
      }
      if (merged.size === 0 && level < levels.length - 1) continue;
      if (level > 0 && merged.size > 0)
        this.finding(
          'flattened_arith_relaxed',
          'warning',
          `表四的数字串“${run?.raw ?? ''}”无论怎样拆分都不能使每组总计等于四项之和，已放宽该约束`,
          `Table 四: no cut of “${run?.raw ?? ''}” makes every group total equal the sum of its four outcomes; that rule was relaxed`,
          run?.start,
          cols.map((c) => c.key),
        );
      this.emit(row, [...merged.values()], false);
      return;
    }
  }
}

// Plain text → Extracted. Detects per table region how cells are written and rebuilds rows:
// pipe rows one a line (`规章 | 0 | 0 | 0 |`), one cell a line (`规章 |` / `0 |`), every cell and every `|` on
// its own line, markdown rows (`| 规章 | 0 |`), labels broken from their pipe, one cell a paragraph (no
// pipes), space-separated rows. Flattened tables (no separators at all) stay paragraphs: recognition hands
// them to recognizeFlattened.
import { normalizeDate } from './html';
import { isGluedRegion, isTableLine, isTableStart, splitSpacedValues } from './text-regions';
import { findWrappedLabels, withoutPiece } from './text-wrapped';
import type { Block, Extracted, Row } from './types';
import { isValueLike } from '../normalize/value';

export function extractText(text: string, encoding: string): Extracted {
  // Markdown exports: `## 三、收到和处理…` is the heading itself.
  const lines = text
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^ {0,3}#{1,6}\s+/, ''));
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    if (isTableStart(lines[i])) {
      let j = i + 1;
      while (j < lines.length && isTableLine(lines[j])) j++;
      // Trailing blank lines belong to what follows.
      let end = j;
      while (end > i + 1 && lines[end - 1].trim() === '') end--;
      // Rows printed one a line but with label and figures glued (`行政许可2293`): flattened, not a grid.
      if (!isGluedRegion(lines.slice(i, end))) {
        blocks.push({ kind: 'table', rows: rowsOf(lines, i, end), loc: { line: i + 1 } });
        i = end;
        continue;
      }
      for (; i < end; i++) {
        const t = lines[i].replace(/[\u00a0\u3000]/g, ' ').trim();
        if (t) blocks.push({ kind: 'para', text: t, loc: { line: i + 1 } });
      }
      continue;
    }
    const t = lines[i].replace(/[\u00a0\u3000]/g, ' ').trim();
    if (t) blocks.push({ kind: 'para', text: t, loc: { line: i + 1 } });
    i++;
  }
  return { form: 'text', encoding, blocks, meta: readTextMeta(lines), findings: [] };
}

function rowsOf(lines: string[], from: number, to: number): Row[] {
  const region = lines.slice(from, to);
  return region.some((l) => l.includes('|')) ? pipeRows(region, from) : plainRows(region, from);
}

// Text between pipes is a cell; lines without a pipe are joined onto the next cell (`商业` / `企业` / `|`).
function pipeRows(region: string[], offset: number): Row[] {
  const rows: Row[] = [];
  let pending = '';
  region.forEach((line, k) => {
    const t = line.replace(/[\u00a0\u3000]/g, ' ').trim();
    if (!t.includes('|')) {
      pending += t;
      return;
    }
    // Markdown conversions: the `| --- |` rule, generic headers (`数据1 … 数据6 | 总计`) and `-` placeholder tables
    // carry no cells; a label printed above its small table stays pending for the first row that has values.
    if (MD_RULE_RE.test(t) || isMarkdownFiller(t)) return;
    let body = t;
    if (body.startsWith('|') && body.replace(/\|/g, '').trim() !== '') body = body.slice(1);
    if (!body.endsWith('|')) body += '|';
    const parts = body.split('|');
    parts.pop();
    if (pending && parts[0].trim() !== '' && isValueLike(parts[0])) parts.unshift(pending);
    else parts[0] = pending + parts[0];
    pending = '';
    rows.push({ cells: parts.map((p) => p.trim()), loc: { line: offset + k + 1 } });
  });
  if (pending) rows.push({ cells: [pending], loc: { line: offset + region.length } });
  return rows;
}

const MD_RULE_RE = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;
const GENERIC_HEADER_RE = /^(数据\d{1,2}|列\d{1,2}|总计)$/;

function isMarkdownFiller(line: string): boolean {
  const cells = line
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
  if (cells.length < 2) return false;
  if (cells.every((c) => c === '-')) return true;
  return cells.every((c) => GENERIC_HEADER_RE.test(c)) && cells.some((c) => c.startsWith('数据') || c.startsWith('列'));
}

// No pipes: one cell a line/paragraph, or a label followed by space-separated values.
// A table 三 label wrapped around its figures line is one row, at the figures line (text-wrapped.ts).
function plainRows(region: string[], offset: number): Row[] {
  const rows: Row[] = [];
  const joins = findWrappedLabels(region);
  const mid = new Map(joins.map((j) => [j.mid, j]));
  const taken = new Map(joins.flatMap((j) => [[j.up, j.upPiece] as const, [j.down, j.downPiece] as const]));
  region.forEach((line, k) => {
    const join = mid.get(k);
    if (join) {
      rows.push({ cells: [join.label, ...join.values], loc: { line: offset + k + 1 }, loose: true });
      return;
    }
    const piece = taken.get(k);
    const t = piece ? withoutPiece(line, piece) : line.replace(/[\u00a0\u3000]/g, ' ').trim();
    if (!t) return;
    rows.push({ cells: splitSpacedValues(t) ?? [t], loc: { line: offset + k + 1 }, loose: true });
  });
  return rows;
}

// Crawler headers (`标题: …`, `发布时间: …`) and CMS lines (`发布日期:2022-01-27`, `时间:2023-01-13`).
function readTextMeta(lines: string[]): Extracted['meta'] {
  const meta: Extracted['meta'] = {};
  for (const line of lines.slice(0, 40)) {
    const t = line.trim();
    const title = /^标题[:：]\s*(.+)$/.exec(t)?.[1];
    if (title && !meta.title) meta.title = title.trim();
    else if (
      !meta.title &&
      t.length <= 60 &&
      /\d{4}年度?.*(政府信息公开|政务公开).*报告$/.test(t) &&
      !/[。，,]/.test(t)
    )
      meta.title = t;
    const date = /(?:发布时间|发布日期|时间)[:：]\s*(\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2})/.exec(t)?.[1];
    if (date && !meta.publishedOn) meta.publishedOn = normalizeDate(date) ?? undefined;
  }
  if (meta.publishedOn === undefined) delete meta.publishedOn;
  return meta;
}

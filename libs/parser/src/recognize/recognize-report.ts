// Extracted blocks → cells, sections, template and report meta. Tables are routed by their own content
// (with the enclosing section as fallback); sections whose table text was flattened go to recognizeFlattened.
import {
  latestTemplate,
  METRIC_BY_KEY,
  templateForYear,
  type Finding,
  type ParsedCell,
  type ReportSection,
  type TemplateDetected,
  type TemplateId,
} from '@dh/domain';
import type { Extracted } from '../extract/types';
import { templateOfHeaders, templateOfHeaderTexts } from '../normalize/labels';
import { looksFlattened } from './flattened-detect';
import { recognizeFlattened } from './flattened';
import { flattenedRegions } from './flattened-regions';
import { readReportMeta, type ReportMeta } from './meta';
import { findSections, type SectionSpan } from './sections';
import { recognizeTable2 } from './table2';
import { recognizeTable3 } from './table3';
import { recognizeTable4 } from './table4';

// A cell named as the template prints it (row · column), never by its internal key.
const labelZh = (key: string): string => {
  const m = METRIC_BY_KEY.get(key);
  return m ? `${m.rowLabel} · ${m.colLabel}` : key;
};
import { rowTokens, splitByKind, type TableKind, type Tok } from './tokens';

export interface Recognized extends ReportMeta {
  template: TemplateDetected;
  sections: ReportSection[];
  spans: SectionSpan[];
  cells: ParsedCell[];
  findings: Finding[];
  text: string;
}

const SECTION_OF: Record<number, TableKind> = { 2: '二', 3: '三', 4: '四' };

export function recognizeReport(ex: Extracted): Recognized {
  // Running text with a marker line per table, so tables can be placed in sections.
  const parts: string[] = [];
  const lineAt: { offset: number; line: number }[] = [];
  const tableAt: number[] = [];
  let offset = 0;
  ex.blocks.forEach((b, i) => {
    const piece = b.kind === 'para' ? b.text : '\u0001';
    if (b.kind === 'para' && b.loc.line !== undefined) lineAt.push({ offset, line: b.loc.line });
    tableAt[i] = offset;
    parts.push(piece);
    offset += piece.length + 1;
  });
  const text = parts.join('\n');
  const spans = findSections(text);
  const sectionAt = (off: number) => [...spans].reverse().find((s) => s.start <= off)?.no ?? null;

  // Table tokens by kind, in reading order.
  const byKind: Record<TableKind, Tok[]> = { 二: [], 三: [], 四: [] };
  let grid = false;
  ex.blocks.forEach((b, i) => {
    if (b.kind !== 'table') return;
    grid ||= b.rows.some((r) => r.origin !== undefined);
    const sec = sectionAt(tableAt[i]);
    for (const seg of splitByKind(rowTokens(b.rows, i), sec ? (SECTION_OF[sec] ?? null) : null))
      append(byKind[seg.kind], seg.toks);
  });

  const tableTexts = [...byKind['二'], ...byKind['三']].map((t) => t.text);
  const meta = readReportMeta(
    text.replace(/\u0001/g, ''),
    ex.meta,
    spans.find((s) => s.no >= 5)?.start ?? Math.floor(text.length * 0.7),
  );
  const hint: TemplateId =
    templateOfHeaderTexts(tableTexts) ?? (meta.year ? templateForYear(meta.year) : latestTemplate());

  const cells: ParsedCell[] = [];
  const findings: Finding[] = [];
  const signals: TemplateId[] = [];
  // Nothing printed after table 二: the text stops inside it, and its last row may be cut short.
  const t2Open = !byKind['三'].length && !byKind['四'].length && !spans.some((s) => s.no >= 3);
  for (const out of [
    recognizeTable2(byKind['二'], hint, t2Open),
    recognizeTable3(byKind['三']),
    recognizeTable4(byKind['四'], grid),
  ]) {
    append(cells, out.cells);
    append(findings, out.findings);
    append(signals, out.templates);
  }

  // Sections without a table whose text holds one flattened (table 三 also without its heading).
  for (const reg of flattenedRegions(text, spans, (k) => byKind[k].length > 0)) {
    const kind = reg.kind;
    const body = text.slice(reg.start, reg.end).replace(/\u0001/g, '');
    if (!looksFlattened(kind, body)) continue;
    const line = [...lineAt].reverse().find((l) => l.offset <= reg.start)?.line ?? 0;
    const byHeader = templateOfHeaders(body);
    const textTpl: TemplateDetected = byHeader === '2021' || /逾期不补正/.test(body) ? '2021' : (byHeader ?? 'unknown');
    const fl = recognizeFlattened(body, {
      maxSteps: 200_000,
      section: kind,
      template: textTpl === 'unknown' ? (signals[0] ?? 'unknown') : textTpl,
      lineOffset: line,
    });
    append(cells, fl.cells);
    append(findings, fl.findings);
    if (textTpl !== 'unknown') signals.push(textTpl);
  }

  const uniq = [...new Set(signals)];
  const template: TemplateDetected = uniq.length === 0 ? 'unknown' : uniq.length === 1 ? uniq[0] : 'mixed';
  const sections: ReportSection[] = spans.map((s) => ({
    no: s.no,
    title: s.title,
    text: text
      .slice(s.bodyStart, s.end)
      .replace(/\u0001\n?/g, '')
      .trim(),
  }));
  return { ...meta, template, sections, spans, cells: dedupe(cells, findings), findings, text };
}

// push(...xs) overflows the stack on huge inputs.
function append<T>(to: T[], xs: readonly T[]): void {
  for (const x of xs) to.push(x);
}

// The same key printed twice (two copies of a table): the first wins, the second is a finding.
function dedupe(cells: ParsedCell[], findings: Finding[]): ParsedCell[] {
  const seen = new Map<string, ParsedCell>();
  for (const c of cells) {
    const prev = seen.get(c.key);
    if (!prev) seen.set(c.key, c);
    else if (prev.raw !== c.raw) {
      findings.push({
        code: 'duplicate_cell',
        severity: 'warning',
        loc: c.loc,
        keys: [c.key],
        messageZh: `单元格「${labelZh(c.key)}」出现两次（「${prev.raw}」与「${c.raw}」），取第一次`,
        messageEn: `Cell "${METRIC_BY_KEY.get(c.key)?.labelEn ?? c.key}" printed twice ("${prev.raw}" and "${c.raw}"); the first is kept`,
      });
    }
  }
  return [...seen.values()];
}

// PDF → Extracted. pdf.js (bundled in unpdf) gives text items with positions; tables are rebuilt from the
// geometry (see pdf-layout.ts): page numbers dropped, lines joined across page breaks, vertical and wrapped
// labels glued. Narrative lines are joined into paragraphs.
import { ReportReadError } from '../errors';
import { readPdfItems, type PdfRead, type PdfReadOptions } from './pdf-worker';
import {
  buildRows,
  lineText,
  PAGE_NO_RE,
  pageFragments,
  squashed,
  toLines,
  type Frag,
  type Line,
  type RawItem,
} from './pdf-layout';
import type { Block, Extracted } from './types';

/** A section heading at the start of a line ends a table. */
const HEADING_RE =
  /^[一二三四五六七八][、.．]\s*(总体情况|主动公开|收到和处理|收到|(因)?政府信息公开(工作)?(行政法?复议|被申请)|存在|政府信息公开工作存在|其他需要|整改|其他事项)/;
/** Lines only a table prints. */
const TABLE_START_RE =
  /^(第二十条|信息内容|申请人情况|自然人|[（(]本列数据|本列数据|行政复议(行政诉讼)?$|一、本年新收)/;

interface DocLines {
  lines: Line[];
  verticals: Frag[];
  bodyWidth: number;
  bodyLeft: number;
  bodySize: number;
}

export async function extractPdf(bytes: Uint8Array, fileName: string, opts: PdfReadOptions = {}): Promise<Extracted> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(1024, bytes.length)));
  if (bytes.length === 0) throw new ReportReadError(fileName, 'empty', 'empty file');
  if (!head.includes('%PDF-')) throw new ReportReadError(fileName, 'unsupported', 'not a PDF (no %PDF- header)');
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 4096)));
  if (!tail.includes('%%EOF'))
    throw new ReportReadError(fileName, 'extractor_failed', 'truncated PDF (no %%EOF at the end)');

  let read: PdfRead;
  try {
    read = await readPdfItems(bytes, undefined, opts);
  } catch (e) {
    throw new ReportReadError(fileName, 'extractor_failed', `PDF cannot be read: ${(e as Error).message}`);
  }
  const meta: Extracted['meta'] = {};
  if (read.title?.trim()) meta.title = read.title.trim();
  const frags: Frag[] = [];
  let offset = 0;
  read.pages.forEach((pg, i) => {
    const p = i + 1;
    const height = pg.view[3] - pg.view[1];
    // NUL is never text (and PostgreSQL cannot store it).
    const items: RawItem[] = pg.items.map(([str, a, b, , d, x, y, width, h, vertical]) => ({
      str: str.replace(/\u0000/g, ''),
      x,
      baseline: y,
      width,
      height: h,
      size: Math.hypot(a, b) || Math.abs(d),
      vertical: vertical === 1,
    }));
    frags.push(...pageFragments(items, p, height, offset).filter((f) => !isChrome(f, offset, height)));
    offset += height;
  });
  // Page numbers whose pieces came apart (`-`, `3`, `-`) are found per line.
  const kept = dropPageNumberLines(
    frags,
    read.pages.map((pg) => pg.view[3] - pg.view[1]),
  );
  frags.length = 0;
  frags.push(...kept);
  if (!frags.some((f) => /[\u4e00-\u9fff]/.test(f.text)))
    throw new ReportReadError(fileName, 'unsupported', 'PDF has no text layer (scanned image?)');
  return { form: 'pdf', encoding: 'utf-8', blocks: blocksOf(measure(frags)), meta, findings: [] };
}

function dropPageNumberLines(frags: Frag[], heights: number[]): Frag[] {
  const offsets: number[] = [];
  heights.reduce((acc, h) => {
    offsets.push(acc);
    return acc + h;
  }, 0);
  const drop = new Set<Frag>();
  for (const l of toLines(frags)) {
    const off = offsets[l.page - 1] ?? 0;
    const h = heights[l.page - 1] ?? 842;
    const y = l.y - off;
    if ((y < 0.1 * h || y > 0.9 * h) && PAGE_NO_RE.test(lineText(l, ' ').replace(/\s+/g, ' ').trim()))
      l.frags.forEach((f) => drop.add(f));
  }
  return frags.filter((f) => !drop.has(f));
}

/** Page numbers in the top or bottom margin. */
function isChrome(f: Frag, offset: number, height: number): boolean {
  if (f.vertical) return false;
  const yInPage = f.y - offset;
  const margin = yInPage < 0.1 * height || yInPage > 0.9 * height;
  return margin && PAGE_NO_RE.test(f.text.trim());
}

function measure(frags: Frag[]): DocLines {
  const lines = toLines(frags);
  const verticals = frags.filter((f) => f.vertical);
  // Body text: the most common font size weighted by characters; its lines set the text block width.
  const bySize = new Map<number, number>();
  for (const f of frags) bySize.set(Math.round(f.size), (bySize.get(Math.round(f.size)) ?? 0) + f.text.length);
  const bodySize = [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
  const body = lines.filter((l) => Math.abs(l.size - bodySize) < 1);
  const left = body.length ? Math.min(...body.map((l) => l.frags[0].x0)) : 0;
  const right = body.length ? Math.max(...body.map((l) => l.frags[l.frags.length - 1].x1)) : 0;
  return { lines, verticals, bodyWidth: right - left, bodyLeft: left, bodySize };
}

function blocksOf(d: DocLines): Block[] {
  const blocks: Block[] = [];
  const isProse = (l: Line) => {
    const w = l.frags[l.frags.length - 1].x1 - l.frags[0].x0;
    return l.frags.length === 1 && w >= 0.8 * d.bodyWidth && squashed(lineText(l)).length >= 20;
  };
  let i = 0;
  let para: Line[] = [];
  const flushPara = () => {
    if (!para.length) return;
    const text = para
      .map((l) => lineText(l, ' '))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) blocks.push({ kind: 'para', text, loc: { page: para[0].page, line: para[0].lineNo } });
    para = [];
  };
  while (i < d.lines.length) {
    const l = d.lines[i];
    const t = squashed(lineText(l));
    if (TABLE_START_RE.test(t) || startsWithLabelAndValues(l)) {
      flushPara();
      let j = i + 1;
      while (j < d.lines.length && !HEADING_RE.test(squashed(lineText(d.lines[j]))) && !isProse(d.lines[j])) j++;
      const region = d.lines.slice(i, j);
      const yTop = region[0].y - region[0].size;
      const yBottom = region[region.length - 1].y + region[region.length - 1].size;
      const verts = d.verticals.filter((v) => v.y >= yTop && v.y <= yBottom);
      const rows = buildRows(region, verts).map((r) => ({ cells: r.cells, loc: { page: r.page, line: r.lineNo } }));
      if (rows.length) blocks.push({ kind: 'table', rows, loc: { page: region[0].page, line: region[0].lineNo } });
      i = j;
      continue;
    }
    // A new paragraph: a heading, an indented first line, a change of font size, or after a short line.
    const prev = para[para.length - 1];
    const indented = l.frags[0].x0 > d.bodyLeft + 1.2 * l.size;
    const prevShort = prev && prev.frags[prev.frags.length - 1].x1 < d.bodyLeft + d.bodyWidth - 2 * prev.size;
    const sizeChange = prev && Math.abs(prev.size - l.size) >= 1;
    const bothTitle = prev && l.size >= d.bodySize * 1.2 && Math.abs(prev.size - l.size) < 1;
    const prevEnds = prev && /[。！？]$/.test(squashed(lineText(prev))) && prevShort;
    const prevHeading = prev && para.length === 1 && HEADING_RE.test(squashed(lineText(prev))) && prevShort;
    if (
      prev &&
      (HEADING_RE.test(t) || prevHeading || prevEnds || (!bothTitle && (indented || prevShort || sizeChange)))
    )
      flushPara();
    para.push(l);
    i++;
  }
  flushPara();
  return blocks;
}

/** `规章 0 0 0`: a row label followed by values starts a table even without its header. */
function startsWithLabelAndValues(l: Line): boolean {
  if (l.frags.length < 2) return false;
  const first = squashed(l.frags[0].text);
  return (
    /^(规章|(行政)?规范性文件|行政许可|行政处罚|行政强制|行政事业性收费)$/.test(first) && /^\d/.test(l.frags[1].text)
  );
}

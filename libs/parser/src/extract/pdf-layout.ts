// Geometry of PDF text: items → fragments (items joined along a baseline) → visual lines → table rows.
// Pure functions over plain objects so they can be tested without pdf.js.

export interface Frag {
  text: string;
  x0: number;
  x1: number;
  /** Vertical centre, top-down, continuous across pages (page offset added). */
  y: number;
  size: number;
  page: number;
  /** Written top to bottom (a vertical label); y is its top, y1 its bottom. */
  vertical?: boolean;
  y1?: number;
}

export interface Line {
  frags: Frag[];
  y: number;
  page: number;
  /** 1-based line number within the page. */
  lineNo: number;
  size: number;
}

export interface RawItem {
  str: string;
  x: number;
  /** Baseline, PDF coordinates (bottom-up). */
  baseline: number;
  width: number;
  height: number;
  size: number;
  vertical: boolean;
}

const VALUE_RE = /^[+\-−－]?\d[\d,，]*(\.\d+)?(万元|元|%)?$|^[/／—–]+$|^[-－]$/;
export const isValueText = (s: string): boolean => VALUE_RE.test(s.replace(/\s+/g, ''));

/** Page numbers and similar chrome: `- 3 -`, `-3-`, `第 3 页`, `3 / 6`. */
export const PAGE_NO_RE =
  /^[-—–－]\s*\d{1,3}\s*[-—–－]$|^第\s*\d{1,3}\s*页(\s*[,，]?\s*共\s*\d{1,3}\s*页)?$|^\d{1,3}\s*\/\s*\d{1,3}$/;

/** Items of one page → fragments: whitespace items dropped (their widths are unreliable), neighbours joined. */
export function pageFragments(items: RawItem[], page: number, pageHeight: number, pageOffset: number): Frag[] {
  const horiz: Frag[] = [];
  const out: Frag[] = [];
  for (const it of items) {
    const text = it.str.replace(/\s+$/g, '').replace(/^\s+/g, '');
    if (!text) continue;
    const size = it.size || it.height || 10;
    if (it.vertical && it.height > size * 1.5) {
      out.push({
        text: text.replace(/\s+/g, ''),
        x0: it.x,
        x1: it.x + size,
        y: pageOffset + pageHeight - it.baseline,
        y1: pageOffset + pageHeight - it.baseline + it.height,
        size,
        page,
        vertical: true,
      });
      continue;
    }
    horiz.push({
      text,
      x0: it.x,
      x1: it.x + (it.width || size * text.length),
      y: pageOffset + pageHeight - (it.baseline + 0.35 * size),
      size,
      page,
    });
  }
  horiz.sort((a, b) => a.y - b.y || a.x0 - b.x0);
  // Join items on the same baseline that touch (gap under ~0.6 em); values far apart stay separate.
  const used = new Array<boolean>(horiz.length).fill(false);
  for (let i = 0; i < horiz.length; i++) {
    if (used[i]) continue;
    const cur = { ...horiz[i] };
    used[i] = true;
    for (;;) {
      let best = -1;
      for (let j = 0; j < horiz.length; j++) {
        if (used[j]) continue;
        const f = horiz[j];
        const tol = 0.4 * Math.min(f.size, cur.size);
        if (Math.abs(f.y - cur.y) > tol) continue;
        const gap = f.x0 - cur.x1;
        // Up to one full-width blank between two pieces of text is a stray space inside a label (`规 章`).
        const maxGap = (isValueText(f.text) || isValueText(cur.text) ? 0.6 : 1.05) * Math.min(f.size, cur.size);
        if (gap < -0.5 * cur.size || gap > maxGap) continue;
        // A value never glues onto a label or another value across a visible gap.
        if ((isValueText(f.text) || isValueText(cur.text)) && gap > 0.25 * Math.min(f.size, cur.size)) continue;
        if (best < 0 || f.x0 < horiz[best].x0) best = j;
      }
      if (best < 0) break;
      const f = horiz[best];
      used[best] = true;
      cur.text += f.text;
      cur.x1 = Math.max(cur.x1, f.x1);
      cur.size = Math.max(cur.size, f.size);
    }
    out.push(cur);
  }
  return out;
}

/** Fragments → visual lines (vertical fragments are kept apart: they span many lines). */
export function toLines(frags: Frag[]): Line[] {
  const hs = frags.filter((f) => !f.vertical).sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines: Line[] = [];
  for (const f of hs) {
    const last = lines[lines.length - 1];
    if (last && last.page === f.page && Math.abs(f.y - last.y) <= 0.45 * Math.min(f.size, last.size)) {
      last.frags.push(f);
      last.size = Math.max(last.size, f.size);
      continue;
    }
    lines.push({ frags: [f], y: f.y, page: f.page, lineNo: 0, size: f.size });
  }
  const perPage = new Map<number, number>();
  for (const l of lines) {
    l.frags.sort((a, b) => a.x0 - b.x0);
    const n = (perPage.get(l.page) ?? 0) + 1;
    perPage.set(l.page, n);
    l.lineNo = n;
  }
  return lines;
}

export const lineText = (l: Line, sep = ''): string => l.frags.map((f) => f.text).join(sep);
export const squashed = (s: string): string => s.replace(/\s+/g, '');

// ---- table rows ------------------------------------------------------------------------------------

export interface GridRow {
  cells: string[];
  page: number;
  lineNo: number;
  y: number;
}

/** Header vocabulary: lines made only of these are column headers, never row labels. */
const HEADER_LINE_RE =
  /^(第二十条.*项|信息内容.*|申请人情况|.*勾稽关系.*|.*第三项加第四项之和.*|[（(]?本列数据.*|((结果)?(维持|纠正)|其他(结果)?|尚未(审结)?|审结|总计|结果|行政复议|行政诉讼|未经复议直接起诉|复议后起诉)+|(自然人|法人或其他组织|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计)+)$/;
/** In table 四 (no row labels) the headers are broken into single characters: any of these alone is header. */
const T4_HEADER_CHARS_RE = /^[结果维持纠正其他尚未审总计行政复议诉讼未经直接起后]+$/;

/**
 * Rebuilds the rows of one table region. A row is anchored on a line carrying values; label lines without
 * values (a wrapped row label, a group label written in a narrow column or one character a line) join the
 * nearest anchor between the same header lines. Group-label pieces (left of the row label's column, or
 * vertical) are glued column by column into whole labels (三、本年度办理结果, （三）不予公开) and put in front of
 * the row where they start. Header lines become rows of their own.
 */
export function buildRows(lines: Line[], verticals: Frag[]): GridRow[] {
  if (lines.length === 0) return [];
  const isT4 =
    lines.some((l) => /行政复议/.test(squashed(lineText(l)))) &&
    lines.some((l) => /行政诉讼/.test(squashed(lineText(l))));
  const headerText = (t: string) => HEADER_LINE_RE.test(t) || (isT4 && T4_HEADER_CHARS_RE.test(t));
  const isAnchor = (l: Line) =>
    l.frags.some((f) => isValueText(f.text)) && !headerText(squashed(lineText(l)).replace(/\d/g, ''));
  const anchors = lines.filter(isAnchor);
  const valueX = anchors.length
    ? Math.min(...anchors.flatMap((l) => l.frags.filter((f) => isValueText(f.text)).map((f) => f.x0)))
    : Infinity;
  const isHeader = (l: Line) =>
    !isAnchor(l) && (headerText(squashed(lineText(l))) || l.frags.some((f) => f.x0 >= valueX - 2));

  interface Anchor {
    line: Line;
    attached: Frag[];
    groups: { text: string; y: number }[];
  }
  const anc: Anchor[] = anchors.map((line) => ({ line, attached: [], groups: [] }));
  const rows: { y: number; row: GridRow; anchor?: Anchor }[] = [];
  const headerYs = lines.filter(isHeader).map((l) => l.y);
  const between = (a: number, b: number) => headerYs.some((h) => h > Math.min(a, b) && h < Math.max(a, b));
  const nearest = (y: number): Anchor | undefined => {
    let best: Anchor | undefined;
    for (const a of anc) {
      if (between(a.line.y, y)) continue;
      if (!best || Math.abs(a.line.y - y) < Math.abs(best.line.y - y)) best = a;
    }
    return best;
  };

  for (const l of lines) {
    if (isAnchor(l)) continue;
    if (isHeader(l)) {
      rows.push({ y: l.y, row: { cells: l.frags.map((f) => f.text), page: l.page, lineNo: l.lineNo, y: l.y } });
      continue;
    }
    const a = nearest(l.y);
    if (a) a.attached.push(...l.frags);
    else rows.push({ y: l.y, row: { cells: [lineText(l)], page: l.page, lineNo: l.lineNo, y: l.y } });
  }

  // Split each anchor's text into its row label and group-label pieces.
  const pieces: Frag[] = [...verticals];
  const labelOf = new Map<Anchor, Frag[]>();
  for (const a of anc) {
    const own = a.line.frags.filter((f) => !isValueText(f.text) && f.x0 < valueX - 2);
    const labelX0 = own.length
      ? own[own.length - 1].x0
      : a.attached.length
        ? Math.max(...a.attached.map((f) => f.x0))
        : Infinity;
    const label: Frag[] = [];
    for (const f of [...own, ...a.attached]) {
      const size = Math.min(f.size, a.line.size);
      if (f.x0 < labelX0 - 0.8 * size && f.x1 <= labelX0 + size) pieces.push(f);
      else label.push(f);
    }
    label.sort((p, q) => p.y - q.y || p.x0 - q.x0);
    labelOf.set(a, label);
  }

  // Glue group pieces column by column, top to bottom; cut where a new numbered group starts.
  pieces.sort((p, q) => p.x0 - q.x0 || p.y - q.y);
  const cols: Frag[][] = [];
  for (const p of pieces) {
    const col = cols.find((c) => Math.abs(c[0].x0 - p.x0) <= Math.max(3, 0.5 * p.size));
    if (col) col.push(p);
    else cols.push([p]);
  }
  for (const col of cols) {
    col.sort((p, q) => p.y - q.y);
    let text = '';
    let startY = col[0].y;
    const flush = () => {
      for (const g of splitGroups(text)) {
        const a = nearest(startY);
        if (a) a.groups.push({ text: g, y: startY });
      }
      text = '';
    };
    for (const p of col) {
      const t = squashed(p.text);
      if (text && /^([（(][一二三四五六七][）)]|[一二三四][、.])/.test(t)) flush();
      if (!text) startY = p.y;
      text += t;
    }
    if (text) flush();
  }

  for (const a of anc) {
    const label = labelOf.get(a) ?? [];
    const values = a.line.frags.filter((f) => isValueText(f.text) || f.x0 >= valueX - 2).map((f) => f.text);
    const cells = [...a.groups.sort((p, q) => p.y - q.y).map((g) => g.text)];
    if (label.length) cells.push(label.map((f) => f.text).join(''));
    cells.push(...values);
    rows.push({ y: a.line.y, row: { cells, page: a.line.page, lineNo: a.line.lineNo, y: a.line.y }, anchor: a });
  }
  rows.sort((p, q) => p.y - q.y);
  return rows.map((r) => r.row);
}

/** `三、本年度办理结果（三）不予公开` → two labels. */
export function splitGroups(text: string): string[] {
  return text
    .split(/(?=[（(][一二三四五六七][）)])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

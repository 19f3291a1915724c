// Whitespace-column text (pdftotext -layout): a table 三 row label wrapped over two or three lines with the row's
// figures printed on the middle line, between the label's fragments (淮安 2024:
//   `1、申请人无正当理由逾期不补` / `正、行政机关不再处理其政府信   67 3 0 0 1 0 71` / `息公开申请`).
// Read a line at a time, the figures would go to the row above and the fragments would be stray text. The
// fragments are joined only when, taken from the label's column, they make a row label of the template registry
// word for word (no misprint allowance) and the line holds one figure per table 三 column. Anything else is left
// as printed, so recognition reads it as before (a short row stays unresolved with its raw text and a finding).
import { T3_COLUMNS } from '@dh/domain';
import { matchT3Label } from '../normalize/labels';
import { splitSpacedValues } from './text-regions';

interface Piece {
  col: number;
  text: string;
}

interface Line {
  pieces: Piece[];
  /** The figures at the line's end, or null for a line without figures. */
  values: string[] | null;
  /** The text left of the figures (last piece of a figures line), where a wrapped label's middle part sits. */
  label: Piece | null;
}

/** One wrapped label: its fragment lines (above and below the figures line) and the joined label. */
export interface WrappedJoin {
  up: number;
  mid: number;
  down: number;
  label: string;
  values: string[];
  upPiece: Piece;
  downPiece: Piece;
}

const FIGURE_RE = /^(?:[+\-]|[增减])?\d[\d.,]*(?:万元|元)?$/;
const PAGE_NO_RE = /^-\s*\d+\s*-$/;
/** How many non-blank lines a fragment may sit away from the figures (group-label pieces of other columns between). */
const REACH = 3;

/** Runs separated by two or more blanks, with the column they start at. */
function piecesOf(line: string): Piece[] {
  const out: Piece[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) out.push({ col: m.index ?? 0, text: m[0] });
  return out;
}

function readLine(raw: string): Line {
  const line = raw.replace(/[\u00a0\u3000]/g, ' ');
  const pieces = piecesOf(line);
  const split = splitSpacedValues(line.trim());
  if (!split) return { pieces, values: null, label: null };
  const hasLabel = !FIGURE_RE.test(split[0]);
  const values = hasLabel ? split.slice(1) : split;
  const textual = pieces.filter((p) => !p.text.split(' ').every((w) => FIGURE_RE.test(w)));
  const last = textual[textual.length - 1];
  // `正、行政机关不再处理其政府信 67` with one blank: the piece holds figures too; keep its words only.
  const label = hasLabel && last ? { col: last.col, text: splitSpacedValues(last.text)?.[0] ?? last.text } : null;
  return { pieces, values, label };
}

/** The fragment in column `col` (±1) on the nearest line in direction `dir` before a figures line, if any. */
function fragment(lines: Line[], from: number, dir: 1 | -1, col: number | null, used: Set<number>) {
  let seen = 0;
  for (let j = from + dir; j >= 0 && j < lines.length && seen < REACH; j += dir) {
    const l = lines[j];
    if (l.pieces.length === 0) continue;
    if (l.values) return null;
    seen++;
    const at = col === null ? l.pieces[l.pieces.length - 1] : l.pieces.find((p) => Math.abs(p.col - col) <= 1);
    if (at) return used.has(j) ? null : { line: j, piece: at };
    // Only group-label pieces left of the label column (（六）其 / 他处理) or a page number may lie between.
    if (!l.pieces.every((p) => p.col < (col ?? 0) - 1 || PAGE_NO_RE.test(p.text))) return null;
  }
  return null;
}

/** A fragment on its own may name no row, or only the row the joined label names. */
const agrees = (text: string, id: string) => {
  const m = matchT3Label(text);
  return m === null || (m.kind === 'row' && m.id === id);
};

export function findWrappedLabels(region: string[]): WrappedJoin[] {
  const lines = region.map(readLine);
  const used = new Set<number>();
  const joins: WrappedJoin[] = [];
  lines.forEach((l, k) => {
    if (!l.values || l.values.length !== T3_COLUMNS.length) return;
    const up = fragment(lines, k, -1, l.label?.col ?? null, used);
    if (!up) return;
    const down = fragment(lines, k, 1, up.piece.col, used);
    if (!down) return;
    const label = up.piece.text + (l.label?.text ?? '') + down.piece.text;
    const m = matchT3Label(label);
    if (m?.kind !== 'row' || m.typo || !agrees(down.piece.text, m.id) || !agrees(up.piece.text, m.id)) return;
    if (l.label && !agrees(l.label.text, m.id)) return;
    used.add(up.line).add(k).add(down.line);
    joins.push({
      up: up.line,
      mid: k,
      down: down.line,
      label,
      values: l.values,
      upPiece: up.piece,
      downPiece: down.piece,
    });
  });
  return joins;
}

/** `line` without `piece` (a fragment taken into a joined label), trimmed; '' when nothing else was printed. */
export function withoutPiece(line: string, piece: Piece): string {
  const clean = line.replace(/[\u00a0\u3000]/g, ' ');
  return (
    clean.slice(0, piece.col) +
    ' '.repeat(piece.text.length) +
    clean.slice(piece.col + piece.text.length)
  ).trim();
}

// Block and table readers fed by htmlparser2's callbacks (open, text, close), no DOM. Each mirrors a DOM walk
// of html.ts exactly: BlockWalker is `blocksOf` over one element, TableReader is `tableToRows`. htmlparser2 calls
// open and close in strict LIFO order (implied and void closes included), the same events domhandler builds
// its tree from, so a walker that sees one element's events sees what the DOM walk would see below it.
import { tidy } from '../normalize/text';
import { gridRows, squeezeCellText, type CellSpec } from './html-table';
import type { Block, Row } from './types';

export const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'iframe',
  'select',
  'button',
  'head',
  'object',
  'svg',
  'template',
]);
export const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'section',
  'article',
  'blockquote',
  'center',
  'dd',
  'dt',
  'dl',
  'pre',
  'tr',
  'form',
  'header',
  'footer',
  'nav',
  'hr',
]);

export type Attribs = Record<string, string>;
export const attrOf = (a: Attribs, name: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(a, name) ? a[name] : undefined;

/** `blocksOf([el])`, fed the events of `el` and everything inside it, `el`'s own open first. */
export class BlockWalker {
  readonly blocks: Block[] = [];
  private buf = '';
  private tableIndex = 0;
  private skip = 0; // open elements inside a SKIP element (its text is not read)
  private table: TableReader | null = null; // a table's inside belongs to its reader, not to paragraphs
  private tableBlock: { kind: 'table'; rows: Row[]; loc: { table: number } } | null = null;
  private kinds: boolean[] = []; // per open element: is it a BLOCK (flush on close)

  open(name: string, attribs: Attribs): void {
    if (this.table) return this.table.open(name, attribs);
    if (this.skip) {
      this.skip++;
      return;
    }
    if (SKIP.has(name)) {
      this.skip = 1;
      return;
    }
    if (name === 'table') {
      this.flush();
      const t = this.tableIndex++;
      this.tableBlock = { kind: 'table', rows: [], loc: { table: t } }; // rows filled at its close: key order as blocksOf
      this.blocks.push(this.tableBlock);
      this.table = new TableReader();
      return;
    }
    const block = name === 'br' || BLOCK.has(name);
    if (block) this.flush();
    this.kinds.push(block && name !== 'br'); // br flushes before, has no inside
  }

  close(): void {
    if (this.table) {
      if (this.table.close()) {
        this.tableBlock!.rows = gridRows(this.table.rows, this.tableBlock!.loc.table);
        this.table = null;
        this.tableBlock = null;
      }
      return;
    }
    if (this.skip) {
      this.skip--;
      return;
    }
    if (this.kinds.pop()) this.flush();
  }

  text(s: string): void {
    if (this.table) this.table.text(s);
    else if (!this.skip) this.buf += s;
  }

  finish(): Block[] {
    this.flush();
    return this.blocks;
  }

  private flush(): void {
    const text = tidy(this.buf);
    if (text) this.blocks.push({ kind: 'para', text, loc: {} });
    this.buf = '';
  }
}

const OTHER = 0;
const ROW = 1;
const CELL = 2;
const NESTED = 3;

/** `tableToRows` of one table, fed what is inside it (not its own open); `close` is true when the table closes. */
export class TableReader {
  readonly rows: CellSpec[][] = [];
  private kinds: number[] = []; // per open element below the table
  private rowOf: (CellSpec[] | null)[] = []; // per open element: the row it is, when it is one
  private nested = 0; // tables open inside this one: their rows are not this table's
  private cells: { spec: CellSpec; raw: string }[] = []; // open cells of this table (rows may nest in cells)

  open(name: string, attribs: Attribs): void {
    const parent = this.kinds.length ? this.kinds[this.kinds.length - 1] : OTHER;
    let kind = OTHER;
    let row: CellSpec[] | null = null;
    if (name === 'table') {
      this.nested++;
      kind = NESTED;
    } else if (name === 'tr' && this.nested === 0) {
      row = [];
      this.rows.push(row);
      kind = ROW;
    } else if (parent === ROW && (name === 'td' || name === 'th')) {
      const spec: CellSpec = { text: '', colspan: attrOf(attribs, 'colspan'), rowspan: attrOf(attribs, 'rowspan') };
      this.rowOf[this.rowOf.length - 1]!.push(spec);
      this.cells.push({ spec, raw: '' });
      kind = CELL;
    }
    this.kinds.push(kind);
    this.rowOf.push(row);
  }

  close(): boolean {
    const kind = this.kinds.pop();
    if (kind === undefined) return true;
    this.rowOf.pop();
    if (kind === NESTED) this.nested--;
    else if (kind === CELL) {
      const cell = this.cells.pop()!;
      cell.spec.text = squeezeCellText(cell.raw);
    }
    return false;
  }

  text(s: string): void {
    for (const c of this.cells) c.raw += s;
  }
}

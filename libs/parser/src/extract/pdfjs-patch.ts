// Two source patches to the pdf.js bundle inside unpdf (dist/pdfjs.mjs), applied when the PDF worker loads it. Text
// extraction pays for work only rendering needs; on the corpus PDFs these two were half of pdf.js's CPU (measured side
// by side in docs/parser-speed.md, 2.2× together). Each patch must match the installed bundle exactly once, or
// none is applied and pdf.js runs as shipped (slower, never different): `pdfjs-patch.spec.ts` fails on an unpdf
// upgrade that moves them, and compares the text items with and without them on every corpus PDF.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface SourcePatch {
  why: string;
  from: string;
  to: string;
}

export const PDFJS_PATCHES: SourcePatch[] = [
  {
    // Font constructor, TrueType/CIDFontType2 branch: checkAndRepair rebuilds the embedded font program (tables,
    // cmap, OS/2) into a font the browser can load: ~30% of the CPU. A composite (CID) font's text comes from its
    // ToUnicode map and its widths from the W array, both read before this point; the rebuilt program and toFontChar
    // only serve painting (isInFont, fontChar). Simple TrueType fonts keep the repair: for them it also adjusts
    // toUnicode from the font's name table.
    why: 'skip rebuilding embedded CID TrueType programs, which only painting reads',
    from: 'f=this.checkAndRepair(e,n,s),od(s)',
    to: 'f=s.composite?(this.toFontChar=[],new Uint8Array(0)):this.checkAndRepair(e,n,s),od(s)',
  },
  {
    // TextState.clone on every `q`: Object.create(this) made each saved state the prototype of the next, which V8
    // handles as slow prototype maps (~18%). Every field is copied as an own property anyway, so the clone need not
    // inherit from the saved state: it inherits from TextState.prototype like the first one.
    why: 'clone the text state flat instead of chaining prototypes through saved states',
    from: 'clone(){const e=Object.assign(Object.create(this),this);return e.textMatrix=this.textMatrix.slice()',
    to: 'clone(){const e=Object.assign(Object.create(Object.getPrototypeOf(this)),this);return e.textMatrix=this.textMatrix.slice()',
  },
];

/** Path of the pdf.js bundle unpdf loads (`unpdf/pdfjs`). */
export function pdfjsBundlePath(): string {
  return join(dirname(require.resolve('unpdf')), 'pdfjs.mjs');
}

/** The bundle with every patch applied, or null when any patch does not match exactly once. */
export function patchPdfjs(source: string, patches = PDFJS_PATCHES): string | null {
  let out = source;
  for (const p of patches) {
    const at = out.indexOf(p.from);
    if (at < 0 || out.indexOf(p.from, at + 1) >= 0) return null;
    out = out.slice(0, at) + p.to + out.slice(at + p.from.length);
  }
  return out;
}

/** The patched bundle as a module URL the worker can import (no file written), or null to use the bundle as shipped. */
export function patchedPdfjsUrl(): string | null {
  const src = patchPdfjs(readFileSync(pdfjsBundlePath(), 'utf8'));
  return src === null ? null : `data:text/javascript;base64,${Buffer.from(src).toString('base64')}`;
}

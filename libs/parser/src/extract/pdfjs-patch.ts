// Source patches to the pdf.js bundle inside unpdf (dist/pdfjs.mjs), applied when the PDF worker loads it. Text
// extraction pays for work only rendering needs: on the corpus PDFs the first two were half of pdf.js's CPU, the
// next two a third of what was left (measured side by side in docs/parser-speed.md). Each patch must match the
// installed bundle exactly once, or
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
  {
    // CMap.forEach walked every index below the map's length: a ToUnicode map of a subset font holds ~200 codes
    // spread up to ~22,000, so V8 keeps it as a dictionary and each of the 22,000 probes is a hash lookup (~11% of
    // the CPU, in readToUnicode). for-in visits the same present indices, in the same ascending order (array indices
    // come first and in numeric order); the callback gets the same number and value. No caller mutates the map it
    // walks. Maps longer than 65,536 keep their for-in branch as shipped.
    why: 'walk a CMap by its present codes instead of probing every index below its length',
    from: 'forEach(e){const n=this._map,s=n.length;if(s<=65536)for(let i=0;i<s;i++)n[i]!==void 0&&e(i,n[i]);else',
    to: 'forEach(e){const n=this._map,s=n.length;if(s<=65536){for(const k in n){const v=n[k];v!==void 0&&e(+k,v)}}else',
  },
  {
    // translateFont inflated every embedded font program in full (1.3-1.8 MB per corpus file: ~15% of the CPU with
    // its garbage). For a composite font, Font's constructor reads the program's first 4 bytes (getFontFileType);
    // when they are an sfnt signature (TrueType, 'true', 'ttcf', 'OTTO') the type is CIDFontType2 and patch 1 skips
    // checkAndRepair, so nothing reads further. FONT_HEAD_HOOK inflates only the start of the stream and returns
    // those bytes when they carry such a signature; otherwise (no hook, CFF, Type1, a failed inflate) it returns null
    // and the program is inflated in full, as shipped. isEmpty is false on both sides; the stream's dict is kept.
    why: 'read only the head of a composite font program that patch 1 will not repair',
    from: 'if(g.isAsync){const O=await g.asyncGetBytes();O&&(g=new jt(O,0,O.length,g.dict))}if(g.isEmpty)',
    to: 'if(g.isAsync){const H=i?globalThis.__dhFontProgramHead?.(g):null;if(H)g=new jt(H,0,H.length,g.dict);else{const O=await g.asyncGetBytes();O&&(g=new jt(O,0,O.length,g.dict))}}if(g.isEmpty)',
  },
];

/**
 * Worker-side hook for the font-program patch, as source (the PDF worker is eval'd; `zlib` is node:zlib there).
 * Given pdf.js's FlateStream of a composite font's program, it inflates the first 512 compressed bytes without
 * requiring the stream's end and returns what came out if it starts with an sfnt signature, else null. Counts its
 * answers in globalThis.__dhFontHeads so a test can see it ran.
 */
export const FONT_HEAD_HOOK = `(g) => {
  const c = (globalThis.__dhFontHeads ??= { head: 0, full: 0 });
  try {
    const raw = g.stream;
    if (!g.dict || !(g.dict.get('Filter')?.name === 'FlateDecode') || g.dict.get('DecodeParms')) return (c.full++, null);
    raw.reset();
    const zipped = raw.getBytes(512);
    raw.reset();
    const out = zlib.inflateSync(zipped, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    const sig = out.length >= 4 ? out.readUInt32BE(0) : 0;
    // 0x00010000 and 'true': TrueType; 'ttcf': a collection; 'OTTO': OpenType (getFontFileType's three tests).
    if (sig === 0x00010000 || sig === 0x74727565 || sig === 0x74746366 || sig === 0x4f54544f) {
      c.head++;
      return new Uint8Array(out.buffer, out.byteOffset, out.length);
    }
  } catch (e) {}
  c.full++;
  return null;
}`;

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

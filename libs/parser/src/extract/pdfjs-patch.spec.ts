import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { closePdfWorker, readPdfItems, type PdfRead } from './pdf-worker';
import { extractPdf } from './pdf';
import { FONT_HEAD_HOOK, patchPdfjs, pdfjsBundlePath, PDFJS_PATCHES } from './pdfjs-patch';

// The pdf.js patches change speed only: the same text items, hence the same cells, as pdf.js as shipped.
const CORPUS = join(__dirname, '../../../../../shared/corpus/pdf');
const FIXTURE = join(__dirname, '../../test/fixtures/synthetic-2021-table.pdf');

afterAll(() => closePdfWorker());

/** What a read gave, without the fields that say which build read it. */
const itemsOf = (r: PdfRead) => ({ title: r.title, pages: r.pages });

describe('pdf.js text-extraction patches', () => {
  it('each matches the installed bundle exactly once (an unpdf upgrade that moves one fails here)', () => {
    const src = readFileSync(pdfjsBundlePath(), 'utf8');
    for (const p of PDFJS_PATCHES)
      expect({ why: p.why, matches: src.split(p.from).length - 1 }).toEqual({ why: p.why, matches: 1 });
    const patched = patchPdfjs(src);
    expect(patched).not.toBeNull();
    for (const p of PDFJS_PATCHES) expect(patched!.includes(p.to)).toBe(true);
  });

  it('are all left out when one does not match', () => {
    expect(patchPdfjs('f=this.checkAndRepair(e,n,s),od(s)')).toBeNull();
    expect(patchPdfjs('x', [{ why: 'twice', from: 'a', to: 'b' }])).toBeNull();
    expect(patchPdfjs('aa', [{ why: 'twice', from: 'a', to: 'b' }])).toBeNull();
  });

  it('read the synthetic fixture to the same items and blocks as pdf.js as shipped', async () => {
    const bytes = new Uint8Array(readFileSync(FIXTURE));
    const [patched, shipped] = [await readPdfItems(bytes), await readPdfItems(bytes, undefined, { asShipped: true })];
    expect([patched.pdfjs, shipped.pdfjs]).toEqual(['patched', 'as-shipped']);
    expect(itemsOf(patched)).toEqual(itemsOf(shipped));
    expect(await extractPdf(bytes, 'fixture.pdf')).toEqual(await extractPdf(bytes, 'fixture.pdf', { asShipped: true }));
  });

  const corpus = existsSync(CORPUS);
  if (!corpus) console.log('SKIP: ../shared/corpus/pdf not present');
  const onCorpus = corpus ? describe : describe.skip;
  onCorpus('on ../shared/corpus/pdf', () => {
    const files = corpus ? readdirSync(CORPUS).filter((f) => f.endsWith('.pdf')) : [];
    it.each(files)('%s: same text items and same cells, patched or not', async (f) => {
      const bytes = new Uint8Array(readFileSync(join(CORPUS, f)));
      const [patched, shipped] = [await readPdfItems(bytes), await readPdfItems(bytes, undefined, { asShipped: true })];
      expect(patched.pages.length).toBeGreaterThan(2);
      expect([patched.pdfjs, shipped.pdfjs]).toEqual(['patched', 'as-shipped']);
      expect(itemsOf(patched)).toEqual(itemsOf(shipped));
      // Every embedded font here is CID TrueType: each program is read by its head, none inflated in full.
      expect(patched.fontPrograms.head).toBeGreaterThan(0);
      expect(patched.fontPrograms.full).toBe(0);
      expect(shipped.fontPrograms).toEqual({ head: 0, full: 0 });
      expect(await extractPdf(bytes, f)).toEqual(await extractPdf(bytes, f, { asShipped: true }));
    });
  });

  it('walk a CMap with the same (code, value) calls in the same order as shipped', () => {
    const src = readFileSync(pdfjsBundlePath(), 'utf8');
    const patch = PDFJS_PATCHES.find((p) => p.from.startsWith('forEach('))!;
    const tail = ' for(const i in n)e(i,n[i])}';
    expect(src.includes(patch.from + tail)).toBe(true);
    const cmapClass = (method: string) =>
      new Function(`return class { constructor(m) { this._map = m; } ${method} }`)() as new (m: unknown[]) => {
        forEach(cb: (code: unknown, v: unknown) => void): void;
      };
    const [Shipped, Patched] = [cmapClass(patch.from + tail), cmapClass(patch.to + tail)];
    const calls = (C: typeof Shipped, m: unknown[]) => {
      const out: unknown[] = [];
      new C(m).forEach((code, v) => out.push([typeof code, code, v]));
      return out;
    };
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const maps: unknown[][] = [[], ['a'], [undefined, 'x', undefined]];
    for (let k = 0; k < 20; k++) {
      // Sparse (dictionary) maps as ToUnicode gives them, dense ones, explicit undefined values, and maps written
      // out of order; some longer than 65,536 to keep the shipped branch covered.
      const m: unknown[] = [];
      const len = [300, 22_000, 65_536, 70_000][k % 4];
      const n = k % 5 === 0 ? len : 1 + rnd(400);
      for (let i = 0; i < n; i++) m[k % 5 === 0 ? i : rnd(len)] = rnd(3) === 0 ? undefined : `u${i}`;
      maps.push(m);
    }
    for (const m of maps) expect(calls(Patched, m)).toEqual(calls(Shipped, m));
  });

  it('hand back a font program head only when it starts with an sfnt signature', () => {
    const hook = new Function('zlib', `return ${FONT_HEAD_HOOK}`)(zlib) as (g: unknown) => Uint8Array | null;
    const name = (n: string) => ({ name: n });
    const streamOf = (program: Buffer, filter: unknown = name('FlateDecode'), parms?: unknown) => {
      const zipped = zlib.deflateSync(program);
      let pos = 0;
      const dict = { get: (k: string) => (k === 'Filter' ? filter : k === 'DecodeParms' ? parms : undefined) };
      const raw = {
        reset: () => (pos = 0),
        getBytes: (n: number) => zipped.subarray(pos, (pos = Math.min(zipped.length, pos + n))),
      };
      return { dict, stream: raw };
    };
    // A program far longer than what 512 compressed bytes inflate to, so the head is a strict prefix.
    const body = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 251));
    const program = (head: number[]) => Buffer.concat([Buffer.from(head), body]);
    for (const sig of [[0, 1, 0, 0], [...Buffer.from('true')], [...Buffer.from('ttcf')], [...Buffer.from('OTTO')]]) {
      const head = hook(streamOf(program(sig)));
      expect(head).not.toBeNull();
      expect(head!.length).toBeGreaterThanOrEqual(4);
      expect(head!.length).toBeLessThan(body.length);
      expect(Buffer.from(head!).equals(program(sig).subarray(0, head!.length))).toBe(true);
    }
    // CFF ("\x01\x00\x04\x02"), Type1 ("%!"), anything else: inflated in full by pdf.js as shipped.
    expect(hook(streamOf(program([1, 0, 4, 2])))).toBeNull();
    expect(hook(streamOf(program([...Buffer.from('%!PS')])))).toBeNull();
    expect(hook(streamOf(Buffer.from([0, 1])))).toBeNull();
    // Not a plain Flate stream (a filter array, a predictor, another filter), or bytes that are not zlib.
    expect(hook(streamOf(program([0, 1, 0, 0]), [name('FlateDecode')]))).toBeNull();
    expect(hook(streamOf(program([0, 1, 0, 0]), name('FlateDecode'), { Predictor: 12 }))).toBeNull();
    expect(hook(streamOf(program([0, 1, 0, 0]), name('BrotliDecode')))).toBeNull();
    const junk = {
      dict: { get: (k: string) => (k === 'Filter' ? name('FlateDecode') : undefined) },
      stream: { reset() {}, getBytes: () => Buffer.from('not zlib at all') },
    };
    expect(hook(junk)).toBeNull();
  });
});

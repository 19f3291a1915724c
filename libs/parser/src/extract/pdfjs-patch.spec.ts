import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closePdfWorker, readPdfItems } from './pdf-worker';
import { extractPdf } from './pdf';
import { patchPdfjs, pdfjsBundlePath, PDFJS_PATCHES } from './pdfjs-patch';

// The pdf.js patches change speed only: the same text items, hence the same cells, as pdf.js as shipped.
const CORPUS = join(__dirname, '../../../../../shared/corpus/pdf');
const FIXTURE = join(__dirname, '../../test/fixtures/synthetic-2021-table.pdf');

afterAll(() => closePdfWorker());

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
    expect({ ...patched, pdfjs: '' }).toEqual({ ...shipped, pdfjs: '' });
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
      expect({ ...patched, pdfjs: '' }).toEqual({ ...shipped, pdfjs: '' });
      expect(await extractPdf(bytes, f)).toEqual(await extractPdf(bytes, f, { asShipped: true }));
    });
  });
});

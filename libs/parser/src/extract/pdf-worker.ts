// pdf.js runs in a worker thread: unpdf loads its pdf.js bundle with a dynamic import(), which a CommonJS
// test VM cannot run, and a worker also keeps a hostile PDF from blocking the caller (a timeout ends it).
// The worker only reads text items; all layout work happens in the caller.
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FONT_HEAD_HOOK, patchedPdfjsUrl, pdfjsBundlePath } from './pdfjs-patch';

export interface PdfPageItems {
  /** [x0, y0, x1, y1] */
  view: number[];
  /** [str, a, b, c, d, e, f, width, height, vertical(0|1)] */
  items: [string, number, number, number, number, number, number, number, number, number][];
}

export interface PdfRead {
  title?: string;
  pages: PdfPageItems[];
  /** Which pdf.js read the file: with the text-extraction patches or as shipped. */
  pdfjs: 'patched' | 'as-shipped';
  /** Composite font programs read by their head only, and those inflated in full (patched build; 0 as shipped). */
  fontPrograms: { head: number; full: number };
}

const WORKER_SRC = `
const { parentPort, workerData } = require('node:worker_threads');
const { inflateSync } = require('node:zlib');
// pdf.js inflates every FlateDecode stream through DecompressionStream; in Node that is a web-stream wrapper
// around async zlib that costs ~30% of the CPU per report. The same zlib called synchronously gives the same
// bytes and the same errors (on which pdf.js falls back to its own decoder). Other formats stay native.
const NativeDecompressionStream = globalThis.DecompressionStream;
globalThis.DecompressionStream = function DecompressionStream(format) {
  if (format !== 'deflate' || !NativeDecompressionStream) return new NativeDecompressionStream(format);
  const chunks = [];
  let closed;
  const done = new Promise((resolve) => { closed = resolve; });
  const writer = { ready: Promise.resolve(), write: async (c) => { chunks.push(c); }, close: async () => closed() };
  return {
    writable: { getWriter: () => writer },
    readable: { async *[Symbol.asyncIterator]() { await done; yield inflateSync(Buffer.concat(chunks)); } },
  };
};
// Called by the patched bundle only (pdfjs-patch.ts, FONT_HEAD_HOOK); the build as shipped never looks it up.
const zlib = require('node:zlib');
globalThis.__dhFontProgramHead = ${FONT_HEAD_HOOK};
let mod;
let loaded;
parentPort.on('message', async (msg) => {
  try {
    mod = mod || await import(workerData.unpdfUrl);
    // pdf.js patched for text extraction (pdfjs-patch.ts), or as shipped when asked or when the patches did not apply.
    const url = msg.asShipped || !workerData.patchedUrl ? workerData.pdfjsUrl : workerData.patchedUrl;
    if (loaded !== url) {
      await mod.definePDFJSModule(() => import(url));
      loaded = url;
    }
    globalThis.__dhFontHeads = { head: 0, full: 0 };
    const doc = await mod.getDocumentProxy(new Uint8Array(msg.buffer), { verbosity: 0, isEvalSupported: false });
    try {
      let title;
      try { const info = (await doc.getMetadata()).info; if (info && typeof info.Title === 'string') title = info.Title; } catch (e) {}
      const pages = [];
      for (let p = 1; p <= doc.numPages; p++) {
        const page = await doc.getPage(p);
        const tc = await page.getTextContent();
        // Packed for the trip to the caller: strings apart, the 9 numbers of each item in one Float64Array (exact for
        // any double, -0 and NaN included) whose buffer is transferred. Cloning ~700 small arrays a file instead cost
        // ~1.2 ms of ~45 (unpackPage rebuilds the same tuples).
        const strs = [];
        const nums = [];
        for (const it of tc.items) {
          if (!('str' in it)) continue;
          const t = it.transform;
          strs.push(it.str);
          nums.push(t[0], t[1], t[2], t[3], t[4], t[5], it.width, it.height, it.dir === 'ttb' ? 1 : 0);
        }
        pages.push({ view: Array.from(page.view), strs, nums: new Float64Array(nums) });
        page.cleanup();
      }
      const result = { title, pages, pdfjs: url === workerData.patchedUrl ? 'patched' : 'as-shipped', fontPrograms: globalThis.__dhFontHeads };
      parentPort.postMessage({ id: msg.id, ok: true, result }, pages.map((p) => p.nums.buffer));
    } finally { await doc.destroy(); }
  } catch (e) {
    parentPort.postMessage({ id: msg.id, ok: false, error: String((e && e.message) || e) });
  }
});
`;

// One file at a time per worker: a file that crashes or stalls the worker (out of memory, a pdf.js fault, a timeout)
// fails alone, and the files queued behind it go to a fresh worker. The heap cap keeps a hostile file from taking the
// process's memory with it.
// The library has no access to the API's config module (libs import no app), so it reads its own variable; the API
// checks PDF_WORKER_HEAP_MB at start (apps/api/src/config), so a bad value never reaches here from `npm start`.
const HEAP_MB = Number(process.env.PDF_WORKER_HEAP_MB ?? 512);

interface Job {
  id: number;
  bytes: Uint8Array;
  asShipped: boolean;
  timeoutMs: number;
  resolve: (r: PdfRead) => void;
  reject: (e: Error) => void;
}

/** A page as the worker sends it: item strings, and each item's 9 numbers in a row. */
interface PackedPage {
  view: number[];
  strs: string[];
  nums: Float64Array;
}
type PackedRead = Omit<PdfRead, 'pages'> & { pages: PackedPage[] };

function unpackPage({ view, strs, nums: n }: PackedPage): PdfPageItems {
  return {
    view,
    items: strs.map((s, i) => {
      const o = i * 9;
      return [s, n[o], n[o + 1], n[o + 2], n[o + 3], n[o + 4], n[o + 5], n[o + 6], n[o + 7], n[o + 8]];
    }),
  };
}

let worker: Worker | null = null;
// Built once per process (1.6 MB read and patched); '' when the installed bundle does not take the patches.
let patchedUrl: string | undefined;
let nextId = 1;
const queue: Job[] = [];
let current: { job: Job; worker: Worker; timer: NodeJS.Timeout } | null = null;

function settle(w: Worker, id: number | null, err: Error | null, result?: PdfRead): void {
  const c = current;
  if (!c || c.worker !== w || (id !== null && c.job.id !== id)) return;
  current = null;
  clearTimeout(c.timer);
  if (err) c.job.reject(err);
  else c.job.resolve(result!);
  pump();
}

function retire(w: Worker): void {
  if (worker === w) worker = null;
  void w.terminate();
}

function getWorker(): Worker {
  if (worker) return worker;
  const unpdfUrl = pathToFileURL(join(dirname(require.resolve('unpdf')), 'index.mjs')).href;
  const pdfjsUrl = pathToFileURL(pdfjsBundlePath()).href;
  patchedUrl ??= patchedPdfjsUrl() ?? '';
  const w = new Worker(WORKER_SRC, {
    eval: true,
    workerData: { unpdfUrl, pdfjsUrl, patchedUrl },
    resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
  });
  w.on('message', (msg: { id: number; ok: boolean; result?: PackedRead; error?: string }) => {
    const result = msg.ok && msg.result ? { ...msg.result, pages: msg.result.pages.map(unpackPage) } : undefined;
    settle(w, msg.id, result ? null : new Error(msg.error ?? 'unknown pdf.js error'), result);
  });
  w.on('error', (e) => {
    if (worker === w) worker = null;
    const oom = (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
    settle(
      w,
      null,
      new Error(
        oom ? `the PDF reader ran out of memory (${HEAP_MB} MB) on this file` : 'the PDF reader stopped on this file',
      ),
    );
  });
  w.on('exit', () => {
    if (worker === w) worker = null;
    settle(w, null, new Error('the PDF reader stopped on this file'));
  });
  w.unref();
  worker = w;
  return w;
}

function pump(): void {
  if (current) return;
  const job = queue.shift();
  if (!job) {
    worker?.unref();
    return;
  }
  const w = getWorker();
  const timer = setTimeout(() => {
    // A stuck parse cannot be interrupted inside the worker: fail this file, end the worker; the next file gets a new one.
    retire(w);
    settle(w, job.id, new Error(`pdf.js gave no answer within ${job.timeoutMs} ms`));
  }, job.timeoutMs);
  current = { job, worker: w, timer };
  w.ref();
  const buffer = job.bytes.buffer as ArrayBuffer; // slice() above: a plain ArrayBuffer of its own
  w.postMessage({ id: job.id, buffer, asShipped: job.asShipped }, [buffer]);
}

export interface PdfReadOptions {
  /** pdf.js without the text-extraction patches (the reference the patches are tested against). */
  asShipped?: boolean;
}

/** Text items of every page; rejects on unreadable input or after `timeoutMs` (counted from when the file's turn comes). */
export function readPdfItems(bytes: Uint8Array, timeoutMs = 30_000, opts: PdfReadOptions = {}): Promise<PdfRead> {
  return new Promise<PdfRead>((resolve, reject) => {
    // A copy of its own: its buffer is handed over to the worker. new Uint8Array(x) copies; Buffer#slice (a Node Buffer
    // is what fs gives) would be a view of the caller's memory, which the transfer would detach (the caller's bytes
    // then read as empty: its content hash was that of no bytes at all).
    queue.push({
      id: nextId++,
      bytes: new Uint8Array(bytes),
      asShipped: opts.asShipped === true,
      timeoutMs,
      resolve,
      reject,
    });
    pump();
  });
}

/** Ends the worker (tests and CLIs that want a clean exit; not needed otherwise, the worker is unref'd). */
export async function closePdfWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}

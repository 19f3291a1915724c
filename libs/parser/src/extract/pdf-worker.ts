// pdf.js runs in a worker thread: unpdf loads its pdf.js bundle with a dynamic import(), which a CommonJS
// test VM cannot run, and a worker also keeps a hostile PDF from blocking the caller (a timeout ends it).
// The worker only reads text items; all layout work happens in the caller.
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface PdfPageItems {
  /** [x0, y0, x1, y1] */
  view: number[];
  /** [str, a, b, c, d, e, f, width, height, vertical(0|1)] */
  items: [string, number, number, number, number, number, number, number, number, number][];
}

export interface PdfRead {
  title?: string;
  pages: PdfPageItems[];
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
let mod;
parentPort.on('message', async (msg) => {
  try {
    mod = mod || await import(workerData.unpdfUrl);
    const doc = await mod.getDocumentProxy(new Uint8Array(msg.buffer), { verbosity: 0, isEvalSupported: false });
    try {
      let title;
      try { const info = (await doc.getMetadata()).info; if (info && typeof info.Title === 'string') title = info.Title; } catch (e) {}
      const pages = [];
      for (let p = 1; p <= doc.numPages; p++) {
        const page = await doc.getPage(p);
        const tc = await page.getTextContent();
        const items = [];
        for (const it of tc.items) if ('str' in it) items.push([it.str, ...it.transform, it.width, it.height, it.dir === 'ttb' ? 1 : 0]);
        pages.push({ view: Array.from(page.view), items });
        page.cleanup();
      }
      parentPort.postMessage({ id: msg.id, ok: true, result: { title, pages } });
    } finally { await doc.destroy(); }
  } catch (e) {
    parentPort.postMessage({ id: msg.id, ok: false, error: String((e && e.message) || e) });
  }
});
`;

interface Pending {
  resolve: (r: PdfRead) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(err: Error): void {
  for (const p of pending.values()) {
    clearTimeout(p.timer);
    p.reject(err);
  }
  pending.clear();
}

function getWorker(): Worker {
  if (worker) return worker;
  const unpdfUrl = pathToFileURL(join(dirname(require.resolve('unpdf')), 'index.mjs')).href;
  const w = new Worker(WORKER_SRC, { eval: true, workerData: { unpdfUrl } });
  w.on('message', (msg: { id: number; ok: boolean; result?: PdfRead; error?: string }) => {
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    clearTimeout(p.timer);
    if (pending.size === 0) w.unref();
    if (msg.ok && msg.result) p.resolve(msg.result);
    else p.reject(new Error(msg.error ?? 'unknown pdf.js error'));
  });
  w.on('error', (e) => {
    if (worker === w) worker = null;
    failAll(e instanceof Error ? e : new Error(String(e)));
  });
  w.on('exit', (code) => {
    if (worker === w) worker = null;
    failAll(new Error(`pdf worker exited (${code})`));
  });
  w.unref();
  worker = w;
  return w;
}

/** Text items of every page; rejects on unreadable input or after `timeoutMs`. */
export function readPdfItems(bytes: Uint8Array, timeoutMs = 30_000): Promise<PdfRead> {
  const w = getWorker();
  const id = nextId++;
  const copy = bytes.slice();
  return new Promise<PdfRead>((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new Error(`pdf.js gave no answer within ${timeoutMs} ms`));
      // A stuck parse cannot be interrupted inside the worker: end it, the next call starts a fresh one.
      if (worker === w) worker = null;
      void w.terminate();
    }, timeoutMs);
    timer.unref();
    pending.set(id, { resolve, reject, timer });
    w.ref();
    w.postMessage({ id, buffer: copy.buffer }, [copy.buffer]);
  });
}

/** Ends the worker (tests and CLIs that want a clean exit; not needed otherwise, the worker is unref'd). */
export async function closePdfWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}

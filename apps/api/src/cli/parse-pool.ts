// A small pool of parse workers (worker_threads). Errors come back as the same ReportReadError the parser throws.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ParsedReport } from '@dh/domain';
import { ReportReadError } from '@dh/parser';

interface Reply { id: number; parsed?: ParsedReport; error?: string; readError?: boolean; fileName?: string }
type Pending = { resolve: (p: ParsedReport) => void; reject: (e: Error) => void };

export class ParsePool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(path.join(__dirname, 'parse-worker.js'));
      w.on('message', (m: Reply) => {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        if (!p) return;
        if (m.parsed) p.resolve(m.parsed);
        // The message already starts with the file name; keep it as the parser's own error.
        else if (m.readError) p.reject(Object.assign(new ReportReadError(m.fileName ?? '', 'unsupported', ''), { message: m.error ?? '' }));
        else p.reject(new Error(m.error ?? 'parse failed'));
      });
      w.on('error', (e) => { for (const p of this.pending.values()) p.reject(e); this.pending.clear(); });
      this.workers.push(w);
    }
  }

  parse = (input: { bytes: Uint8Array; fileName: string }): Promise<ParsedReport> => new Promise((resolve, reject) => {
    const id = this.next++;
    this.pending.set(id, { resolve, reject });
    this.workers[id % this.workers.length].postMessage({ id, bytes: input.bytes, fileName: input.fileName });
  });

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

// Parsing in a pool of worker threads (piscina), each task with a time limit and each worker with a heap limit: a file
// that stalls the parser or exhausts its memory fails alone with a typed error, the worker is replaced, and every
// other pending parse goes on. Uploads, the CLI's batches and `npm run fuzz` parse through it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ParsedReport } from '@dh/domain';
import { ReportReadError } from '@dh/parser';
import { Logger } from '@nestjs/common';
import pLimit from 'p-limit';
import { Piscina } from 'piscina';
import type { ParseJob, ParseReply } from './parse-worker';
import { appConfig } from '../../config/app-config';

export interface ParsePoolOptions {
  threads?: number;
  timeoutMs?: number;
  heapMb?: number;
  /** tests: another task module */ workerFile?: string;
}

/** A limit the pool enforced: `time` (the task ran too long), `memory` (the worker ran out of heap), `crash` (it died). */
export class ParseLimitError extends ReportReadError {
  constructor(
    fileName: string,
    readonly limit: 'time' | 'memory' | 'crash',
    detail: string,
  ) {
    super(fileName, 'extractor_failed', detail);
  }
}

// The compiled worker: next to this file when running from dist, else (Jest runs the TypeScript) in the build.
function workerFile(): string {
  const here = path.join(__dirname, 'parse-worker.js');
  return fs.existsSync(here) ? here : path.resolve(__dirname, '../../../dist/modules/ingest/parse-worker.js');
}

/** PARSE_WORKERS (cores, at most 4), PARSE_TIMEOUT_MS (60000), PARSE_HEAP_MB (512): checked by config/app-config.ts. */
export function parsePoolOptions(): Required<Omit<ParsePoolOptions, 'workerFile'>> {
  return { ...appConfig().parsePool };
}

export class ParsePool {
  private readonly pool: Piscina<ParseJob, ParseReply>;
  readonly size: number;
  private readonly timeoutMs: number;
  // A task goes to piscina only when a thread is free, so its time limit counts its own run, not the queue before it.
  private readonly slots: ReturnType<typeof pLimit>;

  constructor(opts: ParsePoolOptions = {}) {
    const o = { ...parsePoolOptions(), ...opts };
    this.size = o.threads;
    this.timeoutMs = o.timeoutMs;
    this.slots = pLimit(o.threads);
    this.pool = new Piscina({
      filename: o.workerFile ?? workerFile(),
      minThreads: 0,
      maxThreads: o.threads,
      idleTimeout: 30_000,
      resourceLimits: { maxOldGenerationSizeMb: o.heapMb, maxYoungGenerationSizeMb: Math.min(64, o.heapMb / 4) },
    });
    // A worker that fails with no task running is reported by piscina as an 'error' event, which unheard would end this
    // process. Piscina replaces the worker and no file is pending on it. (Not driven by a test: idle workers wait in
    // Atomics.wait, so a parser callback left behind runs only with the next task, and fails that task.)
    this.pool.on('error', (e: Error) =>
      new Logger('ParsePool').warn(`a parse worker failed between files: ${e.message}`),
    );
  }

  parse = (input: { bytes: Uint8Array; fileName: string }): Promise<ParsedReport> => this.slots(() => this.run(input));

  private async run(input: { bytes: Uint8Array; fileName: string }): Promise<ParsedReport> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    let reply: ParseReply;
    try {
      reply = await this.pool.run({ bytes: input.bytes, fileName: input.fileName }, { signal });
    } catch (e) {
      throw this.limitOf(e, signal, input.fileName);
    }
    if ('parsed' in reply) return reply.parsed;
    // A parser bug (not the file's fault) is the caller's to report as such, untyped.
    if ('fault' in reply) throw Object.assign(new Error(reply.fault.message), { name: reply.fault.name });
    // The message already starts with the file name; keep it as the parser's own error.
    throw Object.assign(new ReportReadError(input.fileName, reply.readError.reason, ''), {
      message: reply.readError.message,
    });
  }

  private limitOf(e: unknown, signal: AbortSignal, fileName: string): Error {
    const code = (e as { code?: string }).code;
    if (signal.aborted)
      return new ParseLimitError(
        fileName,
        'time',
        `reading it took longer than ${this.timeoutMs / 1000} s; it was stopped`,
      );
    if (code === 'ERR_WORKER_OUT_OF_MEMORY')
      return new ParseLimitError(fileName, 'memory', 'reading it needed more memory than a parse may use');
    // The task itself never throws (parse-worker.ts answers faults as data): its worker exited or threw outside the
    // task. Piscina has dropped that worker; only this file fails.
    return new ParseLimitError(fileName, 'crash', 'the reader stopped unexpectedly on this file');
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }

  // Nest's shutdown hook, when the pool is the app's provider.
  async onModuleDestroy(): Promise<void> {
    await this.close();
  }
}

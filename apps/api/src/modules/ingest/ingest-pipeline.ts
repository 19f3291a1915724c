// The batch pipeline the CLI's `ingest` and `npm run bench:ingest` share: files are read and parsed ahead (worker
// threads, a bounded window) while store lanes each take the next run of files and store it as one batch
// (IngestService.storeBatch: one transaction, a failing file isolated). Results keep the order of the files.
import type { ParsedReport } from '@dh/domain';
import type { IngestInput, IngestResult, IngestService } from './ingest.service';

export interface PipelineOptions {
  /** Store lanes: batches stored at once (each on its own connection). */
  lanes: number;
  /** Files per transaction. */
  batchSize: number;
  /** Files read and parsed ahead of a lane's batch: keeps the workers busy while lanes wait on the database; bounds memory. */
  ahead: number;
  /**
   * The body file i is for, when known before reading it (a crawl's list, the benchmark's corpus). A batch then ends
   * where a body's run of files does: a body split between two lanes' open transactions makes the second wait for the
   * first's commit on the body's new row. Without it (the CLI, which learns the body only from the file), the batch's
   * files are parsed first and grouped by the body they name (`bodyOf`).
   */
  groupOf?: (i: number) => string | undefined;
  /** After each stored batch: how many files are done, and the last one's name (progress). */
  onStored?: (done: number, lastFileName: string) => void;
}

export interface PipelineRun {
  results: IngestResult[];
  /** Seconds the lanes spent waiting for parsed files, summed over lanes (the benchmark takes it out of the store time). */
  laneWaitS: number;
}

type Loaded = { input: IngestInput; parsed: ParsedReport | Error } | IngestResult;
const isResult = (x: Loaded | IngestInput): x is IngestResult => 'status' in x;
const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

/** The body a loaded file is for, as far as known before storing: the hint, else the name the parse read. */
export function bodyOf(x: Loaded): string | undefined {
  if (isResult(x)) return undefined;
  const name = x.input.agencyName ?? (x.parsed instanceof Error ? null : x.parsed.agencyName);
  return name ? `${(x.input.region ?? []).join('/')}|${name}` : undefined;
}

/** Where the batch starting at `from` ends: after batchSize files, or earlier at the start of a body's run it would cut. */
export function batchEnd(
  from: number,
  count: number,
  batchSize: number,
  groupOf?: (i: number) => string | undefined,
): number {
  const to = Math.min(from + Math.max(1, batchSize), count);
  if (!groupOf || to >= count) return to;
  const key = (i: number) => groupOf(i) ?? `#${i}`;
  let back = to;
  while (back > from && key(back) === key(back - 1)) back--;
  // A run longer than a batch is cut where the batch is full.
  return back > from ? back : to;
}

/**
 * `load(i)` gives the i-th file's input (bytes read), or its failed result when it cannot be read; it should not throw.
 * `parse` is the parse pool's (or, for a benchmark storing pre-parsed reports, a lookup).
 */
export async function runIngestPipeline(
  svc: IngestService,
  count: number,
  load: (i: number) => Promise<IngestInput | IngestResult>,
  parse: (input: { bytes: Uint8Array; fileName: string }) => Promise<ParsedReport>,
  o: PipelineOptions,
): Promise<PipelineRun> {
  const results: IngestResult[] = new Array(count);
  const started = new Map<number, Promise<Loaded>>();
  const start = (i: number): Promise<Loaded> => {
    let p = started.get(i);
    if (!p) {
      p = load(i).then(async (x): Promise<Loaded> =>
        isResult(x) ? x : { input: x, parsed: await parse(x).catch(asError) },
      );
      started.set(i, p);
    }
    return p;
  };
  let next = 0,
    done = 0,
    laneWaitS = 0;
  // Lanes claim batches one at a time: a claim without groupOf awaits its files' parses, and another lane must not
  // take the same files meanwhile.
  let claims: Promise<unknown> = Promise.resolve();
  const claim = (): Promise<[number, number]> => {
    const c = claims.then(async (): Promise<[number, number]> => {
      const from = next;
      if (from >= count) return [from, from];
      let groupOf = o.groupOf;
      if (!groupOf) {
        const last = Math.min(from + Math.max(1, o.batchSize), count - 1);
        for (let k = from; k < Math.min(last + 1 + o.ahead, count); k++) void start(k);
        const window: Loaded[] = [];
        for (let k = from; k <= last; k++) window.push(await start(k));
        // A file that failed to read or parse stores nothing: it goes with the body before it, splitting no run.
        const keys: (string | undefined)[] = [];
        window.forEach((x, j) => keys.push(isResult(x) && j > 0 ? keys[j - 1] : bodyOf(x)));
        groupOf = (i) => keys[i - from];
      }
      next = batchEnd(from, count, o.batchSize, groupOf);
      return [from, next];
    });
    claims = c;
    return c;
  };
  // A claim's wait for parses counts as the lane's wait.
  const timedClaim = async (): Promise<[number, number]> => {
    const t0 = process.hrtime.bigint();
    const r = await claim();
    laneWaitS += Number(process.hrtime.bigint() - t0) / 1e9;
    return r;
  };
  const lane = async (): Promise<void> => {
    for (let [from, to] = await timedClaim(); from < count; [from, to] = await timedClaim()) {
      for (let k = from; k < Math.min(to + o.ahead, count); k++) void start(k);
      const t0 = process.hrtime.bigint();
      const loaded: Loaded[] = [];
      for (let i = from; i < to; i++) loaded.push(await start(i));
      laneWaitS += Number(process.hrtime.bigint() - t0) / 1e9;
      const items = loaded.filter((x): x is Exclude<Loaded, IngestResult> => !isResult(x));
      const stored = await svc.storeBatch(items);
      let k = 0;
      loaded.forEach((x, j) => {
        results[from + j] = isResult(x) ? x : stored[k++];
      });
      for (let i = from; i < to; i++) started.delete(i);
      done += to - from;
      o.onStored?.(done, results[to - 1].fileName);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.lanes) }, lane));
  return { results, laneWaitS };
}

// Worker thread that parses reports, so a batch uses every core while the main thread stores.
import { parentPort } from 'node:worker_threads';
import { parseReport, ReportReadError } from '@dh/parser';

interface Job { id: number; bytes: Uint8Array; fileName: string }

parentPort?.on('message', (job: Job) => {
  parseReport({ bytes: job.bytes, fileName: job.fileName }).then(
    (parsed) => parentPort?.postMessage({ id: job.id, parsed }),
    (e: unknown) => parentPort?.postMessage({
      id: job.id, error: (e as Error).message, readError: e instanceof ReportReadError, fileName: job.fileName,
    }),
  );
});

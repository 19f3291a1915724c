// The task piscina runs in a parse worker: bytes → ParsedReport, or the parser's own refusal as plain data (a class
// instance does not survive the thread boundary). Anything else thrown in the task is a fault of the parser, sent back
// as data too: so a rejected run always means the worker itself ended (time or heap limit, exit, an uncaught throw).
import { parseReport, ReportReadError, type ReportReadReason } from '@dh/parser';
import type { ParsedReport } from '@dh/domain';

export interface ParseJob {
  bytes: Uint8Array;
  fileName: string;
}
export type ParseReply =
  | { parsed: ParsedReport }
  | { readError: { reason: ReportReadReason; message: string } }
  | { fault: { name: string; message: string } };

export default async function parseTask(job: ParseJob): Promise<ParseReply> {
  try {
    return { parsed: await parseReport({ bytes: job.bytes, fileName: job.fileName }) };
  } catch (e) {
    if (e instanceof ReportReadError) return { readError: { reason: e.reason, message: e.message } };
    const err = e instanceof Error ? e : new Error(String(e));
    return { fault: { name: err.name, message: err.message } };
  }
}

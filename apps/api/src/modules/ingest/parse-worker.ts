// The task piscina runs in a parse worker: bytes → ParsedReport, or the parser's own refusal as plain data (a class
// instance does not survive the thread boundary). Anything else thrown is a fault and crosses as an Error.
import { parseReport, ReportReadError, type ReportReadReason } from '@dh/parser';
import type { ParsedReport } from '@dh/domain';

export interface ParseJob { bytes: Uint8Array; fileName: string }
export type ParseReply = { parsed: ParsedReport } | { readError: { reason: ReportReadReason; message: string } };

export default async function parseTask(job: ParseJob): Promise<ParseReply> {
  try {
    return { parsed: await parseReport({ bytes: job.bytes, fileName: job.fileName }) };
  } catch (e) {
    if (e instanceof ReportReadError) return { readError: { reason: e.reason, message: e.message } };
    throw e;
  }
}

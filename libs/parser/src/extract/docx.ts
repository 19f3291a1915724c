// Placeholder until the DOCX extractor lands (owned by the extractor work): every DOCX is reported unreadable.
import { ReportReadError } from '../errors';
import type { Extracted } from './types';

export async function extractDocx(bytes: Uint8Array, fileName: string): Promise<Extracted> {
  await Promise.resolve(bytes.length);
  throw new ReportReadError(fileName, 'unsupported', 'DOCX support not built yet');
}

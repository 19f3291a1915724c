// Placeholder until the PDF extractor lands (owned by the extractor work): every PDF is reported unreadable.
import { ReportReadError } from '../errors';
import type { Extracted } from './types';

export async function extractPdf(bytes: Uint8Array, fileName: string): Promise<Extracted> {
  await Promise.resolve(bytes.length);
  throw new ReportReadError(fileName, 'unsupported', 'PDF support not built yet');
}

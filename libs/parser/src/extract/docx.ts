// DOCX → Extracted: mammoth turns the document into HTML (tables keep their rows, cells, and merged cells as
// colspan/rowspan), then the HTML extractor does the rest. Legacy binary .doc cannot be read.
import mammoth from 'mammoth';
import { ReportReadError } from '../errors';
import { checkUnpackedSize } from './docx-zip';
import { extractHtml } from './html';
import type { Extracted } from './types';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export async function extractDocx(bytes: Uint8Array, fileName: string): Promise<Extracted> {
  if (bytes.length === 0) throw new ReportReadError(fileName, 'empty', 'empty file');
  if (startsWith(bytes, OLE2))
    throw new ReportReadError(
      fileName,
      'legacy_doc',
      'legacy Word .doc (OLE2) is not supported; save it as .docx or PDF',
    );
  if (!startsWith(bytes, ZIP)) throw new ReportReadError(fileName, 'unsupported', 'not a DOCX (no zip header)');
  checkUnpackedSize(bytes, fileName);
  let html: string;
  let messages: { type: string; message: string }[];
  try {
    const r = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    html = r.value;
    messages = r.messages;
  } catch (e) {
    throw new ReportReadError(fileName, 'extractor_failed', `DOCX cannot be read: ${(e as Error).message}`);
  }
  if (!html.replace(/<[^>]+>/g, '').trim()) throw new ReportReadError(fileName, 'empty', 'DOCX holds no text');
  const ex = extractHtml(`<html><body>${html.replace(/\u0000/g, '')}</body></html>`, 'utf-8', fileName);
  const errors = messages.filter((m) => m.type === 'error');
  return {
    ...ex,
    form: 'docx',
    encoding: 'utf-8',
    findings: [
      ...ex.findings,
      ...(errors.length
        ? [
            {
              code: 'docx_conversion',
              severity: 'info' as const,
              messageZh: `DOCX 转换提示：${errors
                .map((m) => m.message)
                .join('；')
                .slice(0, 200)}`,
              messageEn: `DOCX conversion notes: ${errors
                .map((m) => m.message)
                .join('; ')
                .slice(0, 200)}`,
            },
          ]
        : []),
    ],
  };
}

// A DOCX is a zip; a zip bomb (a megabyte that inflates to gigabytes) would take the process's memory inside mammoth.
// Before mammoth sees it, every entry is inflated here with a hard output bound, so the check does not trust the sizes
// the archive declares: past the budget, inflation stops and the file is refused.
import { inflateRawSync } from 'node:zlib';
import { ReportReadError } from '../errors';

// Read by the library itself, also inside parse worker threads, which load no API config; the API checks
// DOCX_MAX_UNPACKED_MB at start (apps/api/src/config).
export const MAX_DOCX_UNPACKED = Number(process.env.DOCX_MAX_UNPACKED_MB ?? 100) * 1024 * 1024;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Total unpacked size of the archive's entries; throws ReportReadError past `budget` or on a damaged directory. */
export function checkUnpackedSize(bytes: Uint8Array, fileName: string, budget = MAX_DOCX_UNPACKED): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = (why: string) =>
    new ReportReadError(fileName, 'extractor_failed', `DOCX cannot be read: damaged zip (${why})`);
  const tooBig = () =>
    new ReportReadError(
      fileName,
      'unsupported',
      `DOCX unpacks to more than ${Math.round(budget / 1024 / 1024)} MB (a zip bomb?); not read`,
    );
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged('no end of central directory');
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw damaged('bad central directory entry');
    const method = buf.readUInt16LE(p + 10);
    const packed = buf.readUInt32LE(p + 20);
    const declared = buf.readUInt32LE(p + 24);
    const local = buf.readUInt32LE(p + 42);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    // ZIP64 sizes (0xffffffff) alone exceed any budget here.
    if (declared === 0xffffffff || total + declared > budget) throw tooBig();
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) throw damaged('bad local header');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + packed);
    let size = packed;
    if (method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: Math.max(1, budget - total) }).length;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig();
        throw damaged('an entry does not inflate');
      }
    } else if (method !== 0) throw damaged(`compression method ${method}`);
    total += size;
    if (total > budget) throw tooBig();
  }
  return total;
}

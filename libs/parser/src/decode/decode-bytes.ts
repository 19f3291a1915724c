// Bytes → string. UTF-8 (with or without BOM) first; GBK/GB18030 when the bytes are not valid UTF-8,
// when chardet says so, or when the page's own <meta charset> says so.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { cjkGuess, USED_GUESS_RE } from './gb-first';

export interface Decoded {
  text: string;
  encoding: string;
}

const META_RE = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

// Validates without building a string (the fatal-decoder way decoded every page twice).
function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'UTF-16LE' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'UTF-16BE' };
  // A page that declares GBK is GBK even if its bytes happen to be ASCII-only so far.
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = META_RE.exec(head)?.[1]?.toLowerCase();
  const utf8 = isValidUtf8(bytes);
  if (declared && /^(gbk|gb2312|gb18030|x-gbk)$/.test(declared) && !utf8) {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: declared.toUpperCase() };
  }
  // Valid UTF-8 without a BOM: Buffer#toString gives the same string as TextDecoder, faster.
  if (utf8)
    return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding: 'UTF-8' };
  const guess = cjkGuess(bytes);
  // Chinese government sites: anything not UTF-8 is, in practice, GB-family; GB18030 is a superset of GBK.
  const enc = USED_GUESS_RE.test(guess) && iconv.encodingExists(guess) ? guess : 'gb18030';
  return { text: iconv.decode(Buffer.from(bytes), enc), encoding: enc === 'gb18030' ? 'GB18030' : guess };
}

const CTRL = /[\x00-\x08\x0e-\x1f]/;

/**
 * The bytes as a Buffer when decodeBytes would read them as UTF-8 without a BOM and the text holds no NUL and
 * passes parse-report's control-character test for certain: no control byte and no U+FFFD in its first 12,000
 * bytes, which hold its first 4,000 UTF-16 units. Else null. Lets a caller work undecoded.
 */
export function plainUtf8(bytes: Uint8Array): Buffer | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return null;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return null;
  if (!isValidUtf8(b)) return null;
  // In the latin1 view a control byte is that control char, and EF BF BD is U+FFFD's encoding.
  const head = b.toString('latin1', 0, 12000);
  if (b.indexOf(0) >= 0 || CTRL.test(head) || head.includes('\xef\xbf\xbd')) return null;
  return b;
}

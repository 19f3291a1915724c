// chardet runs 27 recognisers, the single-byte n-gram ones the slowest (3 ms for a 3 KB page, most of the parse of a
// large page that is not UTF-8). decodeBytes only uses chardet's top guess when it is Big5, EUC-* or ISO-2022-*;
// anything else decodes as GB18030. Recognisers are ranked by confidence with a stable sort in chardet's order, where
// the 13 multi-byte and Unicode ones come before every single-byte one: so when the best of those 13 is not Big5, EUC
// or ISO-2022, chardet's answer (that one, or a single-byte one that beats it) decodes as GB18030 either way, and the
// single-byte recognisers need not run. Only when it is do they, to see whether one of them outranks it.
import chardet from 'chardet';
import type { Context, Recogniser } from 'chardet/lib/encoding/index';
import type { Match } from 'chardet/lib/match';
import { ISO_2022_CN, ISO_2022_JP, ISO_2022_KR } from 'chardet/lib/encoding/iso2022';
import { big5, euc_jp, euc_kr, gb_18030, sjis } from 'chardet/lib/encoding/mbcs';
import { UTF_16BE, UTF_16LE, UTF_32BE, UTF_32LE } from 'chardet/lib/encoding/unicode';
import Utf8 from 'chardet/lib/encoding/utf8';

// chardet's own order (lib/index.js) up to the first single-byte recogniser.
const MULTI_BYTE: Recogniser[] = [
  new Utf8(),
  new UTF_16BE(),
  new UTF_16LE(),
  new UTF_32BE(),
  new UTF_32LE(),
  new sjis(),
  new big5(),
  new euc_jp(),
  new euc_kr(),
  new gb_18030(),
  new ISO_2022_JP(),
  new ISO_2022_KR(),
  new ISO_2022_CN(),
];

export const USED_GUESS_RE = /^(Big5|EUC|ISO-2022)/i;

/** chardet.detect(bytes) when that is a guess decodeBytes uses (Big5, EUC-*, ISO-2022-*); otherwise 'GB18030'. */
export function cjkGuess(bytes: Uint8Array): string {
  // The same context chardet's analyse() builds.
  const byteStats = new Array<number>(256).fill(0);
  for (let i = bytes.length - 1; i >= 0; i--) byteStats[bytes[i] & 0xff]++;
  let c1Bytes = false;
  for (let i = 0x80; i <= 0x9f; i++) if (byteStats[i] !== 0) c1Bytes = true;
  const ctx: Context = {
    byteStats,
    c1Bytes,
    rawInput: bytes,
    rawLen: bytes.length,
    inputBytes: bytes,
    inputLen: bytes.length,
  };
  let best: Match | undefined;
  for (const r of MULTI_BYTE) {
    const m = r.match(ctx);
    if (m && (!best || m.confidence > best.confidence)) best = m;
  }
  if (!best || !USED_GUESS_RE.test(best.name)) return 'GB18030';
  return chardet.detect(bytes)?.toString() ?? '';
}

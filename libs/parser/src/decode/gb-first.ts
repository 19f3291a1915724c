// chardet runs 27 recognisers, the single-byte n-gram ones the slowest (3 ms for a 3 KB page). decodeBytes only
// needs to know whether its top guess is GB18030. Recognisers are ranked by confidence with a stable sort in
// this order, and none after GB18030 can score above 100 (single-byte ≤ 99, ISO-2022 and ASCII ≤ 100): so when
// GB18030 scores 100 and none of the nine before it does, GB18030 is chardet's answer without the rest.
import type { Context, Recogniser } from 'chardet/lib/encoding/index';
import { big5, euc_jp, euc_kr, gb_18030, sjis } from 'chardet/lib/encoding/mbcs';
import { UTF_16BE, UTF_16LE, UTF_32BE, UTF_32LE } from 'chardet/lib/encoding/unicode';
import Utf8 from 'chardet/lib/encoding/utf8';

const BEFORE: Recogniser[] = [new Utf8(), new UTF_16BE(), new UTF_16LE(), new UTF_32BE(), new UTF_32LE(),
  new sjis(), new big5(), new euc_jp(), new euc_kr()];
const GB = new gb_18030();

/** True when chardet.detect(bytes) would say GB18030 (false means: ask chardet). */
export function surelyGb18030(bytes: Uint8Array): boolean {
  // The same context chardet's analyse() builds.
  const byteStats = new Array<number>(256).fill(0);
  for (let i = bytes.length - 1; i >= 0; i--) byteStats[bytes[i] & 0xff]++;
  let c1Bytes = false;
  for (let i = 0x80; i <= 0x9f; i++) if (byteStats[i] !== 0) c1Bytes = true;
  const ctx: Context = { byteStats, c1Bytes, rawInput: bytes, rawLen: bytes.length, inputBytes: bytes, inputLen: bytes.length };
  if ((GB.match(ctx)?.confidence ?? 0) < 100) return false;
  return BEFORE.every((r) => (r.match(ctx)?.confidence ?? 0) < 100);
}

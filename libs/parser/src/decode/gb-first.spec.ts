// cjkGuess skips chardet's single-byte recognisers when their answer cannot change how the bytes are decoded: it must
// decide exactly as chardet.detect does, on real pages, damaged pages and text in every East Asian encoding.
import * as fs from 'node:fs';
import * as path from 'node:path';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { cjkGuess, USED_GUESS_RE } from './gb-first';

const decision = (guess: string) => (USED_GUESS_RE.test(guess) && iconv.encodingExists(guess) ? guess : 'gb18030');
const reference = (b: Uint8Array) => decision(chardet.detect(b)?.toString() ?? '');

let seed = 7;
const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const int = (n: number) => Math.floor(rand() * n);

function inputs(): Uint8Array[] {
  const dir = path.resolve(__dirname, '../../../../data/samples/reports');
  // Every third sample, its first 2,500 characters: chardet is slow, and the branches are reached well before that.
  const texts = fs
    .readdirSync(dir)
    .filter((_, i) => i % 3 === 0)
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8').slice(0, 2500));
  const out: Uint8Array[] = [];
  for (const t of texts) {
    for (const enc of ['gb18030', 'big5', 'euc-kr', 'euc-jp', 'shift_jis', 'utf-16le', 'windows-1251', 'latin1']) {
      const bytes = iconv.encode(
        enc === 'euc-kr' || enc === 'windows-1251'
          ? t.replace(/[^\x00-\x7f]/g, (c) => '가나다라마바사아자차카타파하абвгдежзи'[c.charCodeAt(0) % 33])
          : t,
        enc,
      );
      out.push(bytes);
      // Damaged: flipped bytes, a cut, a splice of two encodings.
      const flipped = Buffer.from(bytes);
      for (let i = 0; i < 1 + int(40); i++) flipped[int(flipped.length)] = int(256);
      out.push(
        flipped,
        bytes.subarray(0, int(bytes.length)),
        Buffer.concat([bytes.subarray(0, int(bytes.length)), iconv.encode(t, 'big5')]),
      );
    }
  }
  for (let i = 0; i < 50; i++) out.push(Buffer.from(Array.from({ length: 1 + int(3000) }, () => int(256))));
  return out;
}

describe('cjkGuess', () => {
  it('decides as chardet.detect does', () => {
    const all = inputs();
    const got = all.map((b) => decision(cjkGuess(b)));
    expect(got).toEqual(all.map(reference));
    // The corpus reaches both answers: some decoded as another CJK encoding, most as GB18030.
    expect(got.filter((g) => g !== 'gb18030').length).toBeGreaterThan(10);
    expect(got.filter((g) => g === 'gb18030').length).toBeGreaterThan(50);
  });
});

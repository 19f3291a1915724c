import { ByteText } from './html-byte-text';

// ByteText decodes short runs itself, from the latin1 view, and long ones with Buffer: both must give what Buffer
// gives for every run between two char boundaries, whatever the chars' UTF-8 lengths.
describe('ByteText', () => {
  it('decodes every run of 1-, 2-, 3- and 4-byte chars as Buffer does, short or long, at any offset', () => {
    const chars = ['a', ' ', '\n', '<', '©', 'é', 'ǅ', 'ж', 'א', '\u00a0', '主', '（', '\u3000', '\uffff', '😀', '𠀀'];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let t = 0; t < 300; t++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 40) }, () => chars[Math.floor(next() * chars.length)]);
      const bytes = Buffer.from(parts.join(''));
      const bounds = [0];
      for (const p of parts) bounds.push(bounds[bounds.length - 1] + Buffer.byteLength(p));
      // A window starting at a char boundary, as html-tokenizer.ts makes them.
      const base = bounds[Math.floor(next() * bounds.length)];
      const text = new ByteText(bytes.toString('latin1', base), bytes, base);
      const inWindow = bounds.filter((b) => b >= base);
      for (let k = 0; k < 20; k++) {
        const [a, b] = [inWindow[Math.floor(next() * inWindow.length)], inWindow[Math.floor(next() * inWindow.length)]];
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect({ lo, hi, got: text.decode(lo - base, hi - base) }).toEqual({
          lo,
          hi,
          got: bytes.toString('utf8', lo, hi),
        });
      }
    }
  });
});

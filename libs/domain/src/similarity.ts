// 内容雷同: how much of a report's own words (第一部分 总体情况 and 第五部分 存在的主要问题及改进情况) repeat another
// report's. MinHash over character shingles: a fixed-size signature per report (stored on its revision), whose share
// of equal slots estimates the Jaccard similarity of the two shingle sets. Small and dependency-free: the npm MinHash
// packages either hash with Math.random seeds (signatures not reproducible across processes) or pull in big-int code.
//
// Digits are folded to one symbol before shingling, so a report copied with only its year and figures changed is
// still a copy; whitespace and punctuation are dropped (copies re-flow lines and swap ，/,).

export const MINHASH_SLOTS = 64;
export const SHINGLE = 4;

/** The text compared: digits folded to 0, whitespace and punctuation dropped. */
export function foldText(s: string): string {
  return s
    .replace(/[0-9０-９〇一二三四五六七八九十百千万]+(?=[年月日件项个条次家人%％])/g, '0')
    .replace(/[0-9０-９.．]+/g, '0')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

// murmur3's 32-bit finaliser: a good avalanche for seeding 64 hash functions from one FNV-1a hash.
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
function fnv1a(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}
const SEEDS = Array.from({ length: MINHASH_SLOTS }, (_, i) => fmix32(0x9e3779b9 * (i + 1)));

/** MinHash signature (signed 32-bit ints, as Postgres int4[] stores them); null when the text is too short to judge. */
export function minhash(text: string): number[] | null {
  const t = foldText(text);
  if (t.length < 40) return null;
  const sig = new Array<number>(MINHASH_SLOTS).fill(0x7fffffff);
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE <= t.length; i++) {
    const h = fnv1a(t, i, i + SHINGLE);
    if (seen.has(h)) continue;
    seen.add(h);
    for (let j = 0; j < MINHASH_SLOTS; j++) {
      const v = fmix32(h ^ SEEDS[j]);
      if (v < sig[j]) sig[j] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two shingle sets (0–1). */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SLOTS; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SLOTS;
}

/**
 * Candidate pairs by locality-sensitive hashing: 16 bands of 4 slots; two signatures sharing a band are compared.
 * Pairs above ~0.5 similarity share a band with high probability, so the peers compared stay few among thousands.
 */
export function nearestOf(sigs: readonly (readonly number[] | null)[]): { best: number; with: number }[] {
  const out = sigs.map(() => ({ best: 0, with: -1 }));
  const bands = MINHASH_SLOTS / 4;
  for (let b = 0; b < bands; b++) {
    const buckets = new Map<string, number[]>();
    sigs.forEach((s, i) => {
      if (!s) return;
      const k = `${s[b * 4]},${s[b * 4 + 1]},${s[b * 4 + 2]},${s[b * 4 + 3]}`;
      const list = buckets.get(k);
      if (list) list.push(i);
      else buckets.set(k, [i]);
    });
    for (const list of buckets.values()) {
      // A band every report shares (template boilerplate) would make this quadratic; the cap keeps it linear.
      const capped = list.length > 200 ? list.slice(0, 200) : list;
      for (let x = 0; x < capped.length; x++) {
        for (let y = x + 1; y < capped.length; y++) {
          const i = capped[x],
            j = capped[y];
          const s = similarity(sigs[i] as number[], sigs[j] as number[]);
          if (s > out[i].best) out[i] = { best: s, with: j };
          if (s > out[j].best) out[j] = { best: s, with: i };
        }
      }
    }
  }
  return out;
}

/** Sentences (split at 。；！？ and line ends) of `a` that `b` also contains, after folding; longest first. */
export function sharedPassages(a: string, b: string, max = 20): string[] {
  const split = (s: string) =>
    s
      .split(/[。；;！？!?\n]+/)
      .map((x) => x.trim())
      .filter((x) => foldText(x).length >= 8);
  const inB = new Set(split(b).map(foldText));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const sentence of split(a)) {
    const f = foldText(sentence);
    if (inB.has(f) && !seen.has(f)) {
      seen.add(f);
      out.push(sentence);
    }
  }
  return out.sort((x, y) => y.length - x.length).slice(0, max);
}

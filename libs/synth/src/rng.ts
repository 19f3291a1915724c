// Seeded PRNG (mulberry32): the same seed gives the same corpus on every machine.
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }

  /** Heavy-tailed count with the given median: most bodies report small numbers, a few report large ones. */
  count(median: number): number {
    if (median <= 0) return 0;
    const u = Math.max(1e-9, this.next()),
      v = this.next();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.max(0, Math.round(median * Math.exp(normal * 0.9) - 0.5));
  }

  /** Splits n into k non-negative parts, the first weighted by `bias`. */
  split(n: number, k: number, bias = 1): number[] {
    const w = Array.from({ length: k }, (_, i) => (i === 0 ? bias : 1) * (0.05 + this.next()));
    const sum = w.reduce((a, b) => a + b, 0);
    const parts = w.map((x) => Math.floor((n * x) / sum));
    let rest = n - parts.reduce((a, b) => a + b, 0);
    for (let i = 0; rest > 0; i = (i + 1) % k, rest--) parts[i]++;
    return parts;
  }
}

/** A stable sub-seed for (seed, label), so one agency's reports don't change when N changes. */
export function subSeed(seed: number, label: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

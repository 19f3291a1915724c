// Small statistics for reference lines: peer quartiles by linear interpolation (the "type 7" rule of R and
// numpy's default), ignoring missing values.
export interface Quartiles {
  q1: number;
  median: number;
  q3: number;
  n: number;
}

function at(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (h - lo);
}

export function quartiles(values: (number | null | undefined)[]): Quartiles | null {
  const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  return { q1: at(v, 0.25), median: at(v, 0.5), q3: at(v, 0.75), n: v.length };
}

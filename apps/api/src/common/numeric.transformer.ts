import type { ValueTransformer } from 'typeorm';

// pg returns numeric as string to keep precision; our values (counts, 万元 amounts) fit a double.
export const numericTransformer: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

// Filters ↔ query string, as pure functions so they can be tested in node. A view is fully described by its
// URL: defaults are left out (short links), lists are comma-separated, junk falls back to the default.
export type FieldSpec =
  | { kind: 'string'; default: string }
  | { kind: 'number'; default: number | null }
  | { kind: 'strings'; default: string[] }
  | { kind: 'numbers'; default: number[] }
  | { kind: 'enum'; values: readonly string[]; default: string }
  | { kind: 'weights'; default: Record<string, number> };

export type Schema = Record<string, FieldSpec>;

type ValueOf<F extends FieldSpec> = F extends { kind: 'string' }
  ? string
  : F extends { kind: 'number' }
    ? number | null
    : F extends { kind: 'strings' }
      ? string[]
      : F extends { kind: 'numbers' }
        ? number[]
        : F extends { kind: 'enum' }
          ? string
          : Record<string, number>;

export type StateOf<S extends Schema> = { [K in keyof S]: ValueOf<S[K]> };

export type Query = Record<string, string | null | (string | null)[] | undefined>;

function first(v: Query[string]): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s ?? undefined;
}

function parseField(spec: FieldSpec, raw: string | undefined): unknown {
  if (raw === undefined || raw === '') return structuredClone(spec.default);
  switch (spec.kind) {
    case 'string':
      return raw;
    case 'number': {
      const n = Number(raw);
      return Number.isFinite(n) ? n : spec.default;
    }
    case 'strings':
      return raw.split(',').filter(Boolean);
    case 'numbers':
      return raw
        .split(',')
        .map(Number)
        .filter((n) => Number.isFinite(n));
    case 'enum':
      return spec.values.includes(raw) ? raw : spec.default;
    case 'weights': {
      // w=k1:0.5,k2:1 — the what-if weights of the ranking page
      const out: Record<string, number> = {};
      for (const part of raw.split(',')) {
        const [k, v] = part.split(':');
        const n = Number(v);
        if (k && Number.isFinite(n)) out[k] = n;
      }
      return out;
    }
  }
}

function formatField(spec: FieldSpec, v: unknown): string | undefined {
  switch (spec.kind) {
    case 'string':
    case 'enum':
      return v === spec.default || v === '' ? undefined : String(v);
    case 'number':
      return v === null || v === spec.default ? undefined : String(v);
    case 'strings':
    case 'numbers': {
      const s = (v as unknown[]).join(',');
      return s === spec.default.join(',') ? undefined : s;
    }
    case 'weights': {
      const entries = Object.entries(v as Record<string, number>);
      const same =
        entries.length === Object.keys(spec.default).length && entries.every(([k, n]) => spec.default[k] === n);
      return same ? undefined : entries.map(([k, n]) => `${k}:${n}`).join(',');
    }
  }
}

export function parseQuery<S extends Schema>(schema: S, query: Query): StateOf<S> {
  const out: Record<string, unknown> = {};
  for (const [k, spec] of Object.entries(schema)) out[k] = parseField(spec, first(query[k]));
  return out as StateOf<S>;
}

/** The query for a state; keys not in the schema (other pages' params) are kept as they were. */
export function toQuery<S extends Schema>(
  schema: S,
  state: Partial<StateOf<S>>,
  base: Query = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) {
    const s = first(v);
    if (!(k in schema) && s !== undefined) out[k] = s;
  }
  for (const [k, spec] of Object.entries(schema)) {
    const v = k in state ? (state as Record<string, unknown>)[k] : spec.default;
    const s = formatField(spec, v);
    if (s !== undefined) out[k] = s;
  }
  return out;
}

// Per-request DataLoaders kept on the GraphQL context: a field resolved for many parents costs one query, not N.
import DataLoader from 'dataloader';

export interface GqlContext {
  req?: { headers: Record<string, string | string[] | undefined>; ip?: string; user?: unknown };
  loaders?: Map<string, DataLoader<unknown, unknown>>;
}

export function loaderFor<K, V>(
  ctx: GqlContext,
  name: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
): DataLoader<K, V> {
  ctx.loaders ??= new Map();
  let l = ctx.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!l) {
    l = new DataLoader<K, V>(async (keys) => batch(keys));
    ctx.loaders.set(name, l as DataLoader<unknown, unknown>);
  }
  return l;
}

/** Orders rows to match the requested keys (DataLoader's contract); missing keys become `empty`. */
export function byKeys<K, R, V>(
  keys: readonly K[],
  rows: R[],
  keyOf: (r: R) => K,
  pick: (rs: R[]) => V,
  empty: V,
): V[] {
  const m = new Map<K, R[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return keys.map((k) => {
    const rs = m.get(k);
    return rs ? pick(rs) : empty;
  });
}

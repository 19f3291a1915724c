// Typed SQL: queries are written with sql-template-tag, so values are bound by name where they appear (no
// hand-numbered placeholders), and each query names the row type it returns. TypeORM stays the connection and
// migration runner; DataSource and EntityManager both offer query(text, values).
import base, { empty, join, raw, Sql, type Value } from 'sql-template-tag';

export { empty, join, raw, Sql };

// pg binds arrays (text[], int[]) and Buffers (bytea) as they are; the library's Value type only leaves them out.
export type Param = Value | readonly unknown[] | Buffer | Sql;
export const sql = base as unknown as (strings: TemplateStringsArray, ...values: Param[]) => Sql;

/**
 * A statement text kept with numbered placeholders (a migration's backfill: migrations are history) as a fragment,
 * each `$n` bound to `values[n - 1]`, so it nests in a typed query like any other.
 */
export function numbered(text: string, values: readonly Param[]): Sql {
  const parts = text.split(/\$(\d+)/);
  const at = (n: string): Param => {
    if (Number(n) < 1 || Number(n) > values.length)
      throw new RangeError(`placeholder ${'$'}${n} has no value (${values.length} given)`);
    return values[Number(n) - 1];
  };
  return new Sql(
    parts.filter((_, i) => i % 2 === 0),
    parts.filter((_, i) => i % 2 === 1).map(at) as Value[],
  );
}

export interface Queryable {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

/** Rows are objects, never arrays: TypeORM answers an UPDATE or DELETE with [rows, affected count] instead. */
const isCounted = (r: unknown): r is [unknown[], number] =>
  Array.isArray(r) && r.length === 2 && Array.isArray(r[0]) && typeof r[1] === 'number';

/** The rows a statement returns (a SELECT's, or the RETURNING rows of an INSERT, UPDATE or DELETE), typed as `T`. */
export async function rows<T>(db: Queryable, q: Sql): Promise<T[]> {
  const r = await db.query(q.text, q.values);
  return (isCounted(r) ? r[0] : r) as T[];
}

export async function first<T>(db: Queryable, q: Sql): Promise<T | null> {
  return (await rows<T>(db, q))[0] ?? null;
}

export async function exec(db: Queryable, q: Sql): Promise<void> {
  await db.query(q.text, q.values);
}

// Typed SQL: queries are written with sql-template-tag, so values are bound by name where they appear (no
// hand-numbered placeholders), and each query names the row type it returns. TypeORM stays the connection and
// migration runner; DataSource and EntityManager both offer query(text, values).
import base, { empty, join, raw, type Sql, type Value } from 'sql-template-tag';

export { empty, join, raw, type Sql };

// pg binds arrays (text[], int[]) and Buffers (bytea) as they are; the library's Value type only leaves them out.
export type Param = Value | readonly unknown[] | Buffer | Sql;
export const sql = base as unknown as (strings: TemplateStringsArray, ...values: Param[]) => Sql;

export interface Queryable { query(text: string, values?: unknown[]): Promise<unknown> }

export async function rows<T>(db: Queryable, q: Sql): Promise<T[]> {
  return (await db.query(q.text, q.values)) as T[];
}

export async function first<T>(db: Queryable, q: Sql): Promise<T | null> {
  return (await rows<T>(db, q))[0] ?? null;
}

export async function exec(db: Queryable, q: Sql): Promise<void> {
  await db.query(q.text, q.values);
}

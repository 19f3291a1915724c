// Many rows in one statement, by column name: `unnestRows(rows, COLUMNS)` is `unnest(<one array per column>) AS t(<names>)`,
// each array bound as one value through sql-template-tag. The column list is a typed record over the row type, so a
// column's name, its SQL type and its values are written once, side by side, and a row field without a type (or a type
// without a field) does not compile. Used where a batch of rows goes in at once (ingest) instead of one placeholder
// per value, which pg caps at 65,535 per statement and plans anew for every batch size.
import { join, raw, sql, type Sql } from './sql';

/** SQL element type of each column (the array is cast to `<type>[]`). */
export type ColumnTypes<R> = { readonly [K in keyof R]-?: string };

/** `unnest($1::t1[], $2::t2[], …) AS <alias>(c1, c2, …)`: a FROM item with one row per element of `rows`. */
export function unnestRows<R extends object>(rows: readonly R[], types: ColumnTypes<R>, alias: string): Sql {
  const names = Object.keys(types) as (keyof R & string)[];
  const arrays = names.map((n) => sql`${rows.map((r) => r[n] ?? null)}::${raw(types[n])}[]`);
  return sql`unnest(${join(arrays)}) AS ${raw(alias)}(${raw(names.join(', '))})`;
}

/** The column names of a column list, for `INSERT INTO t (…)` lists that take them all. */
export const columnNames = <R extends object>(types: ColumnTypes<R>): Sql => raw(Object.keys(types).join(', '));

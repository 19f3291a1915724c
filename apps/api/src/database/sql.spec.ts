// The typed helper: values bound in the order they appear, fragments nested with their values, and the rows of an
// UPDATE or DELETE returned as rows (TypeORM answers those with [rows, affected count]).
import { empty, first, join, numbered, rows, sql, type Queryable } from './sql';

const answering = (result: unknown): Queryable & { seen: unknown[][] } => {
  const seen: unknown[][] = [];
  return {
    seen,
    query: (text: string, values?: unknown[]) => {
      seen.push([text, values]);
      return Promise.resolve(result);
    },
  };
};

describe('sql', () => {
  it('numbers the placeholders of nested fragments in order, each value once where it appears', () => {
    const where = join([sql`a.id = ANY(${[1, 2]}::int[])`, sql`a.name ILIKE ${'%x%'}`], ' AND ');
    const q = sql`SELECT 1 FROM agency a WHERE ${where} ${empty} LIMIT ${5}`;
    expect(q.text).toBe('SELECT 1 FROM agency a WHERE a.id = ANY($1::int[]) AND a.name ILIKE $2  LIMIT $3');
    expect(q.values).toEqual([[1, 2], '%x%', 5]);
  });

  it('returns the rows of a SELECT as they come', async () => {
    const db = answering([{ id: 1 }, { id: 2 }]);
    expect(await rows<{ id: number }>(db, sql`SELECT id FROM t WHERE x = ${3}`)).toEqual([{ id: 1 }, { id: 2 }]);
    expect(db.seen).toEqual([['SELECT id FROM t WHERE x = $1', [3]]]);
  });

  it("returns the RETURNING rows of an UPDATE or DELETE, not TypeORM's [rows, count] pair", async () => {
    expect(
      await rows<{ id: string }>(answering([[], 0]), sql`UPDATE t SET a = 1 WHERE id = ${9} RETURNING id`),
    ).toEqual([]);
    expect(
      await first<{ id: string }>(answering([[{ id: '9' }], 1]), sql`DELETE FROM t WHERE id = ${9} RETURNING id`),
    ).toEqual({ id: '9' });
  });
});

describe('numbered', () => {
  it("binds a numbered statement's placeholders by number and nests it with its values renumbered", () => {
    const q = sql`${numbered('UPDATE t SET a = $2, b = $1, c = $2', ['x', 'y'])} WHERE id = ${7}`;
    expect(q.text).toBe('UPDATE t SET a = $1, b = $2, c = $3 WHERE id = $4');
    expect(q.values).toEqual(['y', 'x', 'y', 7]);
  });
  it('refuses a placeholder without a value, naming it', () => {
    expect(() => numbered('SELECT $3', ['a'])).toThrow('placeholder $3 has no value (1 given)');
  });
});

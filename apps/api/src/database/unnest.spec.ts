// unnestRows: one bound array per column, in the order of the typed column list, with its element type; a missing
// value travels as null, so every array has one element per row and the rows stay aligned.
import { unnestRows, columnNames } from './unnest';

interface Row {
  id: string;
  n: number | null;
  note?: string;
}
const TYPES = { id: 'bigint', n: 'int', note: 'text' } as const;

describe('unnestRows', () => {
  it('binds one array per column, named in the alias list, cast to its element type', () => {
    const q = unnestRows<Row>(
      [
        { id: '7', n: 1, note: 'a' },
        { id: '8', n: null },
      ],
      TYPES,
      't',
    );
    expect(q.text).toBe('unnest($1::bigint[],$2::int[],$3::text[]) AS t(id, n, note)');
    expect(q.values).toEqual([
      ['7', '8'],
      [1, null],
      ['a', null],
    ]);
  });
  it('takes no rows as empty arrays (a batch with no findings)', () => {
    const q = unnestRows<Row>([], TYPES, 'f');
    expect(q.values).toEqual([[], [], []]);
  });
  it('lists the columns for an INSERT in the same order', () => {
    expect(columnNames<Row>(TYPES).sql).toBe('id, n, note');
  });
});

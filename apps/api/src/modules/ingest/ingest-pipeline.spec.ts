import { batchEnd } from './ingest-pipeline';

describe('batchEnd', () => {
  // Bodies a, b, c with 3, 4 and 2 files.
  const bodies = ['a', 'a', 'a', 'b', 'b', 'b', 'b', 'c', 'c'];
  const groupOf = (i: number) => bodies[i];

  it("ends a batch where a body's run starts rather than splitting it between two batches", () => {
    expect(batchEnd(0, bodies.length, 5, groupOf)).toBe(3);
    expect(batchEnd(3, bodies.length, 5, groupOf)).toBe(7);
    expect(batchEnd(7, bodies.length, 5, groupOf)).toBe(9);
  });

  it('cuts a run longer than a batch where the batch is full; without bodies, every batch is full', () => {
    expect(batchEnd(3, bodies.length, 2, groupOf)).toBe(5);
    expect(batchEnd(0, bodies.length, 5)).toBe(5);
    expect(batchEnd(0, bodies.length, 5, () => undefined)).toBe(5);
  });

  it('a batch at the end of the files takes what is left', () => {
    expect(batchEnd(6, bodies.length, 16, groupOf)).toBe(9);
  });
});

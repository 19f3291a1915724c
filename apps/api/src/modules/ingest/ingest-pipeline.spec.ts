import type { ParsedReport } from '@dh/domain';
import { batchEnd, runIngestPipeline } from './ingest-pipeline';
import type { IngestInput, IngestResult, IngestService } from './ingest.service';

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

describe('runIngestPipeline without groupOf (the CLI)', () => {
  // Files of bodies a, a, a, b, b, b, b, c, c; the body is printed in the file, not known before parsing it.
  const names = ['甲局', '甲局', '甲局', '乙局', '乙局', '乙局', '乙局', '丙局', '丙局'];
  const parse = async (x: { fileName: string }) =>
    ({ agencyName: names[Number(x.fileName)] }) as unknown as ParsedReport;
  const load = async (i: number): Promise<IngestInput | IngestResult> => ({
    bytes: new Uint8Array(),
    fileName: String(i),
  });

  async function batchesOf(lanes: number, loadOf = load): Promise<{ batches: string[][]; files: string[] }> {
    const batches: string[][] = [];
    const svc = {
      storeBatch: async (items: { input: IngestInput }[]) => {
        batches.push(items.map((x) => x.input.fileName));
        await new Promise((r) => setTimeout(r, 1));
        return items.map((x) => ({ fileName: x.input.fileName, status: 'new' }) as IngestResult);
      },
    } as unknown as IngestService;
    const { results } = await runIngestPipeline(svc, names.length, loadOf, parse, { lanes, batchSize: 5, ahead: 2 });
    return { batches, files: results.map((r) => r.fileName) };
  }

  it("groups by the body each file names once parsed, so a body's years share one batch", async () => {
    const { batches, files } = await batchesOf(1);
    expect(batches).toEqual([
      ['0', '1', '2'],
      ['3', '4', '5', '6'],
      ['7', '8'],
    ]);
    expect(files).toEqual(names.map((_, i) => String(i)));
  });

  it('two lanes never take the same files, and every file gets its own result in order', async () => {
    const { batches, files } = await batchesOf(2);
    expect(batches.flat().sort()).toEqual(names.map((_, i) => String(i)).sort());
    expect(batches.map((b) => b.length).sort()).toEqual([2, 3, 4]);
    expect(files).toEqual(names.map((_, i) => String(i)));
  });

  it("a file that cannot be read fails alone and splits no body's run", async () => {
    const failing = async (i: number) =>
      i === 4 ? ({ fileName: '4', status: 'failed', error: '4: cannot read' } as IngestResult) : load(i);
    const { batches, files } = await batchesOf(1, failing);
    expect(batches).toEqual([
      ['0', '1', '2'],
      ['3', '5', '6'],
      ['7', '8'],
    ]);
    expect(files).toEqual(names.map((_, i) => String(i)));
  });
});

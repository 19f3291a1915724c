import { parseReport, ReportReadError } from '@dh/parser';
import parseTask from './parse-worker';

jest.mock('@dh/parser', () => ({ ...jest.requireActual('@dh/parser'), parseReport: jest.fn() }));
const parse = parseReport as jest.MockedFunction<typeof parseReport>;

// The worker's task answers every outcome of the parser as data, so a rejected run can only mean the worker ended.
describe('parse worker task', () => {
  const job = { bytes: new Uint8Array([1]), fileName: 'x.html' };

  it("answers the parser's refusal as its reason and message", async () => {
    parse.mockRejectedValueOnce(new ReportReadError('x.html', 'binary', 'looks like a binary file'));
    expect(await parseTask(job)).toEqual({
      readError: { reason: 'binary', message: expect.stringMatching(/^x\.html: /) },
    });
  });

  it('answers a parser bug as a fault with its name and message, instead of throwing', async () => {
    parse.mockRejectedValueOnce(new TypeError('cannot read properties of undefined'));
    await expect(parseTask(job)).resolves.toEqual({
      fault: { name: 'TypeError', message: 'cannot read properties of undefined' },
    });
    parse.mockRejectedValueOnce('a string');
    await expect(parseTask(job)).resolves.toEqual({ fault: { name: 'Error', message: 'a string' } });
  });
});

// `ingest` options as typed on the command line: --published-on takes a real past day, a bad one is refused by name.
import { parseIngestArgs } from './ingest.command';

describe('parseIngestArgs --published-on', () => {
  it('passes a real date through to every file of the batch', () => {
    expect(parseIngestArgs(['a.html', '--published-on', '2023-01-09', 'b.txt'])).toMatchObject({ files: ['a.html', 'b.txt'], publishedOn: '2023-01-09' });
  });
  it.each([
    [['a.html', '--published-on', '2023-02-30'], '--published-on "2023-02-30" is not a calendar date'],
    [['a.html', '--published-on', '2023年1月9日'], '--published-on "2023年1月9日" is not a date written YYYY-MM-DD'],
    [['a.html', '--published-on'], '--published-on needs a value'],
  ])('refuses %j', (args, msg) => expect(parseIngestArgs(args)).toBe(msg));
});

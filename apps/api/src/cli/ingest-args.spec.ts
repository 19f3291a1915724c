// `ingest` options as typed on the command line: --published-on takes a real past day, a bad one is refused by name.
import { parseIngestArgs } from './ingest.command';

describe('parseIngestArgs --published-on', () => {
  it('passes a real date through to every file of the batch', () => {
    expect(parseIngestArgs(['a.html', '--published-on', '2023-01-09', 'b.txt'])).toMatchObject({
      files: ['a.html', 'b.txt'],
      publishedOn: '2023-01-09',
    });
  });
  it.each([
    [['a.html', '--published-on', '2023-02-30'], '--published-on "2023-02-30" is not a calendar date'],
    [['a.html', '--published-on', '2023年1月9日'], '--published-on "2023年1月9日" is not a date written YYYY-MM-DD'],
    [['a.html', '--published-on'], '--published-on needs a value'],
  ])('refuses %j', (args, msg) => expect(parseIngestArgs(args)).toBe(msg));
});

describe('parseIngestArgs (util.parseArgs)', () => {
  it('reads every option, in either spelling', () => {
    expect(
      parseIngestArgs([
        'd/',
        '--region',
        '辽宁省/鞍山市',
        '--agency=鞍山市教育局',
        '--year',
        '2023',
        '--override',
        '--concurrency',
        '3',
        '--batch',
        '8',
      ]),
    ).toEqual({
      files: ['d/'],
      region: ['辽宁省', '鞍山市'],
      agency: '鞍山市教育局',
      year: 2023,
      override: true,
      concurrency: 3,
      batch: 8,
    });
  });
  it('batches by default and splits a 名录-style region', () => {
    const o = parseIngestArgs(['a.html', '--region', '辽宁省·鞍山市']);
    expect(o).toMatchObject({ region: ['辽宁省', '鞍山市'] });
    expect(typeof o !== 'string' && o.batch).toBeGreaterThan(1);
  });
  it.each([
    [['a.html', '--agency', '--year', '2023'], '--agency needs a value'],
    [['a.html', '--year', '20x3'], '--year 20x3: not a year'],
    [['a.html', '--batch', '0'], '--batch 0: not a positive integer'],
    [['a.html', '--concurrency', '1.5'], '--concurrency 1.5: not a positive integer'],
    [['a.html', '--colour'], 'unknown option --colour'],
    [['--year', '2023'], 'no files or directories given'],
  ])('refuses %j', (args, msg) => expect(parseIngestArgs(args)).toBe(msg));
});

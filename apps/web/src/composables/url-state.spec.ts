import { parseQuery, toQuery, type Schema } from './url-state';

const schema = {
  year: { kind: 'number', default: 2022 },
  region: { kind: 'string', default: '' },
  agencies: { kind: 'strings', default: [] },
  years: { kind: 'numbers', default: [2021, 2022] },
  groupBy: { kind: 'enum', values: ['agency', 'type', 'region'], default: 'agency' },
  w: { kind: 'weights', default: { timely: 1, complete: 1 } },
} satisfies Schema;

describe('url state', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseQuery(schema, {})).toEqual({
      year: 2022,
      region: '',
      agencies: [],
      years: [2021, 2022],
      groupBy: 'agency',
      w: { timely: 1, complete: 1 },
    });
  });

  it('reads every kind of field', () => {
    const s = parseQuery(schema, {
      year: '2020',
      region: '福建',
      agencies: '3,7',
      years: '2019,2020,2021',
      groupBy: 'type',
      w: 'timely:0.5,complete:2',
    });
    expect(s).toEqual({
      year: 2020,
      region: '福建',
      agencies: ['3', '7'],
      years: [2019, 2020, 2021],
      groupBy: 'type',
      w: { timely: 0.5, complete: 2 },
    });
  });

  it('falls back to the default on junk', () => {
    const s = parseQuery(schema, { year: 'abc', groupBy: 'planet', years: 'x,2020' });
    expect(s.year).toBe(2022);
    expect(s.groupBy).toBe('agency');
    expect(s.years).toEqual([2020]);
  });

  it('leaves defaults out of the query and round-trips the rest', () => {
    const state = { ...parseQuery(schema, {}), year: 2019, agencies: ['5'], w: { timely: 3, complete: 1 } };
    const q = toQuery(schema, state);
    expect(q).toEqual({ year: '2019', agencies: '5', w: 'timely:3,complete:1' });
    expect(parseQuery(schema, q)).toEqual(state);
  });

  it('keeps parameters that belong to someone else', () => {
    expect(toQuery(schema, { year: 2021 }, { lang: 'en', year: '2000' })).toEqual({ lang: 'en', year: '2021' });
  });

  it('does not share default arrays between states', () => {
    const a = parseQuery(schema, {});
    a.years.push(1999);
    expect(parseQuery(schema, {}).years).toEqual([2021, 2022]);
  });
});

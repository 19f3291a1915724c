import { METRIC_BY_KEY, METRICS } from '@dh/domain';
import { FACT_PARAMS } from '../../database/migrations/1768000000000-revision-facts-keys';
import { HIERARCHY_KEYS } from '../finding/finding.repository';
import { FACT_KEYS, FACT_LISTS, SUM_KEYS, TEMPLATE_KEYS } from './indicators';

// The key lists handed to SQL name only cells the catalogue (the template registry) has: a renamed row or column
// fails here instead of summing nothing.
describe('key lists handed to SQL', () => {
  it('name catalogue keys only', () => {
    const lists = [
      HIERARCHY_KEYS,
      ...Object.values(SUM_KEYS),
      ...Object.entries(FACT_KEYS)
        .filter(([k]) => k !== 'tables')
        .map(([, v]) => v),
    ];
    const unknown = lists.flat().filter((k) => !METRIC_BY_KEY.has(k));
    expect(unknown).toEqual([]);
    for (const keys of Object.values(TEMPLATE_KEYS)) expect(keys.filter((k) => !METRIC_BY_KEY.has(k))).toEqual([]);
  });

  it('count as tables exactly the tables the catalogue has', () => {
    expect(new Set(FACT_KEYS.tables)).toEqual(new Set(METRICS.map((m) => m.key.split('.')[0])));
  });

  it('are passed in the order the SQL function takes them', () => {
    expect(FACT_LISTS).toEqual(FACT_PARAMS.map((p) => [...FACT_KEYS[p]]));
    expect(FACT_LISTS[1]).toEqual(['t2.licensing.decisions', 't2.penalty.decisions', 't2.coercion.decisions']);
  });
});

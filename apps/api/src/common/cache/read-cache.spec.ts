import { operationKind } from './read-cache.middleware';
import { ReadCache } from './read-cache';

describe('operationKind', () => {
  it('tells reads from writes, by the named operation when there are several', () => {
    expect(operationKind('{ metrics { key } }')).toBe('query');
    expect(operationKind('query Q { metrics { key } }')).toBe('query');
    expect(operationKind('mutation { addAgencyAlias(agencyId: 1, alias: "x") { id } }')).toBe('write');
    const both = 'query A { metrics { key } } mutation B { x }';
    expect(operationKind(both, 'A')).toBe('query');
    expect(operationKind(both, 'B')).toBe('write');
    expect(operationKind(both)).toBe('write');
    expect(operationKind('subscription { x }')).toBe('write');
    expect(operationKind('{ not closed')).toBe('unknown');
    expect(operationKind(`${'{ a '.repeat(5000)}${'}'.repeat(5000)}`)).toBe('unknown');
  });
});

describe('ReadCache', () => {
  it('gives an answer back only in the generation it was computed in', () => {
    const c = new ReadCache();
    const k = ReadCache.key(['q', { a: 1 }]);
    c.set(k, c.generation, '{"data":1}', 'application/json');
    expect(c.get(k)?.body).toBe('{"data":1}');
    c.bump();
    expect(c.get(k)).toBeUndefined();
    // An answer computed before a write finishes after it: not stored.
    const before = c.generation;
    c.bump();
    c.set(k, before, '{"data":0}', 'application/json');
    expect(c.get(k)).toBeUndefined();
  });
});

import { logLevels } from './server';

describe('LOG_LEVEL', () => {
  it('keeps start-up quiet by default and widens level by level', () => {
    expect(logLevels(undefined)).toEqual(['error', 'warn']);
    expect(logLevels('error')).toEqual(['error']);
    expect(logLevels('log')).toEqual(['error', 'warn', 'log']);
    expect(logLevels('debug')).toEqual(['error', 'warn', 'log', 'debug']);
    expect(logLevels('loud')).toEqual(['error', 'warn']); // unknown: the default
  });
});

import { loadConfig } from './config/app-config';
import { logLevels } from './server';

describe('LOG_LEVEL', () => {
  it('keeps start-up quiet by default and widens level by level', () => {
    expect(logLevels(loadConfig({}).logLevel)).toEqual(['error', 'warn']);
    expect(logLevels('error')).toEqual(['error']);
    expect(logLevels('log')).toEqual(['error', 'warn', 'log']);
    expect(logLevels('debug')).toEqual(['error', 'warn', 'log', 'debug']);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(
      'LOG_LEVEL must be one of error, warn, log, debug, verbose, not "loud"',
    );
  });
});

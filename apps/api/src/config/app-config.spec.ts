import { StartupError } from '../common/startup-error';
import { loadConfig } from './app-config';

const refusal = (env: NodeJS.ProcessEnv): string => {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(StartupError);
    return (e as Error).message;
  }
  throw new Error('no error');
};

describe('config', () => {
  it('gives the documented defaults when nothing is set, blank counting as unset', () => {
    const c = loadConfig({ PORT: '', READ_CACHE_MB: '  ' });
    expect(c).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      databaseUrl: null,
      pgliteDataDir: 'data/pg',
      demoData: true,
      demoSynthAgencies: 30,
      readOpen: true,
      rateLimitPerMin: 600,
      logLevel: 'warn',
      homeRegion: null,
      trustProxy: false,
      session: { ttlMs: 480 * 60_000, maxFailures: 5, lockMs: 15 * 60_000 },
      monitor: { intervalMin: 0, allowHosts: [] },
      readCache: { mb: 64, ttlS: 60 },
      graphql: { maxDepth: 10, maxComplexity: 3000, dbFieldCost: 25 },
    });
    expect(c.parsePool.threads).toBeGreaterThanOrEqual(1);
    expect(c.parsePool).toMatchObject({ timeoutMs: 60_000, heapMb: 512 });
  });

  it('types what is set', () => {
    const c = loadConfig({
      PORT: '3104',
      DATABASE_URL: 'postgres://u@h:5432/db',
      DEMO_DATA: 'off',
      READ_ACCESS: 'token',
      RATE_LIMIT_PER_MIN: '0',
      SESSION_MINUTES: '30',
      MONITOR_ALLOW_HOSTS: ' a.gov.cn, 127.0.0.1 ,',
      READ_CACHE_MB: '0',
      PARSE_WORKERS: '3',
      HOME_REGION: '合成省/合成市',
    });
    expect(c).toMatchObject({
      port: 3104,
      databaseUrl: 'postgres://u@h:5432/db',
      demoData: false,
      readOpen: false,
      rateLimitPerMin: 0,
      homeRegion: '合成省/合成市',
      session: { ttlMs: 30 * 60_000 },
      monitor: { allowHosts: ['a.gov.cn', '127.0.0.1'] },
      readCache: { mb: 0 },
      parsePool: { threads: 3 },
    });
  });

  it('reads TRUST_PROXY as Express expects it: off, true, a hop count or addresses', () => {
    expect(['', 'false', '0'].map((v) => loadConfig({ TRUST_PROXY: v }).trustProxy)).toEqual([false, false, false]);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: ' loopback, 10.0.0.0/8 ' }).trustProxy).toBe('loopback, 10.0.0.0/8');
  });

  it('refuses a bad value naming the variable and what it got', () => {
    expect(refusal({ PORT: 'abc' })).toBe('invalid configuration: PORT must be a whole number, not "abc"');
    expect(refusal({ PORT: '70000' })).toBe('invalid configuration: PORT must be at most 65535, not "70000"');
    expect(refusal({ READ_CACHE_MB: '-1' })).toBe('invalid configuration: READ_CACHE_MB must be at least 0, not "-1"');
    expect(refusal({ RATE_LIMIT_PER_MIN: 'x' })).toBe(
      'invalid configuration: RATE_LIMIT_PER_MIN must be a whole number, not "x"',
    );
    expect(refusal({ PARSE_TIMEOUT_MS: '1.5' })).toBe(
      'invalid configuration: PARSE_TIMEOUT_MS must be a whole number, not "1.5"',
    );
    expect(refusal({ READ_ACCESS: 'closed' })).toBe(
      'invalid configuration: READ_ACCESS must be one of open, token, not "closed"',
    );
    expect(refusal({ DEMO_DATA: 'no' })).toBe('invalid configuration: DEMO_DATA must be one of on, off, not "no"');
    expect(refusal({ DATABASE_URL: 'mysql://x' })).toBe(
      'invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// URL, not "mysql://x"',
    );
    expect(refusal({ DOCX_MAX_UNPACKED_MB: '0' })).toBe(
      'invalid configuration: DOCX_MAX_UNPACKED_MB must be at least 1, not "0"',
    );
  });

  it('names every bad variable at once', () => {
    expect(refusal({ PORT: 'abc', READ_CACHE_MB: '-1', HOST: 'localhost' })).toBe(
      'invalid configuration: PORT must be a whole number, not "abc"; READ_CACHE_MB must be at least 0, not "-1"',
    );
  });

  it('ignores variables it does not know (the rest of the environment)', () => {
    expect(loadConfig({ PATH: '/usr/bin', HOME: '/root' }).port).toBe(3000);
  });
});

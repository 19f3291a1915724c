import { loadConfig } from '../../config/app-config';
import { capacity } from './capacity';

const cap = (env: NodeJS.ProcessEnv) => capacity(loadConfig(env));

describe('capacity', () => {
  it('sizes the pool for a real server, and to two on the embedded database, with admission matching the pool', () => {
    const real = cap({ DATABASE_URL: 'postgres://x/y' });
    expect(real.poolMax).toBe(8);
    expect(real.admission).toEqual({ concurrency: 8, maxQueue: 1000, perClient: 50, maxWaitMs: 5000 });
    expect(real.statementTimeoutMs).toBe(15_000);
    expect(cap({}).poolMax).toBe(2);
    expect(cap({}).admission.maxWaitMs).toBe(15_000);
    expect(real).toMatchObject({ requestDeadlineMs: 9_000, shutdownGraceMs: 10_000 });
    expect(cap({}).requestDeadlineMs).toBe(0);
    expect(cap({ REQUEST_DEADLINE_MS: '0', SHUTDOWN_GRACE_MS: '2500' })).toMatchObject({
      requestDeadlineMs: 0,
      shutdownGraceMs: 2500,
    });
    expect(cap({ DB_POOL_MAX: '4', STATEMENT_TIMEOUT_MS: '0' })).toMatchObject({
      poolMax: 4,
      statementTimeoutMs: 0,
      admission: { concurrency: 4 },
    });
  });

  it('refuses a setting that is not a whole number in range, naming it', () => {
    expect(() => cap({ DB_POOL_MAX: '0' })).toThrow('DB_POOL_MAX must be at least 1, not "0"');
    expect(() => cap({ API_QUEUE_WAIT_MS: 'soon' })).toThrow('API_QUEUE_WAIT_MS must be a whole number, not "soon"');
    expect(() => cap({ REQUEST_DEADLINE_MS: '-1' })).toThrow('REQUEST_DEADLINE_MS must be at least 0, not "-1"');
  });
});

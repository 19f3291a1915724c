// Issue 14: PGlite computes each query synchronously. On the app's thread that froze every request (cached answers and
// the queue's 503s included) until the query ended; in its own worker thread the app's event loop keeps running.
import { Client } from 'pg';

const onEmbedded = process.env.TEST_DB_KIND === 'pglite' ? describe : describe.skip;

onEmbedded('the embedded database runs in its own thread', () => {
  it('keeps this thread answering while a long query runs', async () => {
    const c = new Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    try {
      let last = performance.now();
      let maxGap = 0;
      const tick = setInterval(() => {
        const now = performance.now();
        maxGap = Math.max(maxGap, now - last);
        last = now;
      }, 5);
      const t0 = performance.now();
      const r = await c.query('SELECT count(*)::int AS n FROM generate_series(1, 3000000)');
      const took = performance.now() - t0;
      clearInterval(tick);
      expect(r.rows).toEqual([{ n: 3_000_000 }]);
      // Long enough that a blocked thread would show: the largest pause between timer ticks would be the whole query.
      expect(took).toBeGreaterThan(300);
      expect(maxGap).toBeLessThan(took / 2);
    } finally {
      await c.end();
    }
  }, 60_000);
});

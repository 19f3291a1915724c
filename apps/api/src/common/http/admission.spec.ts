import { Admission, Overloaded } from './admission';

const opts = { concurrency: 2, maxQueue: 4, perClient: 3, maxWaitMs: 10_000 };
const tick = () => new Promise((r) => setImmediate(r));

describe('Admission', () => {
  it('lets `concurrency` requests run and queues the rest until one finishes', async () => {
    const a = new Admission(opts);
    const r1 = await a.acquire('a');
    await a.acquire('b');
    let third = false;
    const p = a.acquire('c').then((r) => {
      third = true;
      return r;
    });
    await tick();
    expect(third).toBe(false);
    expect(a.stats).toEqual({ running: 2, waiting: 1, clients: 1 });
    r1();
    r1(); // a second release of the same slot frees nothing more
    (await p)();
    expect(third).toBe(true);
    expect(a.stats.running).toBe(1);
  });

  it('refuses a request past its own shorter wait (a read with a deadline) while others keep the default wait', async () => {
    const a = new Admission({ ...opts, concurrency: 1 });
    const held = await a.acquire('x');
    const t0 = Date.now();
    const patient = a.acquire('y');
    await expect(a.acquire('z', 50)).rejects.toMatchObject({ reason: 'wait_timeout' });
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(a.stats.waiting).toBe(1);
    held();
    (await patient)();
  });

  it('serves waiting clients round-robin: a burst of one client does not go before another client', async () => {
    const a = new Admission({ ...opts, concurrency: 1, maxQueue: 10 });
    const first = await a.acquire('x');
    const order: string[] = [];
    const wait = (c: string) =>
      a.acquire(c).then((r) => {
        order.push(c);
        r();
      });
    const all = [wait('burst'), wait('burst'), wait('burst'), wait('other')];
    first();
    await Promise.all(all);
    expect(order).toEqual(['burst', 'other', 'burst', 'burst']);
  });

  it('refuses a client past its share and anyone once the queue is full, with a retry time', async () => {
    const a = new Admission({ ...opts, concurrency: 1, maxWaitMs: 50 });
    await a.acquire('x');
    const held = [a.acquire('greedy'), a.acquire('greedy'), a.acquire('greedy')];
    await expect(a.acquire('greedy')).rejects.toMatchObject({ reason: 'client_share', retryAfterS: 1 });
    held.push(a.acquire('polite'));
    const refused = await a.acquire('late').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Overloaded);
    expect((refused as Overloaded).reason).toBe('queue_full');
    expect(a.stats.waiting).toBe(4);
    // Nobody releases: every waiter is refused in time, none is left behind.
    const outcomes = await Promise.all(
      held.map((p) =>
        p.then(
          () => 'admitted',
          (e: Overloaded) => e.reason,
        ),
      ),
    );
    expect(outcomes).toEqual(['wait_timeout', 'wait_timeout', 'wait_timeout', 'wait_timeout']);
    expect(a.stats.waiting).toBe(0);
  });

  it('refuses a request that waited longer than maxWaitMs and forgets it', async () => {
    jest.useFakeTimers();
    try {
      const a = new Admission({ ...opts, concurrency: 1, maxWaitMs: 1000 });
      const r = await a.acquire('x');
      const p = a.acquire('y');
      jest.advanceTimersByTime(1001);
      await expect(p).rejects.toMatchObject({ reason: 'wait_timeout' });
      expect(a.stats).toEqual({ running: 1, waiting: 0, clients: 0 });
      r();
      expect(a.stats.running).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });
});

import { latestPerKey, type Outcome } from './latest-question';

// Answers released by hand, in the order each test chooses (a slow server answers out of order).
function harness() {
  const pending: { resolve: (v: string) => void; reject: (e: Error) => void }[] = [];
  const kept: Outcome<string>[] = [];
  const ask = latestPerKey(
    () => new Promise<string>((resolve, reject) => pending.push({ resolve, reject })),
    (o) => kept.push(o),
  );
  return { pending, kept, ask };
}

describe('latestPerKey (whoami per credentials)', () => {
  it('page parts asking at once with the same credentials share one request', async () => {
    const { pending, kept, ask } = harness();
    const a = ask('visitor');
    const b = ask('visitor');
    expect(pending).toHaveLength(1);
    pending[0].resolve('visitor-answer');
    await Promise.all([a, b]);
    expect(kept).toEqual([{ ok: true, value: 'visitor-answer' }]);
  });

  it('new credentials ask anew, and the older answer arriving late is dropped', async () => {
    const { pending, kept, ask } = harness();
    const atMount = ask('visitor');
    const entered = ask('token:admin');
    expect(pending).toHaveLength(2);
    pending[1].resolve('admin');
    pending[0].resolve('visitor-late');
    await Promise.all([atMount, entered]);
    expect(kept).toEqual([{ ok: true, value: 'admin' }]);
  });

  it('whoever waited on the older question waits on to the newest answer', async () => {
    const { pending, kept, ask } = harness();
    let settled = false;
    const older = ask('visitor').then(() => {
      settled = true;
    });
    const latest = ask('token:admin');
    pending[0].resolve('visitor');
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(settled).toBe(false);
    pending[1].reject(new Error('busy'));
    await Promise.all([latest, older]);
    expect(settled).toBe(true);
    expect(kept).toEqual([{ ok: false, error: new Error('busy') }]);
  });

  it('asks again once an answer is in, so a failed whoami is not the last word', async () => {
    const { pending, kept, ask } = harness();
    const first = ask('token:admin');
    pending[0].reject(new Error('busy'));
    await first;
    const second = ask('token:admin');
    expect(pending).toHaveLength(2);
    pending[1].resolve('admin');
    await second;
    expect(kept.map((o) => o.ok)).toEqual([false, true]);
  });
});

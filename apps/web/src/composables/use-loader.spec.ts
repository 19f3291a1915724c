import { nextTick, ref } from 'vue';
import { useLoader } from './use-loader';

// A promise the test settles by hand, to decide which answer arrives first.
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: Error) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useLoader', () => {
  it('keeps the newest answer when an older one arrives after it', async () => {
    const answers = [deferred<string>(), deferred<string>()];
    let asked = 0;
    const l = useLoader(() => answers[asked++].promise);
    const first = l.load();
    const second = l.load();
    expect(l.loading.value).toBe(true);
    answers[1].resolve('second filter');
    expect(await second).toBe(true);
    expect(l.data.value).toBe('second filter');
    expect(l.loading.value).toBe(false);
    answers[0].resolve('first filter (slow)');
    expect(await first).toBe(false);
    expect(l.data.value).toBe('second filter');
    expect(l.loading.value).toBe(false);
  });

  it('drops a late error of a superseded question, and shows the newest one', async () => {
    const answers = [deferred<number>(), deferred<number>(), deferred<number>()];
    let asked = 0;
    const l = useLoader(() => answers[asked++].promise);
    const first = l.load();
    const second = l.load();
    answers[1].reject(new Error('HTTP 500'));
    await second;
    expect(l.error.value).toBe('HTTP 500');
    answers[0].reject(new Error('old failure'));
    await first;
    expect(l.error.value).toBe('HTTP 500');
    const third = l.load();
    expect(l.error.value).toBe('');
    answers[2].resolve(3);
    await third;
    expect(l).toMatchObject({ data: { value: 3 }, error: { value: '' }, loading: { value: false } });
  });

  it('asks at once and again when its watched state changes; current() turns false for a superseded ask', async () => {
    const filter = ref(1);
    const seen: number[] = [];
    const currents: (() => boolean)[] = [];
    const l = useLoader(
      (current) => {
        currents.push(current);
        seen.push(filter.value);
        return Promise.resolve(filter.value * 10);
      },
      { watch: filter },
    );
    await Promise.resolve();
    expect(seen).toEqual([1]);
    filter.value = 2;
    await nextTick();
    await Promise.resolve();
    expect(seen).toEqual([1, 2]);
    expect(currents.map((c) => c())).toEqual([false, true]);
    await l.load();
    expect(l.data.value).toBe(20);
  });

  it('clears the old answer while asking when told not to keep it', async () => {
    const d = deferred<string>();
    let calls = 0;
    const l = useLoader(() => (calls++ ? d.promise : Promise.resolve('a')), { keepStale: false });
    await l.load();
    expect(l.data.value).toBe('a');
    const p = l.load();
    expect(l.data.value).toBeNull();
    d.resolve('b');
    await p;
    expect(l.data.value).toBe('b');
  });
});

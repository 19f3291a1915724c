// One way every page loads data: loading and error state, and only the newest question's answer is kept. A filter
// changed twice quickly asks twice; if the first answer arrives last it is dropped, never drawn over the second.
import { ref, shallowRef, watch, type Ref, type ShallowRef, type WatchSource } from 'vue';

export interface Loader<T> {
  data: ShallowRef<T | null>;
  loading: Ref<boolean>;
  /** The failed question's message ('' when the newest answer came). */
  error: Ref<string>;
  /** Asks again; resolves true when this answer (or error) was kept, false when a newer question superseded it. */
  load: () => Promise<boolean>;
}

export interface LoaderOptions<T> {
  /** Ask again whenever this changes (deeply compared), and once at once. */
  watch?: WatchSource | WatchSource[];
  /** Keep the previous answer on screen while the next is asked (default), or clear it. */
  keepStale?: boolean;
  /** Run with a kept answer, e.g. to note the synthetic-data mark. */
  onData?: (value: T) => void;
}

/** `ask` reads its arguments from the page's reactive state; `current()` tells a multi-step ask to stop early. */
export function useLoader<T>(ask: (current: () => boolean) => Promise<T>, options: LoaderOptions<T> = {}): Loader<T> {
  const data = shallowRef<T | null>(null);
  const loading = ref(false);
  const error = ref('');
  let generation = 0;
  async function load(): Promise<boolean> {
    const gen = ++generation;
    const current = () => gen === generation;
    loading.value = true;
    error.value = '';
    if (options.keepStale === false) data.value = null;
    try {
      const value = await ask(current);
      if (!current()) return false;
      data.value = value;
      options.onData?.(value);
    } catch (e) {
      if (!current()) return false;
      error.value = e instanceof Error ? e.message : String(e);
    }
    loading.value = false;
    return true;
  }
  if (options.watch)
    watch(
      options.watch,
      () => {
        void load();
      },
      { immediate: true, deep: true },
    );
  return { data, loading, error, load };
}

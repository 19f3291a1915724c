// A page's filters bound to the URL: reading follows the route (so back/forward work), writing pushes a new
// history entry (so a shared link reproduces the view).
import { computed, type ComputedRef } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { parseQuery, toQuery, type Query, type Schema, type StateOf } from './url-state';

export function useUrlState<S extends Schema>(
  schema: S,
): {
  state: ComputedRef<StateOf<S>>;
  set: (patch: Partial<StateOf<S>>, opts?: { replace?: boolean }) => Promise<void>;
} {
  const route = useRoute();
  const router = useRouter();
  const state = computed(() => parseQuery(schema, route.query as Query));
  async function set(patch: Partial<StateOf<S>>, opts: { replace?: boolean } = {}): Promise<void> {
    const query = toQuery(schema, { ...state.value, ...patch }, route.query as Query);
    await (opts.replace ? router.replace({ query }) : router.push({ query }));
  }
  return { state, set };
}

// Bodies looked up by the API as one types (name or alias, a page at a time) for the pickers, instead of a list of every
// body in the page, which stopped at 1,000. Keystrokes settle for 250 ms before a search is sent.
import { ref } from 'vue';
import { agenciesQuery } from '../api/ops';
import { useLoader } from './use-loader';

export function useBodySearch(opts: { page?: number; enabled?: () => boolean } = {}) {
  const page = opts.page ?? 20;
  const enabled = opts.enabled ?? (() => true);
  const search = ref('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onSearch = (q: string): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      search.value = q.trim();
    }, 250);
  };
  const found = useLoader(
    () => (enabled() ? agenciesQuery(search.value ? { search: search.value } : {}, page) : Promise.resolve([])),
    { watch: () => [enabled(), search.value] },
  );
  return { onSearch, found };
}

// Media queries as refs, for what CSS alone cannot change: a chart's layout (bars turned horizontal on a phone) and
// the print layout (ECharts draws on a canvas sized for the screen, so it must be told when the page is printed).
import { onBeforeUnmount, ref, type Ref } from 'vue';

export const PHONE_QUERY = '(max-width: 767px)';

export function useMedia(query: string, onChange?: (matches: boolean) => void): Ref<boolean> {
  const mq = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query) : null;
  const matches = ref(mq?.matches ?? false);
  const listener = (e: MediaQueryListEvent): void => {
    matches.value = e.matches;
    onChange?.(e.matches);
  };
  mq?.addEventListener('change', listener);
  onBeforeUnmount(() => mq?.removeEventListener('change', listener));
  return matches;
}

/** True on a phone-sized screen: compact header, horizontal bars, fewer axis labels. */
export const useCompact = (): Ref<boolean> => useMedia(PHONE_QUERY);

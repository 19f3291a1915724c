// The dictionaries by language: Chinese is in the main bundle; English is fetched on first use (it is ~40 % of the
// dictionary's weight, and the first page's JS has a 350 KB gzip budget). Whoever switches to English awaits it first.
import { shallowRef } from 'vue';
import type { Locale } from '../format/number';

export const enDict = shallowRef<Record<string, string> | null>(null);

export async function ensureDict(locale: Locale): Promise<void> {
  if (locale === 'en' && !enDict.value) enDict.value = (await import('./dict-en')).en;
}

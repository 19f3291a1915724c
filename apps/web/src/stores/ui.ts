// UI state shared by every page: the language. Filters are not here: they live in the URL.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Locale } from '../format/number';
import { ensureDict } from '../i18n/load';

const KEY = 'dh.locale';

export function storedLocale(): Locale {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export const useUiStore = defineStore('ui', () => {
  const locale = ref<Locale>(storedLocale());
  async function setLocale(l: Locale): Promise<void> {
    await ensureDict(l);
    locale.value = l;
    try {
      localStorage.setItem(KEY, l);
    } catch {
      /* private mode: the switch still works for this visit */
    }
    document.documentElement.lang = l;
  }
  return { locale, setLocale };
});

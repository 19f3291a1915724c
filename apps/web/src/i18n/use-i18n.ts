// t() and the formatters bound to the current language, for templates and scripts alike.
import { storeToRefs } from 'pinia';
import { computed } from 'vue';
import { formatDate, formatDateTime } from '../format/date';
import { formatNumber, formatPercent, formatWithUnit } from '../format/number';
import { useUiStore } from '../stores/ui';
import { translate, zh, type MessageKey } from './dict';
import { enDict } from './load';

export function useI18n() {
  const ui = useUiStore();
  const { locale } = storeToRefs(ui);
  const dict = computed<Record<string, string>>(() => (locale.value === 'en' && enDict.value ? enDict.value : zh));
  return {
    locale,
    setLocale: ui.setLocale,
    t: (key: MessageKey, params?: Record<string, string | number>) => translate(dict.value, key, params),
    num: (v: number | null | undefined) => formatNumber(v, locale.value),
    withUnit: (v: number | null | undefined, unit?: string | null) => formatWithUnit(v, unit, locale.value),
    pct: formatPercent,
    date: (iso: string | null | undefined) => formatDate(iso, locale.value),
    dateTime: (iso: string | null | undefined) => formatDateTime(iso, locale.value),
  };
}

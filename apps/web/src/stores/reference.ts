// Reference data every page uses (regions, metric catalogue, agencies), fetched once per visit.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { agenciesQuery, metricsQuery, regionsQuery, type Agency, type Metric, type Region } from '../api/ops';

export const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
/** The last year whose reports are all due (31 January) in the demo data. */
export const DEFAULT_YEAR = 2024;

export const useReference = defineStore('reference', () => {
  const regions = ref<Region[]>([]);
  const metrics = ref<Metric[]>([]);
  const agencies = ref<Agency[]>([]);
  let loading: Promise<void> | null = null;
  function load(): Promise<void> {
    loading ??= Promise.all([regionsQuery(), metricsQuery(), agenciesQuery()]).then(([r, m, a]) => {
      regions.value = r;
      metrics.value = m;
      agencies.value = a;
    }).catch((e: unknown) => { loading = null; throw e; });
    return loading;
  }
  const metric = (key: string) => metrics.value.find((m) => m.key === key);
  return { regions, metrics, agencies, load, metric };
});

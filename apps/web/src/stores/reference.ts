// Reference data every page uses (regions, metric catalogue, facts about the bodies), fetched once per visit.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import {
  agencyFactsQuery,
  metricsQuery,
  regionsQuery,
  yearsQuery,
  type AgencyFacts,
  type Metric,
  type Region,
} from '../api/ops';
import { homeRegionQuery } from '../api/home-region';
import { candidateYears, pickYears } from './years';

// Live bindings, set once by loadYears() before the app mounts; the values here are the fallback when it fails.
export let YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
/** The latest year with reports whose deadline (31 January) has passed. */
export let DEFAULT_YEAR = 2024;

/** One small query (reports per year) before the first page: the year filters start from the data (the template
 *  years up to this one, at most ten). */
export async function loadYears(now = new Date()): Promise<void> {
  try {
    const asked = new Set(candidateYears(now));
    const { years, latest } = pickYears(
      (await yearsQuery()).filter((c) => asked.has(c.year)),
      now,
    );
    if (years.length) YEARS = years;
    if (latest !== null) DEFAULT_YEAR = latest;
  } catch {
    /* keep the fallback: each page still shows its own error if the API is down */
  }
}

/** The office's own region (homeRegion), where every region filter opens; null: none known, the pages open on 全部. */
export let HOME_REGION: number | null = null;
/** Its name, for the region picker before the list of regions has loaded. */
export let HOME_REGION_NAME = '';

/** Asked with the years before the first page: the pages read their region default from it at mount. */
export async function loadHomeRegion(): Promise<void> {
  try {
    const home = await homeRegionQuery();
    HOME_REGION = home?.id ?? null;
    HOME_REGION_NAME = home?.name ?? '';
  } catch {
    /* keep 全部: each page still shows its own error if the API is down */
  }
}

/** The region a page filters on: 0 in the URL is 全部 chosen over the home region. */
export const regionFilter = (region: number | null): number | null => region || null;

export const useReference = defineStore('reference', () => {
  const regions = ref<Region[]>([]);
  const metrics = ref<Metric[]>([]);
  // Not the bodies themselves: a province has more than a page holds; pickers search the API (use-body-search.ts).
  const facts = ref<AgencyFacts>({ types: [], synthetic: false });
  let loading: Promise<void> | null = null;
  function load(): Promise<void> {
    loading ??= Promise.all([regionsQuery(), metricsQuery(), agencyFactsQuery()])
      .then(([r, m, f]) => {
        regions.value = r;
        metrics.value = m;
        facts.value = f;
      })
      .catch((e: unknown) => {
        loading = null;
        throw e;
      });
    return loading;
  }
  const metric = (key: string) => metrics.value.find((m) => m.key === key);
  return { regions, metrics, facts, load, metric };
});

import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { router } from './router';
import { ensureDict } from './i18n/load';
import { loadHomeRegion, loadYears } from './stores/reference';
import { storedLocale } from './stores/ui';

// The pages' default year and region (the office's own) come from the data, so they must be known before the first
// page reads its URL (at mount).
// Installing the router starts the first navigation, so the page's lazy code loads while the years query runs.
const app = createApp(App).use(createPinia()).use(router);
// A reader who chose English gets its dictionary before the first paint.
void Promise.all([loadYears(), loadHomeRegion(), router.isReady(), ensureDict(storedLocale())]).then(() =>
  app.mount('#app'),
);

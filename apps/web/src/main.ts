import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { router } from './router';
import { loadHomeRegion, loadYears } from './stores/reference';

// The pages' default year and region (the office's own) come from the data, so they must be known before the first
// page reads its URL (at mount).
// Installing the router starts the first navigation, so the page's lazy code loads while the years query runs.
const app = createApp(App).use(createPinia()).use(router);
void Promise.all([loadYears(), loadHomeRegion(), router.isReady()]).then(() => app.mount('#app'));

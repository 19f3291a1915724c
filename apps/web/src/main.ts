import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { router } from './router';
import { loadYears } from './stores/reference';

// The pages' default year comes from the data, so it must be known before the first page reads its URL (at mount).
// Installing the router starts the first navigation, so the page's lazy code loads while the years query runs.
const app = createApp(App).use(createPinia()).use(router);
void Promise.all([loadYears(), router.isReady()]).then(() => app.mount('#app'));

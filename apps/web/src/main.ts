import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { router } from './router';
import { loadYears } from './stores/reference';

// The pages' default year comes from the data, so it is known before the first page reads its URL.
void loadYears().then(() => createApp(App).use(createPinia()).use(router).mount('#app'));

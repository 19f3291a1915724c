import { createRouter, createWebHistory } from 'vue-router';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', name: 'home', component: () => import('./pages/ReportPage.vue') },
    { path: '/report/:id', name: 'report', component: () => import('./pages/ReportPage.vue') },
  ],
});

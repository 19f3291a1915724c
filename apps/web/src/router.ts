// Thirteen pages, each its own lazy chunk: the first page loads only what it draws.
import { createRouter, createWebHistory, type RouteComponent, type RouteRecordRaw } from 'vue-router';
import type { MessageKey } from './i18n/dict';

export interface NavItem {
  name: string;
  path: string;
  label: MessageKey;
  admin?: boolean;
}

export const NAV: NavItem[] = [
  { name: 'overview', path: '/overview', label: 'nav.overview' },
  { name: 'compare', path: '/compare', label: 'nav.compare' },
  { name: 'trends', path: '/trends', label: 'nav.trends' },
  { name: 'ranking', path: '/ranking', label: 'nav.ranking' },
  { name: 'report', path: '/report', label: 'nav.report' },
  { name: 'collection', path: '/collection', label: 'nav.collection' },
  { name: 'roster', path: '/roster', label: 'nav.roster' },
  { name: 'findings', path: '/findings', label: 'nav.findings' },
  { name: 'import', path: '/import', label: 'nav.import', admin: true },
  { name: 'submit', path: '/submit', label: 'nav.submit' },
  { name: 'review', path: '/review', label: 'nav.review' },
  { name: 'accounts', path: '/accounts', label: 'nav.accounts', admin: true },
  { name: 'signin', path: '/signin', label: 'nav.signin' },
];

const pages: Record<string, () => Promise<RouteComponent>> = {
  overview: () => import('./pages/OverviewPage.vue'),
  compare: () => import('./pages/ComparePage.vue'),
  trends: () => import('./pages/TrendsPage.vue'),
  ranking: () => import('./pages/RankingPage.vue'),
  report: () => import('./pages/ReportPage.vue'),
  collection: () => import('./pages/CollectionPage.vue'),
  roster: () => import('./pages/RosterPage.vue'),
  findings: () => import('./pages/FindingsPage.vue'),
  import: () => import('./pages/ImportPage.vue'),
  submit: () => import('./pages/SubmitPage.vue'),
  review: () => import('./pages/ReviewPage.vue'),
  accounts: () => import('./pages/AccountsPage.vue'),
  signin: () => import('./pages/SignInPage.vue'),
};

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/overview' },
  ...NAV.map((n) => ({ path: n.path, name: n.name, component: pages[n.name] })),
  { path: '/report/:id', name: 'report-id', component: pages.report },
  { path: '/:rest(.*)*', redirect: '/overview' },
];

export const router = createRouter({ history: createWebHistory(), routes });

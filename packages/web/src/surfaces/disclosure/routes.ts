import type { RouteRecordRaw } from 'vue-router';

// 公示: every session's results and the follow-up of every promise, for the public. Light routes
// (phones open them from a link or a QR code): their own messages and fetch, no vue-i18n, urql or
// Element Plus. Registered before the public routes, which end with the catch-all.
export const disclosureRoutes: RouteRecordRaw[] = [
  { path: '/results', name: 'disclosure-index', component: () => import('./DisclosureIndexPage.vue'), meta: { light: true } },
  { path: '/results/:sessionId', name: 'disclosure', component: () => import('./DisclosurePage.vue'), props: true, meta: { light: true } },
];

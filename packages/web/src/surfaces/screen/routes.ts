import type { RouteRecordRaw } from 'vue-router';

// Light routes: the broadcast screen brings its own messages and transport (no vue-i18n, no urql);
// ECharts and the QR encoder load only here.
export const screenRoutes: RouteRecordRaw[] = [
  { path: '/screen', name: 'screen', component: () => import('./ScreenHomePage.vue'), meta: { light: true } },
  {
    path: '/screen/:sessionId',
    name: 'screen-live',
    component: () => import('./ScreenLivePage.vue'),
    props: (route) => ({ sessionId: route.params.sessionId, overlay: route.query.overlay === '1' }),
    meta: { light: true },
  },
  {
    path: '/screen/:sessionId/overlay',
    name: 'screen-overlay',
    component: () => import('./ScreenLivePage.vue'),
    props: (route) => ({ sessionId: route.params.sessionId, overlay: true }),
    meta: { light: true },
  },
];

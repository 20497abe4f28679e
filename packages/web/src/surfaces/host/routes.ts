import type { RouteRecordRaw } from 'vue-router';

export const hostRoutes: RouteRecordRaw[] = [
  { path: '/host', name: 'host', component: () => import('./HostHomePage.vue'), meta: { titleKey: 'surfaces.host.title' } },
];

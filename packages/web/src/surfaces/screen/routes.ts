import type { RouteRecordRaw } from 'vue-router';

export const screenRoutes: RouteRecordRaw[] = [
  { path: '/screen', name: 'screen', component: () => import('./ScreenHomePage.vue'), meta: { titleKey: 'surfaces.screen.title' } },
];

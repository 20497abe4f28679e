import type { RouteRecordRaw } from 'vue-router';

export const publicRoutes: RouteRecordRaw[] = [
  { path: '/', name: 'public-home', component: () => import('./PublicHomePage.vue'), meta: { titleKey: 'surfaces.public.title' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./PublicNotFoundPage.vue'), meta: { titleKey: 'notFound.title' } },
];

import type { RouteRecordRaw } from 'vue-router';

// The clue pages (征集问题线索) are light routes: phones open them inside WeChat on mobile data, so
// they bring their own messages and send their few operations with fetch; vue-i18n, urql and
// Element Plus are not downloaded for them (see appShell.ts).
const clueRoutes: RouteRecordRaw[] = [
  { path: '/clues', name: 'clue-submit', component: () => import('./PublicClueSubmitPage.vue'), meta: { light: true } },
  {
    path: '/clues/track/:code?',
    name: 'clue-track',
    component: () => import('./PublicClueTrackPage.vue'),
    props: (route) => ({ code: typeof route.params.code === 'string' ? route.params.code : undefined }),
    meta: { light: true },
  },
  { path: '/clues/list', name: 'clue-list', component: () => import('./PublicClueListPage.vue'), meta: { light: true } },
  // 代表码: a representative's QR opens their profile and a clue form addressed to them.
  {
    path: '/r/:code',
    name: 'representative-public',
    component: () => import('./PublicRepresentativePage.vue'),
    props: true,
    meta: { light: true },
  },
];

export const publicRoutes: RouteRecordRaw[] = [
  { path: '/', name: 'public-home', component: () => import('./PublicHomePage.vue'), meta: { titleKey: 'surfaces.public.title' } },
  ...clueRoutes,
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./PublicNotFoundPage.vue'),
    meta: { titleKey: 'notFound.title' },
  },
];

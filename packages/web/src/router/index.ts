import { createRouter, createWebHistory } from 'vue-router';
import { adminRoutes } from '../surfaces/admin/routes';
import { hostRoutes } from '../surfaces/host/routes';
import { loginRoutes } from '../surfaces/login/routes';
import { publicRoutes } from '../surfaces/public/routes';
import { screenRoutes } from '../surfaces/screen/routes';
import { voteRoutes } from '../surfaces/vote/routes';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title, shown in the browser tab. */
    titleKey?: string;
  }
}

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    ...loginRoutes,
    ...screenRoutes,
    ...hostRoutes,
    ...voteRoutes,
    ...adminRoutes,
    // Last: holds the catch-all "page not found".
    ...publicRoutes,
  ],
  scrollBehavior: () => ({ top: 0 }),
});

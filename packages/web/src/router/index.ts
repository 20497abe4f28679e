import { createRouter, createWebHistory } from 'vue-router';
import { accountRoutes } from '../surfaces/account/routes';
import { adminRoutes } from '../surfaces/admin/routes';
import { departmentRoutes } from '../surfaces/department/routes';
import { disclosureRoutes } from '../surfaces/disclosure/routes';
import { hostRoutes } from '../surfaces/host/routes';
import { loginRoutes } from '../surfaces/login/routes';
import { moderateRoutes } from '../surfaces/moderate/routes';
import { publicRoutes } from '../surfaces/public/routes';
import { representativeRoutes } from '../surfaces/representative/routes';
import { screenRoutes } from '../surfaces/screen/routes';
import { securityRoutes } from '../surfaces/security/routes';
import { voteRoutes } from '../surfaces/vote/routes';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title, shown in the browser tab. */
    titleKey?: string;
    /**
     * A light surface (audience phones, broadcast screen): it brings its own messages and
     * transport, so vue-i18n and urql are not loaded for it, and it sets its own tab title.
     */
    light?: boolean;
  }
}

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    ...loginRoutes,
    ...screenRoutes,
    ...hostRoutes,
    ...moderateRoutes,
    ...voteRoutes,
    ...adminRoutes,
    ...securityRoutes,
    ...departmentRoutes,
    ...representativeRoutes,
    ...accountRoutes,
    ...disclosureRoutes,
    // Last: holds the catch-all "page not found".
    ...publicRoutes,
  ],
  scrollBehavior: () => ({ top: 0 }),
});

import type { RouteRecordRaw } from 'vue-router';
import { requireSignedIn } from '../../router/staffGuards';

// "My account" (我的账号): one's password and sign-ins, reached from every staff surface's header,
// and where an account whose password was reset is sent until it has chosen its own.
export const accountRoutes: RouteRecordRaw[] = [
  {
    path: '/account',
    component: () => import('./AccountLayout.vue'),
    beforeEnter: requireSignedIn,
    children: [{ path: '', name: 'account', component: () => import('./AccountPage.vue'), meta: { titleKey: 'account.title' } }],
  },
];

import type { NavigationGuard, RouteRecordRaw } from 'vue-router';

/** Any signed-in staff member; everyone else signs in first and comes back here. */
const requireSignedIn: NavigationGuard = async (to) => {
  const { loadSession } = await import('../../composables/useSession');
  const account = await loadSession().catch(() => null);
  return account ? true : { path: '/login', query: { redirect: to.fullPath } };
};

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

import type { RouteRecordRaw } from 'vue-router';
import { requireRole } from '../../router/staffGuards';

// Administrators may run a session too, e.g. when the host's console fails.
export const hostRoutes: RouteRecordRaw[] = [
  {
    path: '/host',
    component: () => import('./HostLayout.vue'),
    beforeEnter: requireRole('HOST', 'ADMIN'),
    children: [
      { path: '', name: 'host', component: () => import('./HostSessionsPage.vue'), meta: { titleKey: 'surfaces.host.title' } },
      {
        path: ':sessionId',
        name: 'host-console',
        component: () => import('./HostConsolePage.vue'),
        props: true,
        meta: { titleKey: 'host.title' },
      },
    ],
  },
];

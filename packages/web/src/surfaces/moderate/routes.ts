import type { RouteRecordRaw } from 'vue-router';
import { requireRole } from '../../router/staffGuards';

// 网络互动审核: moderators (the host's assistants), and the host and administrators too.
export const moderateRoutes: RouteRecordRaw[] = [
  {
    path: '/moderate',
    component: () => import('./ModerateLayout.vue'),
    beforeEnter: requireRole('MODERATOR', 'HOST', 'ADMIN'),
    children: [
      {
        path: '',
        name: 'moderate',
        component: () => import('./ModerateSessionsPage.vue'),
        meta: { titleKey: 'interaction.picker.heading' },
      },
      {
        path: ':sessionId',
        name: 'moderate-console',
        component: () => import('./ModerateConsolePage.vue'),
        props: true,
        meta: { titleKey: 'interaction.area' },
      },
    ],
  },
];

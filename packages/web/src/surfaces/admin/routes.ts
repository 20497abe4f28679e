import type { RouteRecordRaw } from 'vue-router';
import { requireRole } from '../../router/requireRole';

export const adminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin',
    component: () => import('./AdminLayout.vue'),
    beforeEnter: requireRole('ADMIN'),
    children: [
      { path: '', redirect: { name: 'admin-departments' } },
      {
        path: 'departments',
        name: 'admin-departments',
        component: () => import('./AdminDepartmentsPage.vue'),
        meta: { titleKey: 'admin.departments.title' },
      },
      {
        path: 'accounts',
        name: 'admin-accounts',
        component: () => import('./AdminAccountsPage.vue'),
        meta: { titleKey: 'admin.accounts.title' },
      },
    ],
  },
];

import type { RouteRecordRaw } from 'vue-router';
import { requireRole } from '../../router/staffGuards';

// 安全管理: the security administrator manages staff accounts and reads the audit log (等保
// separation of duties: the business administrator does neither).
export const securityRoutes: RouteRecordRaw[] = [
  {
    path: '/security',
    component: () => import('./SecurityLayout.vue'),
    beforeEnter: requireRole('SECURITY_ADMIN'),
    children: [
      { path: '', redirect: { name: 'security-accounts' } },
      {
        path: 'accounts',
        name: 'security-accounts',
        component: () => import('../admin/AdminAccountsPage.vue'),
        meta: { titleKey: 'admin.accounts.title' },
      },
      {
        path: 'audit',
        name: 'security-audit',
        component: () => import('./SecurityAuditPage.vue'),
        meta: { titleKey: 'security.audit.title' },
      },
    ],
  },
];

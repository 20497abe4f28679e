import type { RouteRecordRaw } from 'vue-router';
import { requireRole } from '../../router/staffGuards';

// The department portal (部门工作台): a department's liaison accepts its follow-up items, reports
// progress with evidence and submits the completion report.
export const departmentRoutes: RouteRecordRaw[] = [
  {
    path: '/department',
    component: () => import('./DepartmentLayout.vue'),
    beforeEnter: requireRole('DEPARTMENT'),
    children: [
      {
        path: '',
        name: 'department',
        component: () => import('./DepartmentFollowUpsPage.vue'),
        meta: { titleKey: 'followUp.department.title' },
      },
      {
        path: 'items/:id',
        name: 'department-follow-up',
        component: () => import('./DepartmentFollowUpPage.vue'),
        props: true,
        meta: { titleKey: 'followUp.department.itemTitle' },
      },
    ],
  },
];

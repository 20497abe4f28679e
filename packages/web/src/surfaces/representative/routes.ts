import type { RouteRecordRaw } from 'vue-router';
import { requireRole } from '../../router/staffGuards';

// The representative's workspace (代表工作台): the clues citizens addressed to them by their 代表码,
// the items they supervise (领办督办), their proposed questions (代表出题), their figures (履职) and their code.
export const representativeRoutes: RouteRecordRaw[] = [
  {
    path: '/representative',
    component: () => import('./RepresentativeLayout.vue'),
    beforeEnter: requireRole('REPRESENTATIVE'),
    children: [
      {
        path: '',
        name: 'representative',
        component: () => import('./RepresentativeInboxPage.vue'),
        meta: { titleKey: 'representative.inbox.title' },
      },
      {
        path: 'items',
        name: 'representative-items',
        component: () => import('./RepresentativeItemsPage.vue'),
        meta: { titleKey: 'representative.items.title' },
      },
      {
        path: 'items/:id',
        name: 'representative-item',
        component: () => import('./RepresentativeItemPage.vue'),
        props: true,
        meta: { titleKey: 'representative.item.kicker' },
      },
      {
        path: 'proposals',
        name: 'representative-proposals',
        component: () => import('./RepresentativeProposalsPage.vue'),
        meta: { titleKey: 'representative.proposals.title' },
      },
      {
        path: 'figures',
        name: 'representative-figures',
        component: () => import('./RepresentativeFiguresPage.vue'),
        meta: { titleKey: 'representative.figures.title' },
      },
      {
        path: 'code',
        name: 'representative-code',
        component: () => import('./RepresentativeCodePage.vue'),
        meta: { titleKey: 'representative.code.title' },
      },
    ],
  },
];

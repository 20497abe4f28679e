import type { RouteRecordRaw } from 'vue-router';
import { requireRole } from '../../router/staffGuards';

export const adminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin',
    component: () => import('./AdminLayout.vue'),
    beforeEnter: requireRole('ADMIN'),
    children: [
      // Staff start where the work is: the sessions (the clue board and the follow-ups are one click away).
      { path: '', redirect: { name: 'admin-sessions' } },
      {
        path: 'sessions',
        name: 'admin-sessions',
        component: () => import('./AdminSessionsPage.vue'),
        meta: { titleKey: 'sessions.list.title' },
      },
      {
        path: 'sessions/new',
        name: 'admin-session-new',
        component: () => import('./AdminSessionEditPage.vue'),
        meta: { titleKey: 'sessions.editor.newTitle' },
      },
      {
        path: 'sessions/kind-defaults',
        name: 'admin-kind-defaults',
        component: () => import('./AdminKindDefaultsPage.vue'),
        meta: { titleKey: 'sessions.kindDefaults.title' },
      },
      {
        path: 'sessions/:sessionId',
        name: 'admin-session',
        component: () => import('./AdminSessionEditPage.vue'),
        props: true,
        meta: { titleKey: 'sessions.editor.editTitle' },
      },
      {
        path: 'clues',
        name: 'admin-clues',
        component: () => import('./AdminCluesPage.vue'),
        meta: { titleKey: 'admin.clues.title' },
      },
      {
        path: 'clues/hotline',
        name: 'admin-hotline',
        component: () => import('./AdminHotlinePage.vue'),
        meta: { titleKey: 'admin.hotline.title' },
      },
      {
        path: 'clues/categories',
        name: 'admin-clue-categories',
        component: () => import('./AdminClueCategoriesPage.vue'),
        meta: { titleKey: 'admin.clueCategories.title' },
      },
      {
        path: 'follow-ups',
        name: 'admin-follow-ups',
        component: () => import('./AdminFollowUpsPage.vue'),
        meta: { titleKey: 'followUp.board.title' },
      },
      {
        path: 'follow-ups/settings',
        name: 'admin-deadline-settings',
        component: () => import('./AdminDeadlineSettingsPage.vue'),
        meta: { titleKey: 'followUp.settings.title' },
      },
      {
        path: 'follow-ups/committees',
        name: 'admin-committees',
        component: () => import('./AdminCommitteesPage.vue'),
        meta: { titleKey: 'committee.title' },
      },
      {
        path: 'follow-ups/:id',
        name: 'admin-follow-up',
        component: () => import('./AdminFollowUpPage.vue'),
        props: true,
        meta: { titleKey: 'followUp.detail.heading' },
      },
      {
        path: 'representatives',
        name: 'admin-representatives',
        component: () => import('./AdminRepresentativesPage.vue'),
        meta: { titleKey: 'admin.representatives.title' },
      },
      {
        path: 'representatives/participation',
        name: 'admin-representative-participation',
        component: () => import('./AdminParticipationPage.vue'),
        meta: { titleKey: 'admin.representatives.participation.title' },
      },
      {
        path: 'sensitive-words',
        name: 'admin-sensitive-words',
        component: () => import('./AdminSensitiveWordsPage.vue'),
        meta: { titleKey: 'interaction.words.title' },
      },
      {
        path: 'stats',
        name: 'admin-stats',
        component: () => import('./AdminStatsPage.vue'),
        meta: { titleKey: 'stats.title' },
      },
      {
        path: 'departments',
        name: 'admin-departments',
        component: () => import('./AdminDepartmentsPage.vue'),
        meta: { titleKey: 'admin.departments.title' },
      },
      // Accounts are the security administrator's (/security/accounts): 等保 separation of duties.
    ],
  },
  {
    // Outside the admin shell: a page made for the printer.
    path: '/admin/sessions/:sessionId/seat-codes',
    name: 'admin-seat-sheet',
    component: () => import('./AdminSeatSheetPage.vue'),
    beforeEnter: requireRole('ADMIN'),
    props: true,
    meta: { titleKey: 'sessions.sheet.title' },
  },
  {
    // Outside the admin shell too: one 代表码 card per active representative, to print.
    path: '/admin/representatives/cards',
    name: 'admin-representative-cards',
    component: () => import('./AdminRepresentativeCardsPage.vue'),
    beforeEnter: requireRole('ADMIN'),
    meta: { titleKey: 'admin.representatives.cardsPage.title' },
  },
];

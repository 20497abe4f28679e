import type { RouteRecordRaw } from 'vue-router';

// Audience phones on busy networks: this surface must stay light (no admin component library).
export const voteRoutes: RouteRecordRaw[] = [
  { path: '/vote', name: 'vote', component: () => import('./VoteHomePage.vue'), meta: { titleKey: 'surfaces.vote.title' } },
];

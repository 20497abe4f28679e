import type { RouteRecordRaw } from 'vue-router';

// The vote pages run as their own small app (see vote.ts) so the audience's phones download
// neither vue-router nor anything of the staff pages. Reached from a page of the main app, they
// are loaded afresh.
const handOver = (to: { fullPath: string }) => {
  window.location.assign(to.fullPath);
  return false;
};

export const voteRoutes: RouteRecordRaw[] = [
  { path: '/vote', name: 'vote', component: { render: () => null }, beforeEnter: handOver, meta: { light: true } },
  { path: '/vote/:joinCode', name: 'vote-live', component: { render: () => null }, beforeEnter: handOver, meta: { light: true } },
  { path: '/vote/:joinCode/seat', name: 'vote-seat', component: { render: () => null }, beforeEnter: handOver, meta: { light: true } },
];

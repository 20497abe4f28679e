import { shallowRef } from 'vue';
import type { RejectReason } from '../../gql/graphql';

// The public moderation statistics (what became of the clues received), as shares for a simple
// bar: light enough for a phone on mobile data, no chart library.

export interface ClueStatsLike {
  received: number;
  pending: number;
  accepted: number;
  merged: number;
  rejected: number;
  referred: number;
  published: number;
  rejectReasons: readonly { reason: RejectReason; count: number }[];
}

export const outcomeKeys = ['accepted', 'referred', 'merged', 'rejected', 'pending'] as const;
export type OutcomeKey = (typeof outcomeKeys)[number];

export interface OutcomeShare {
  key: OutcomeKey;
  count: number;
  /** Whole percent of the clues received; the shares add up to 100 (largest remainder). */
  percent: number;
}

/** Each outcome's share of the clues received, rounded so the bar adds up to 100 %. */
export function outcomeShares(stats: ClueStatsLike): OutcomeShare[] {
  const total = outcomeKeys.reduce((sum, key) => sum + stats[key], 0);
  if (total === 0) return outcomeKeys.map((key) => ({ key, count: 0, percent: 0 }));
  const exact = outcomeKeys.map((key) => ({ key, count: stats[key], raw: (stats[key] * 100) / total }));
  const shares = exact.map((share) => ({ ...share, percent: Math.floor(share.raw) }));
  let left = 100 - shares.reduce((sum, share) => sum + share.percent, 0);
  for (const share of [...shares].sort((a, b) => b.raw - Math.floor(b.raw) - (a.raw - Math.floor(a.raw)))) {
    if (left <= 0) break;
    share.percent += 1;
    left -= 1;
  }
  return shares.map(({ key, count, percent }) => ({ key, count, percent }));
}

export type StatsStatus = 'loading' | 'ready' | 'error';

/** Loads the statistics of a session (or of every clue); an answer to an older request is dropped. */
export function usePublicClueStats<S>(fetchStats: (sessionId: string | null) => Promise<S>) {
  const status = shallowRef<StatsStatus>('loading');
  const stats = shallowRef<S | null>(null);
  let generation = 0;

  async function load(sessionId: string | null): Promise<void> {
    const current = ++generation;
    status.value = 'loading';
    try {
      const loaded = await fetchStats(sessionId);
      if (current !== generation) return;
      stats.value = loaded;
      status.value = 'ready';
    } catch {
      if (current !== generation) return;
      status.value = 'error';
    }
  }

  return { status, stats, load };
}

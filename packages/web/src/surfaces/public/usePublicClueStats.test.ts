import { describe, expect, it } from 'vitest';
import { outcomeShares, usePublicClueStats, type ClueStatsLike } from './usePublicClueStats';

describe('outcomeShares', () => {
  const stats = (change: Partial<ClueStatsLike>): ClueStatsLike => ({
    received: 0,
    pending: 0,
    accepted: 0,
    merged: 0,
    rejected: 0,
    referred: 0,
    published: 0,
    rejectReasons: [],
    ...change,
  });

  it('gives each outcome its share, adding up to 100', () => {
    const shares = outcomeShares(stats({ received: 3, accepted: 1, rejected: 1, pending: 1 }));
    expect(shares.map((s) => [s.key, s.percent])).toEqual([
      ['accepted', 34],
      ['referred', 0],
      ['merged', 0],
      ['rejected', 33],
      ['pending', 33],
    ]);
    expect(shares.reduce((sum, s) => sum + s.percent, 0)).toBe(100);
  });

  it('shows nothing as zero, not as a division by zero', () => {
    expect(outcomeShares(stats({})).every((s) => s.percent === 0)).toBe(true);
  });
});

describe('usePublicClueStats', () => {
  it('keeps the latest session’s statistics', async () => {
    const resolvers = new Map<string | null, (value: string) => void>();
    const stats = usePublicClueStats((sessionId) => new Promise<string>((resolve) => resolvers.set(sessionId, resolve)));
    const first = stats.load(null);
    const second = stats.load('s1');
    resolvers.get('s1')!('s1 stats');
    await second;
    resolvers.get(null)!('all stats');
    await first;
    expect(stats.stats.value).toBe('s1 stats');
    expect(stats.status.value).toBe('ready');
  });

  it('reports a failure', async () => {
    const stats = usePublicClueStats(async () => {
      throw new Error('offline');
    });
    await stats.load(null);
    expect(stats.status.value).toBe('error');
  });
});

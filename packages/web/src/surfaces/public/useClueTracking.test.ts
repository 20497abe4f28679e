import { describe, expect, it } from 'vitest';
import { OperationError } from '../../graphql/fetchGraphql';
import { isTrackingCode, normalizeTrackingCode, readRecentCodes, RECENT_CODES_KEY, rememberCode, useClueTracking } from './useClueTracking';

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe('normalizeTrackingCode', () => {
  it('reads codes as people type them', () => {
    expect(normalizeTrackingCode(' wz7k-3m9q 2p ')).toBe('WZ7K3M9Q2P');
    expect(normalizeTrackingCode('ＷＺ７Ｋ３Ｍ９Ｑ２Ｐ')).toBe('WZ7K3M9Q2P');
    expect(isTrackingCode('WZ7K3M9Q2P')).toBe(true);
    expect(isTrackingCode('WZ7')).toBe(false);
    expect(isTrackingCode('WZ7K3M9Q2P!')).toBe(false);
  });
});

describe('useClueTracking', () => {
  it('finds a clue, and tells a wrong code from a busy server', async () => {
    let answer: () => Promise<{ title: string }> = async () => ({ title: '电梯' });
    const tracking = useClueTracking(() => answer());
    await tracking.load('WZ23456789');
    expect(tracking.status.value).toBe('found');
    expect(tracking.tracking.value).toEqual({ title: '电梯' });

    answer = async () => {
      throw new OperationError('NOT_FOUND', 'No clue has this tracking code');
    };
    await tracking.load('WZ00000000');
    expect(tracking.status.value).toBe('notFound');
    expect(tracking.tracking.value).toBeNull();

    answer = async () => {
      throw new OperationError('RATE_LIMITED', 'slow', 20);
    };
    await tracking.load('WZ00000000');
    expect(tracking.status.value).toBe('rateLimited');
    expect(tracking.retryAfter.value).toBe(20);

    answer = async () => {
      throw new TypeError('Failed to fetch');
    };
    await tracking.load('WZ00000000');
    expect(tracking.status.value).toBe('error');
  });

  it('drops the answer to an older lookup', async () => {
    const resolvers: ((value: string) => void)[] = [];
    const tracking = useClueTracking((code) => new Promise<string>((resolve) => resolvers.push(() => resolve(code))));
    const first = tracking.load('WZAAAAAAAA');
    const second = tracking.load('WZBBBBBBBB');
    resolvers[1]!('');
    await second;
    resolvers[0]!('');
    await first;
    expect(tracking.tracking.value).toBe('WZBBBBBBBB');
  });
});

describe('recent codes', () => {
  it('keeps the newest few, once each', () => {
    const storage = memoryStorage();
    for (let i = 1; i <= 7; i++) rememberCode(storage, { code: `WZ0000000${i}`, title: `t${i}`, at: '2026-11-21T00:00:00Z' });
    rememberCode(storage, { code: 'WZ00000005', title: 't5', at: '2026-11-22T00:00:00Z' });
    const codes = readRecentCodes(storage).map((c) => c.code);
    expect(codes).toEqual(['WZ00000005', 'WZ00000007', 'WZ00000006', 'WZ00000004', 'WZ00000003']);
  });

  it('ignores damaged storage', () => {
    const storage = memoryStorage();
    storage.values.set(RECENT_CODES_KEY, '{oops');
    expect(readRecentCodes(storage)).toEqual([]);
    storage.values.set(RECENT_CODES_KEY, JSON.stringify([{ code: 1 }, { code: 'WZ1', title: 'x', at: 'y' }]));
    expect(readRecentCodes(storage)).toEqual([{ code: 'WZ1', title: 'x', at: 'y' }]);
  });
});

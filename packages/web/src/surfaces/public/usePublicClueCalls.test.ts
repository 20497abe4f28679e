import { describe, expect, it, vi } from 'vitest';
import { OperationError } from '../../graphql/fetchGraphql';
import { callState, formatClueTime, usePublicClueCalls, type ClueCallLike } from './usePublicClueCalls';

const call = (id: string, open: boolean, opensAt: string | null = null, closesAt: string | null = null): ClueCallLike => ({
  open,
  opensAt,
  closesAt,
  session: { id, theme: `主题 ${id}`, title: `场次 ${id}` },
});

describe('callState', () => {
  const now = Date.parse('2026-11-21T08:00:00Z');
  it('trusts the server for open, and tells upcoming from closed', () => {
    expect(callState(call('a', true, '2026-11-20T00:00:00Z'), now)).toBe('open');
    expect(callState(call('a', false, '2026-11-22T00:00:00Z'), now)).toBe('upcoming');
    expect(callState(call('a', false, '2026-11-01T00:00:00Z'), now)).toBe('closed');
    expect(callState(call('a', false), now)).toBe('closed');
  });
});

describe('formatClueTime', () => {
  it('shows the year only for another year', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(formatClueTime('2026-11-21T10:05:00Z', 'zh-CN', now)).not.toMatch(/2026/);
    expect(formatClueTime('2025-11-21T10:05:00Z', 'zh-CN', now)).toMatch(/2025/);
    expect(formatClueTime('not a date', 'en')).toBe('not a date');
  });
});

describe('usePublicClueCalls', () => {
  it('preselects the linked session', async () => {
    const calls = usePublicClueCalls({ call: async (id) => call(id, false), calls: async () => [call('a', true)] });
    await calls.load('linked');
    expect(calls.status.value).toBe('ready');
    expect(calls.linked.value?.session.id).toBe('linked');
    expect(calls.preselected.value).toBe('linked');
  });

  it('preselects the only open call, and nothing (a general submission) when there are several', async () => {
    const one = usePublicClueCalls({ call: vi.fn(), calls: async () => [call('a', true), call('later', false, '2999-01-01T00:00:00Z')] });
    await one.load(null);
    expect(one.openCalls.value.map((c) => c.session.id)).toEqual(['a']);
    expect(one.preselected.value).toBe('a');

    const two = usePublicClueCalls({ call: vi.fn(), calls: async () => [call('a', true), call('b', true)] });
    await two.load(null);
    expect(two.preselected.value).toBeNull();
  });

  it('says when the linked session does not exist, and still lists the open calls', async () => {
    const calls = usePublicClueCalls({
      call: async () => {
        throw new OperationError('NOT_FOUND', 'The session was not found.');
      },
      calls: async () => [call('a', true)],
    });
    await calls.load('missing');
    expect(calls.status.value).toBe('notFound');
    expect(calls.calls.value).toHaveLength(1);
    expect(calls.preselected.value).toBe('a');
  });

  it('keeps other failures to show with a retry', async () => {
    const calls = usePublicClueCalls({
      call: vi.fn(),
      calls: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await calls.load(null);
    expect(calls.status.value).toBe('error');
    expect(calls.error.value?.code).toBe('network');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick } from 'vue';
import type { AdminClue } from './useClueBoard';

// The board against a stand-in GraphQL client: what it asks for, and what it does with live clues.
const server = vi.hoisted(() => ({
  requests: [] as Record<string, unknown>[],
  nodes: [] as unknown[],
  live: null as null | ((result: { data?: unknown; error?: unknown }) => void),
}));

vi.mock('../../../graphql/client', async () => {
  const { shallowRef } = await import('vue');
  return {
    liveConnection: shallowRef('connected'),
    client: {
      query: (_document: unknown, variables: Record<string, unknown>) => ({
        toPromise: async () => {
          server.requests.push(variables);
          return {
            data: { clues: { totalCount: server.nodes.length, pageInfo: { endCursor: null, hasNextPage: false }, nodes: server.nodes } },
          };
        },
      }),
      subscription: () => ({
        subscribe: (sink: (result: { data?: unknown }) => void) => {
          server.live = sink;
          return { unsubscribe: () => (server.live = null) };
        },
      }),
    },
  };
});

const { useClueBoard } = await import('./useClueBoard');

let counter = 0;
function clue(change: Partial<AdminClue> = {}): AdminClue {
  counter += 1;
  return {
    id: `c${counter}`,
    trackingCode: `WZ${counter}`,
    hotlineOrderNo: null,
    hotlineReceivedAt: null,
    session: null,
    title: '小区电梯经常故障',
    description: '3 号楼电梯每周停运。',
    category: 'PROPERTY_SERVICE',
    categoryName: '物业服务',
    categoryNameEn: 'Property services',
    location: null,
    latitude: null,
    longitude: null,
    anonymous: false,
    submitterName: null,
    phoneMasked: '138****1234',
    status: 'SUBMITTED',
    published: false,
    questionId: null,
    questionTitle: null,
    mergedInto: null,
    department: null,
    representative: null,
    forwardedAt: null,
    forwardNote: null,
    decidedAt: null,
    undoUntil: null,
    followUpId: null,
    verdict: null,
    verdictComment: null,
    verdictAt: null,
    notices: [],
    rejectReason: null,
    rejectNote: null,
    publicReply: null,
    repliedAt: null,
    supportCount: 0,
    photos: [],
    createdAt: new Date().toISOString(),
    ...change,
  };
}

function mount(options: Parameters<typeof useClueBoard>[0] = {}) {
  const scope = effectScope();
  const board = scope.run(() => useClueBoard(options))!;
  return { board, stop: () => scope.stop() };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  server.requests.length = 0;
  server.nodes = [];
});

afterEach(() => {
  vi.useRealTimers();
});

describe('useClueBoard', () => {
  it('loads the first page with the filter, and again at once when a filter changes', async () => {
    const existing = clue();
    server.nodes = [existing];
    const { board, stop } = mount({ initial: { source: { kind: 'general' } } });
    await settle();
    expect(server.requests).toEqual([{ first: 20, after: undefined, filter: { general: true } }]);
    expect(board.items.value).toEqual([existing]);

    board.filter.statuses = ['SUBMITTED'];
    await nextTick();
    await settle();
    expect(server.requests.at(-1)).toMatchObject({ filter: { general: true, statuses: ['SUBMITTED'] } });
    stop();
  });

  it('waits for typing to pause before searching', async () => {
    const { board, stop } = mount();
    await settle();
    board.filter.search = '电';
    await nextTick();
    board.filter.search = '电梯';
    await nextTick();
    await vi.advanceTimersByTimeAsync(299);
    expect(server.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]).toMatchObject({ filter: { search: '电梯' } });
    stop();
  });

  it('puts matching live clues on top and counts them; others are only reported', async () => {
    const arrived: string[] = [];
    const { board, stop } = mount({ onArrival: (c) => arrived.push(c.id) });
    board.filter.search = '电梯';
    await vi.advanceTimersByTimeAsync(300);

    const matching = clue({ title: '电梯又坏了' });
    const other = clue({ title: '垃圾清运不及时', description: '气味很大。' });
    server.live!({ data: { clueSubmitted: matching } });
    server.live!({ data: { clueSubmitted: other } });
    server.live!({ data: { clueSubmitted: matching } });

    expect(board.items.value.map((c) => c.id)).toEqual([matching.id]);
    expect(board.recent.value.has(matching.id)).toBe(true);
    expect(board.totalCount.value).toBe(1);
    expect(board.arrivals.value).toBe(1);
    expect(arrived).toEqual([matching.id, other.id, matching.id]);

    board.dismissArrivals();
    expect(board.arrivals.value).toBe(0);
    stop();
  });

  it('replaces a changed clue in place', async () => {
    const first = clue();
    const second = clue();
    server.nodes = [first, second];
    const { board, stop } = mount();
    await settle();
    board.replace({ ...second, status: 'REJECTED', rejectReason: 'OTHER' });
    expect(board.items.value.map((c) => c.status)).toEqual(['SUBMITTED', 'REJECTED']);
    board.replace(clue());
    expect(board.items.value).toHaveLength(2);
    stop();
  });

  it('offers the export of what it shows', async () => {
    const { board, stop } = mount();
    board.filter.statuses = ['SUBMITTED', 'ACCEPTED'];
    expect(board.exportUrl.value).toBe('/exports/clues.xlsx?statuses=SUBMITTED%2CACCEPTED&lang=zh');
    stop();
  });
});

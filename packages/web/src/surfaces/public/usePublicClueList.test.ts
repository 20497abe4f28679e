import { describe, expect, it, vi } from 'vitest';
import { OperationError } from '../../graphql/fetchGraphql';
import { usePublicClueList, type PublicClueLike, type PublicClueQuery } from './usePublicClueList';

const clue = (id: string, supportCount = 0, supportedByMe = false): PublicClueLike => ({ id, supportCount, supportedByMe });
const page = (nodes: PublicClueLike[]) => ({ nodes, pageInfo: { endCursor: null, hasNextPage: false }, totalCount: nodes.length });

describe('usePublicClueList', () => {
  it('reads the list again from the top when the search, order or session changes', async () => {
    const queries: PublicClueQuery[] = [];
    const list = usePublicClueList({
      page: async (query) => {
        queries.push(query);
        return page([clue('a')]);
      },
      support: vi.fn(),
    });
    await list.reload();
    await list.setQuery({ search: '  电梯 ' });
    await list.setQuery({ orderBy: 'MOST_SUPPORTED' });
    await list.setQuery({ sessionId: 's1' });
    expect(queries).toEqual([
      { search: '', orderBy: 'NEWEST', sessionId: null },
      { search: '电梯', orderBy: 'NEWEST', sessionId: null },
      { search: '电梯', orderBy: 'MOST_SUPPORTED', sessionId: null },
      { search: '电梯', orderBy: 'MOST_SUPPORTED', sessionId: 's1' },
    ]);
  });

  it('supports a clue once: the count goes up, a second tap sends nothing', async () => {
    const support = vi.fn(async () => ({ supportCount: 4 }));
    const list = usePublicClueList({ page: async () => page([clue('a', 3)]), support });
    await list.reload();
    await Promise.all([list.support('a'), list.support('a')]);
    expect(support).toHaveBeenCalledTimes(1);
    expect(list.items.value[0]).toEqual({ id: 'a', supportCount: 4, supportedByMe: true });
    await list.support('a');
    expect(support).toHaveBeenCalledTimes(1);
  });

  it('shows a clue supported before (elsewhere) as supported, without counting it again', async () => {
    const list = usePublicClueList({
      page: async () => page([clue('a', 3)]),
      support: async () => {
        throw new OperationError('ALREADY_SUPPORTED', 'already');
      },
    });
    await list.reload();
    await list.support('a');
    expect(list.items.value[0]).toEqual({ id: 'a', supportCount: 3, supportedByMe: true });
    expect(list.supportNotice.value).toBeNull();
  });

  it('says when a support was not recorded, by its clue', async () => {
    let error: unknown = new OperationError('RATE_LIMITED', 'slow', 9);
    const list = usePublicClueList({
      page: async () => page([clue('a')]),
      support: async () => {
        throw error;
      },
    });
    await list.reload();
    await list.support('a');
    expect(list.supportNotice.value).toEqual({ clueId: 'a', kind: 'rateLimited', seconds: 9 });
    error = new TypeError('Failed to fetch');
    await list.support('a');
    expect(list.supportNotice.value).toEqual({ clueId: 'a', kind: 'failed' });
    expect(list.items.value[0]!.supportedByMe).toBe(false);
    expect(list.supporting.value.size).toBe(0);
  });
});

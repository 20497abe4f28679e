import { describe, expect, it } from 'vitest';
import type { PublicSessionIndexQueryVariables, SessionKind, SessionStatus } from '../../gql/graphql';
import { parseVotePath } from '../vote/votePaths';
import { isLookBack, useSessionIndex, voteHref, type IndexedSession, type LoadSessionIndex } from './useSessionIndex';

const session = (id: string, status: SessionStatus = 'ENDED', kind: SessionKind = 'TV_QUESTIONING'): IndexedSession => ({
  id,
  title: `场次 ${id}`,
  theme: '物业管理',
  scheduledAt: '2025-06-01T11:30:00.000Z',
  status,
  kind,
  joinCode: `J${id}`,
});

/** A server with `sessions`, newest first, paged with the index as cursor. */
function server(sessions: IndexedSession[]) {
  const calls: PublicSessionIndexQueryVariables[] = [];
  const load: LoadSessionIndex = async (variables) => {
    calls.push(variables);
    const matching = sessions.filter((s) => !variables.search || s.title.includes(variables.search));
    const start = variables.after ? Number(variables.after) : 0;
    const nodes = matching.slice(start, start + variables.first);
    const end = start + nodes.length;
    return { nodes, pageInfo: { endCursor: String(end), hasNextPage: end < matching.length }, totalCount: matching.length };
  };
  return { load, calls };
}

describe('useSessionIndex', () => {
  it('lists the first page, then more with the end cursor and the page size as a variable', async () => {
    const { load, calls } = server([session('a', 'LIVE'), session('b', 'PUBLISHED'), session('c')]);
    const index = useSessionIndex({ pageSize: 2, load });

    const first = index.reload();
    expect(index.status.value).toBe('loading');
    await first;
    expect(index.items.value.map((s) => s.id)).toEqual(['a', 'b']);
    expect(index.hasNextPage.value).toBe(true);

    await index.loadMore();
    expect(index.items.value.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(index.hasNextPage.value).toBe(false);
    expect(calls).toEqual([
      { first: 2, after: null, search: null },
      { first: 2, after: '2', search: null },
    ]);
  });

  it('never shows a draft, even when the server sends one to signed-in staff', async () => {
    const { load } = server([session('draft', 'DRAFT'), session('a', 'PUBLISHED')]);
    const index = useSessionIndex({ pageSize: 10, load });
    await index.reload();
    expect(index.items.value.map((s) => s.id)).toEqual(['a']);
  });

  it('searches from the top, trimmed, and reports an empty result', async () => {
    const { load, calls } = server([session('a'), session('b')]);
    const index = useSessionIndex({ pageSize: 10, load, search: '  ' });
    await index.reload();
    expect(calls.at(-1)?.search).toBeNull();

    await index.setSearch(' 场次 b ');
    expect(index.search.value).toBe('场次 b');
    expect(calls.at(-1)).toEqual({ first: 10, after: null, search: '场次 b' });
    expect(index.items.value.map((s) => s.id)).toEqual(['b']);

    await index.setSearch('无此场次');
    expect(index.isEmpty.value).toBe(true);
  });

  it('keeps the error and recovers on retry; a failed "load more" keeps what was shown', async () => {
    let fail = true;
    const { load: real } = server([session('a'), session('b'), session('c')]);
    const load: LoadSessionIndex = async (variables) => {
      if (fail) throw new Error('offline');
      return real(variables);
    };
    const index = useSessionIndex({ pageSize: 2, load });
    await index.reload();
    expect(index.status.value).toBe('error');
    expect(index.error.value).toBeInstanceOf(Error);
    expect(index.isEmpty.value).toBe(false);

    fail = false;
    await index.reload();
    expect(index.status.value).toBe('ready');
    expect(index.items.value).toHaveLength(2);

    fail = true;
    await index.loadMore();
    expect(index.status.value).toBe('error');
    expect(index.items.value.map((s) => s.id)).toEqual(['a', 'b']);
    fail = false;
    await index.loadMore();
    expect(index.items.value.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('a session’s links and tags', () => {
  it('offers the vote only while the session is on air', () => {
    expect(voteHref(session('a', 'LIVE'))).toBe('/vote/Ja');
    expect(voteHref(session('a', 'PUBLISHED'))).toBeNull();
    expect(voteHref(session('a', 'ENDED'))).toBeNull();
  });

  it('leads to the page the vote app reads as that session’s vote page', () => {
    const live = { ...session('a', 'LIVE'), joinCode: '123456' };
    expect(parseVotePath(voteHref(live)!)).toEqual({ name: 'vote-live', joinCode: '123456' });
  });

  it('marks a look-back session (回头看)', () => {
    expect(isLookBack(session('a', 'ENDED', 'LOOK_BACK'))).toBe(true);
    expect(isLookBack(session('a'))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { CursorPage } from '../composables/useCursorList';
import { keptPages } from './keptPages';

type Node = { id: string; live: boolean };
// Eight nodes on the server, three a page; every third one is live.
const all: Node[] = Array.from({ length: 8 }, (_, n) => ({ id: `s${n}`, live: n % 3 === 0 }));
function server(calls: (string | null)[]) {
  return async (after: string | null): Promise<CursorPage<Node>> => {
    calls.push(after);
    const start = after === null ? 0 : Number(after);
    const end = Math.min(start + 3, all.length);
    return { nodes: all.slice(start, end), pageInfo: { endCursor: String(end), hasNextPage: end < all.length }, totalCount: all.length };
  };
}

describe('keptPages', () => {
  it('reads on past pages with nothing to keep until a page is full or the server has no more', async () => {
    const calls: (string | null)[] = [];
    const fetch = keptPages(server(calls), (node) => node.live, 2);

    const first = await fetch(null);
    expect(first.nodes.map((n) => n.id)).toEqual(['s0', 's3']);
    expect(first.pageInfo).toEqual({ endCursor: '6', hasNextPage: true });
    expect(calls).toEqual([null, '3']);
    // Four passed over so far: at most four more could be kept.
    expect(first.totalCount).toBe(4);

    const second = await fetch('6');
    expect(second.nodes.map((n) => n.id)).toEqual(['s6']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    // With the last page in, the total is exact: s0, s3 and s6.
    expect(second.totalCount).toBe(3);
  });

  it('counts from nothing again when the list starts over', async () => {
    const fetch = keptPages(server([]), (node) => node.live, 5);
    expect((await fetch(null)).totalCount).toBe(3);
    expect((await fetch(null)).totalCount).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { useCursorList, type CursorPage } from './useCursorList';

type Item = { id: string };
const page = (ids: string[], endCursor: string | null, hasNextPage: boolean, totalCount = 3): CursorPage<Item> => ({
  nodes: ids.map((id) => ({ id })),
  pageInfo: { endCursor, hasNextPage },
  totalCount,
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('useCursorList', () => {
  it('loads the first page, then more with the end cursor', async () => {
    const calls: (string | null)[] = [];
    const list = useCursorList<Item>(async (after) => {
      calls.push(after);
      return after === null ? page(['a', 'b'], 'c2', true) : page(['c'], 'c3', false);
    });

    const first = list.reload();
    expect(list.status.value).toBe('loading');
    await first;
    expect(list.items.value.map((i) => i.id)).toEqual(['a', 'b']);
    expect(list.totalCount.value).toBe(3);
    expect(list.hasNextPage.value).toBe(true);

    await list.loadMore();
    expect(calls).toEqual([null, 'c2']);
    expect(list.items.value.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(list.hasNextPage.value).toBe(false);

    await list.loadMore(); // nothing more to load
    expect(calls).toHaveLength(2);
  });

  it('reports an empty list only once it is loaded', async () => {
    const list = useCursorList<Item>(async () => page([], null, false, 0));
    expect(list.isEmpty.value).toBe(false);
    await list.reload();
    expect(list.isEmpty.value).toBe(true);
  });

  it('keeps the error and recovers on retry', async () => {
    let fail = true;
    const list = useCursorList<Item>(async () => {
      if (fail) throw new Error('offline');
      return page(['a'], null, false, 1);
    });
    await list.reload();
    expect(list.status.value).toBe('error');
    expect(list.error.value).toBeInstanceOf(Error);

    fail = false;
    await list.reload();
    expect(list.status.value).toBe('ready');
    expect(list.error.value).toBeNull();
  });

  it('ignores an answer to an older request', async () => {
    const slow = deferred<CursorPage<Item>>();
    const answers = [slow.promise, Promise.resolve(page(['new'], null, false, 1))];
    const list = useCursorList<Item>(() => answers.shift()!);

    const stale = list.reload();
    await list.reload();
    slow.resolve(page(['old'], null, false, 1));
    await stale;
    expect(list.items.value.map((i) => i.id)).toEqual(['new']);
  });

  it('inserts live nodes once and does not repeat them when their page arrives', async () => {
    const list = useCursorList<Item>(async (after) => (after === null ? page(['a'], 'c1', true, 2) : page(['x', 'b'], null, false, 3)));
    await list.reload();

    list.insert({ id: 'x' });
    list.insert({ id: 'x' });
    expect(list.items.value.map((i) => i.id)).toEqual(['x', 'a']);
    expect(list.totalCount.value).toBe(3);
    expect([...list.recent.value]).toEqual(['x']);

    await list.loadMore();
    expect(list.items.value.map((i) => i.id)).toEqual(['x', 'a', 'b']);

    await list.reload(); // a fresh start puts everything back in server order
    expect(list.recent.value.size).toBe(0);
  });
});

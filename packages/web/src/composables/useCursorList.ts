import { computed, shallowRef } from 'vue';

export interface CursorPage<T> {
  nodes: readonly T[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  totalCount: number;
}

/** `loading`: first page on its way; `loadingMore`: further pages; `error`: last request failed. */
export type ListStatus = 'idle' | 'loading' | 'ready' | 'loadingMore' | 'error';

/**
 * A list read page by page with a cursor ("load more"). `fetchPage` throws on failure. Each
 * `reload` (for instance after the search changes) starts over and drops answers to older requests.
 */
export function useCursorList<T extends { id: string }>(fetchPage: (after: string | null) => Promise<CursorPage<T>>) {
  const items = shallowRef<readonly T[]>([]);
  const totalCount = shallowRef(0);
  const hasNextPage = shallowRef(false);
  const status = shallowRef<ListStatus>('idle');
  const error = shallowRef<unknown>(null);
  /** Ids added live since the last reload, to mark them as new. */
  const recent = shallowRef<ReadonlySet<string>>(new Set());
  let endCursor: string | null = null;
  let generation = 0;

  async function load(after: string | null): Promise<void> {
    const current = ++generation;
    status.value = after === null ? 'loading' : 'loadingMore';
    error.value = null;
    try {
      const page = await fetchPage(after);
      if (current !== generation) return;
      // A live insert may already have added a node that now arrives with its page.
      const known = after === null ? new Set<string>() : new Set(items.value.map((item) => item.id));
      const fresh = page.nodes.filter((node) => !known.has(node.id));
      items.value = after === null ? fresh : [...items.value, ...fresh];
      if (after === null) recent.value = new Set();
      totalCount.value = page.totalCount;
      hasNextPage.value = page.pageInfo.hasNextPage;
      endCursor = page.pageInfo.endCursor ?? null;
      status.value = 'ready';
    } catch (caught) {
      if (current !== generation) return;
      error.value = caught;
      status.value = 'error';
    }
  }

  const reload = () => load(null);

  function loadMore(): Promise<void> {
    if (!hasNextPage.value || status.value === 'loading' || status.value === 'loadingMore') return Promise.resolve();
    return load(endCursor);
  }

  /** Adds a node created elsewhere (or by us) at the top, once. */
  function insert(node: T): void {
    if (items.value.some((item) => item.id === node.id)) return;
    items.value = [node, ...items.value];
    recent.value = new Set([...recent.value, node.id]);
    totalCount.value += 1;
  }

  const isEmpty = computed(() => status.value === 'ready' && items.value.length === 0);

  return { items, recent, totalCount, hasNextPage, status, error, isEmpty, reload, loadMore, insert };
}

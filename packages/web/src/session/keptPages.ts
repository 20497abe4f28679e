import type { CursorPage } from '../composables/useCursorList';

/**
 * Pages of only the nodes `keep` accepts, for a list the server cannot filter that way: each page
 * reads on until it holds `size` kept nodes or the server has no more. The total is the server's
 * less the nodes passed over so far: exact once the last page is in, an upper bound before.
 */
export function keptPages<T>(
  fetchPage: (after: string | null) => Promise<CursorPage<T>>,
  keep: (node: T) => boolean,
  size: number,
): (after: string | null) => Promise<CursorPage<T>> {
  // How many nodes were passed over before each cursor, so a later page starts from the right count.
  const skippedBefore = new Map<string, number>();
  return async (after) => {
    let skipped = after === null ? 0 : (skippedBefore.get(after) ?? 0);
    const nodes: T[] = [];
    let cursor = after;
    for (;;) {
      const page = await fetchPage(cursor);
      for (const node of page.nodes) {
        if (keep(node)) nodes.push(node);
        else skipped += 1;
      }
      cursor = page.pageInfo.endCursor ?? null;
      if (nodes.length >= size || !page.pageInfo.hasNextPage || cursor === null) {
        if (cursor !== null) skippedBefore.set(cursor, skipped);
        return { nodes, pageInfo: page.pageInfo, totalCount: Math.max(page.totalCount - skipped, nodes.length) };
      }
    }
  };
}

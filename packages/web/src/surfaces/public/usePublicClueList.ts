import { shallowRef } from 'vue';
import type { PublicClueOrder } from '../../gql/graphql';
import { toOperationError } from '../../graphql/fetchGraphql';
import { useCursorList, type CursorPage } from '../../composables/useCursorList';

// The public list of published clues: search, order, "load more", and 附议 (support) once per phone.

export interface PublicClueLike {
  id: string;
  supportCount: number;
  supportedByMe: boolean;
}

export interface PublicClueQuery {
  search: string;
  orderBy: PublicClueOrder;
  sessionId: string | null;
}

/** Why a support was not recorded, shown by the clue it concerns. */
export type SupportNotice = { clueId: string; kind: 'rateLimited'; seconds: number | null } | { clueId: string; kind: 'failed' };

interface PublicClueListApi<T> {
  page: (query: PublicClueQuery, after: string | null) => Promise<CursorPage<T>>;
  /** Rejects with ALREADY_SUPPORTED when this phone supported it before. */
  support: (clueId: string) => Promise<{ supportCount: number }>;
}

export function usePublicClueList<T extends PublicClueLike>(api: PublicClueListApi<T>, initial: Partial<PublicClueQuery> = {}) {
  const query = shallowRef<PublicClueQuery>({ search: '', orderBy: 'NEWEST', sessionId: null, ...initial });
  const list = useCursorList<T>((after) => api.page(query.value, after));
  const supporting = shallowRef<ReadonlySet<string>>(new Set());
  const supportNotice = shallowRef<SupportNotice | null>(null);

  /** Changes the search, order or session and reads the list again from the top. */
  function setQuery(change: Partial<PublicClueQuery>): Promise<void> {
    const next = { ...query.value, ...change, search: (change.search ?? query.value.search).trim() };
    query.value = next;
    supportNotice.value = null;
    return list.reload();
  }

  function patch(clueId: string, change: Partial<PublicClueLike>): void {
    list.items.value = list.items.value.map((item) => (item.id === clueId ? { ...item, ...change } : item));
  }

  /** 附议: once per phone; a second tap, here or after a reload, changes nothing. */
  async function support(clueId: string): Promise<void> {
    const clue = list.items.value.find((item) => item.id === clueId);
    if (!clue || clue.supportedByMe || supporting.value.has(clueId)) return;
    supporting.value = new Set([...supporting.value, clueId]);
    supportNotice.value = null;
    try {
      const result = await api.support(clueId);
      patch(clueId, { supportCount: result.supportCount, supportedByMe: true });
    } catch (caught) {
      const error = toOperationError(caught);
      if (error.code === 'ALREADY_SUPPORTED') patch(clueId, { supportedByMe: true });
      else if (error.code === 'RATE_LIMITED') supportNotice.value = { clueId, kind: 'rateLimited', seconds: error.retryAfterSeconds };
      else supportNotice.value = { clueId, kind: 'failed' };
    } finally {
      const rest = new Set(supporting.value);
      rest.delete(clueId);
      supporting.value = rest;
    }
  }

  return { ...list, query, setQuery, supporting, supportNotice, support };
}

import { shallowRef } from 'vue';
import type { AdminSessionListQuery } from '../../../gql/graphql';
import { client } from '../../../graphql/client';
import { useCursorList } from '../../../composables/useCursorList';
import { PAGE_SIZE, reloadOnSearch } from '../../../composables/useListPanel';
import { useErrorMessage } from '../../../composables/useErrorMessage';
import { AdminSessionListDocument } from './operations';

export type AdminSessionListItem = AdminSessionListQuery['sessions']['nodes'][number];

/** Sessions with their kinds, newest first, searched by title or theme, page by page: for planners. */
export function useAdminSessionList() {
  const search = shallowRef('');
  const list = useCursorList<AdminSessionListItem>(async (after) => {
    // Absent rather than null when unset: the first page has no cursor and no filter.
    const variables = { first: PAGE_SIZE, after: after ?? undefined, search: search.value.trim() || undefined };
    const result = await client.query(AdminSessionListDocument, variables, { requestPolicy: 'network-only' }).toPromise();
    if (result.error || !result.data) throw result.error ?? new Error('empty response');
    return result.data.sessions;
  });

  reloadOnSearch(search, list.reload);

  const loadError = useErrorMessage(list.error);
  void list.reload();

  return { search, ...list, loadError };
}

import { shallowRef } from 'vue';
import type { SessionListFieldsFragment } from '../gql/graphql';
import { client } from '../graphql/client';
import { useCursorList } from '../composables/useCursorList';
import { PAGE_SIZE, reloadOnSearch } from '../composables/useListPanel';
import { useErrorMessage } from '../composables/useErrorMessage';
import { keptPages } from './keptPages';
import { SessionsDocument } from './operations';

export type SessionListItem = SessionListFieldsFragment;

/**
 * Sessions, newest first, searched by title or theme, page by page: for planners, hosts and
 * moderators. `keep` narrows them (the server does not filter by status), page by page still.
 */
export function useSessionList(options: { keep?: (session: SessionListItem) => boolean } = {}) {
  const search = shallowRef('');
  async function fetchPage(after: string | null) {
    // Absent rather than null when unset: the first page has no cursor and no filter.
    const variables = { first: PAGE_SIZE, after: after ?? undefined, search: search.value.trim() || undefined };
    const result = await client.query(SessionsDocument, variables, { requestPolicy: 'network-only' }).toPromise();
    if (result.error || !result.data) throw result.error ?? new Error('empty response');
    return result.data.sessions;
  }
  const list = useCursorList<SessionListItem>(options.keep ? keptPages(fetchPage, options.keep, PAGE_SIZE) : fetchPage);

  reloadOnSearch(search, list.reload);

  const loadError = useErrorMessage(list.error);
  void list.reload();

  return { search, ...list, loadError };
}

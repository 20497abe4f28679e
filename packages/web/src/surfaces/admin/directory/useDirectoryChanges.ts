import type { Ref } from 'vue';
import type { DirectoryChangedSubscription } from '../../../gql/graphql';
import { useErrorMessage } from '../../../composables/useErrorMessage';
import { reloadOnSearch } from '../../../composables/useListPanel';
import { DirectoryChangedDocument } from './operations';
import { useLiveFeed } from '../useLiveFeed';

export type DirectoryEvent = DirectoryChangedSubscription['directoryChanged'];

/**
 * Follows departments and accounts created by anyone, while the calling component lives.
 * `onReconnect` runs when the socket comes back after a drop: events sent meanwhile are lost,
 * so the caller reloads.
 */
export function useDirectoryChanges(onEvent: (event: DirectoryEvent) => void, onReconnect: () => void) {
  return useLiveFeed(DirectoryChangedDocument, (data) => onEvent(data.directoryChanged), onReconnect);
}

/** The parts of a `useCursorList` list that `useLiveDirectoryList` drives. */
interface LiveList<T> {
  reload: () => Promise<void>;
  insert: (item: T) => void;
  error: Ref<unknown>;
}

/**
 * Keeps a directory list current: reloads once the search has paused, inserts entries created
 * live that `created` picks out (it returns null for the others), reloads after a reconnect,
 * and loads the first page at once.
 */
export function useLiveDirectoryList<T>(list: LiveList<T>, search: Ref<string>, created: (event: DirectoryEvent) => T | null) {
  const cancelSearch = reloadOnSearch(search, list.reload);

  /** Reloads now for a filter other than the search, dropping a reload still waiting on the search. */
  function reloadNow() {
    cancelSearch();
    void list.reload();
  }

  const live = useDirectoryChanges((event) => {
    const item = created(event);
    if (item) list.insert(item);
  }, list.reload);

  const loadError = useErrorMessage(list.error);
  void list.reload();

  return { loadError, liveStatus: live.status, reloadNow };
}

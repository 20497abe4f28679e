import { computed, onScopeDispose, shallowRef, watch, type Ref } from 'vue';
import { graphql } from '../gql';
import type { DirectoryChangedSubscription } from '../gql/graphql';
import { client, liveConnection } from '../graphql/client';
import { useErrorMessage } from './useErrorMessage';

export type DirectoryEvent = DirectoryChangedSubscription['directoryChanged'];
export type LiveStatus = 'connecting' | 'live' | 'offline';

const DirectoryChangedDocument = graphql(`
  subscription DirectoryChanged {
    directoryChanged {
      change
      department {
        ...AdminDepartmentFields
      }
      account {
        ...AdminAccountFields
      }
    }
  }
`);

/**
 * Follows departments and accounts created by anyone, while the calling component lives.
 * `onReconnect` runs when the socket comes back after a drop: events sent meanwhile are lost,
 * so the caller reloads.
 */
export function useDirectoryChanges(onEvent: (event: DirectoryEvent) => void, onReconnect: () => void) {
  const error = shallowRef<unknown>(null);
  const subscription = client.subscription(DirectoryChangedDocument, {}).subscribe((result) => {
    error.value = result.error ?? null;
    if (result.data) onEvent(result.data.directoryChanged);
  });
  onScopeDispose(() => subscription.unsubscribe());

  let connectedBefore = liveConnection.value === 'connected';
  watch(liveConnection, (state) => {
    if (state !== 'connected') return;
    if (connectedBefore) onReconnect();
    connectedBefore = true;
  });

  const status = computed<LiveStatus>(() => {
    if (error.value || liveConnection.value === 'closed') return 'offline';
    return liveConnection.value === 'connected' ? 'live' : 'connecting';
  });

  return { status, error };
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
export function useLiveDirectoryList<T>(
  list: LiveList<T>,
  search: Ref<string>,
  searchDelayMs: number,
  created: (event: DirectoryEvent) => T | null,
) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  onScopeDispose(() => clearTimeout(timer));
  watch(search, () => {
    clearTimeout(timer);
    timer = setTimeout(list.reload, searchDelayMs);
  });

  /** Reloads now for a filter other than the search, dropping a reload still waiting on the search. */
  function reloadNow() {
    clearTimeout(timer);
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

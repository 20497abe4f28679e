import { computed, onScopeDispose, shallowRef, watch } from 'vue';
import { graphql } from '../gql';
import type { DirectoryChangedSubscription } from '../gql/graphql';
import { client, liveConnection } from '../graphql/client';

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

import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { computed, onScopeDispose, shallowRef, watch } from 'vue';
import { client, liveConnection } from '../../graphql/client';

export type LiveStatus = 'connecting' | 'live' | 'offline';

/**
 * Follows a subscription while the calling component lives, handing each event to `onData`.
 * `onReconnect` runs when the socket comes back after a drop: events sent meanwhile are lost, so
 * the caller reloads. The status is what the page's live badge shows.
 */
export function useLiveFeed<D>(document: TypedDocumentNode<D, Record<string, never>>, onData: (data: D) => void, onReconnect: () => void) {
  const error = shallowRef<unknown>(null);
  const subscription = client.subscription(document, {}).subscribe((result) => {
    error.value = result.error ?? null;
    if (result.data) onData(result.data);
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

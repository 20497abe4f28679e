import { Client, fetchExchange, mapExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';
import { shallowRef } from 'vue';
import { graphqlWsUrl } from './wsUrl';

export { graphqlWsUrl };

export type LiveConnection = 'idle' | 'connecting' | 'connected' | 'closed';

/** State of the WebSocket that carries subscriptions, for showing whether lists update live. */
export const liveConnection = shallowRef<LiveConnection>('idle');

// The session cookie rides on the WebSocket upgrade, so no token is passed here. Lazy: the socket
// opens with the first subscription, after sign-in, and carries that session.
export const wsClient = createWsClient({
  url: graphqlWsUrl(window.location),
  lazy: true,
  // Moving between pages swaps one subscription for another; keep the socket meanwhile.
  lazyCloseTimeout: 3000,
  // Keep reconnecting (with growing waits) through server restarts; the library still gives up
  // on closes that mean the request itself is refused.
  retryAttempts: Infinity,
  on: {
    connecting: () => (liveConnection.value = 'connecting'),
    connected: () => (liveConnection.value = 'connected'),
    closed: () => (liveConnection.value = 'closed'),
  },
});

/** Set once the server answers UNAUTHENTICATED: the session expired or was ended elsewhere. */
export const sessionExpired = shallowRef(false);

// No document cache: lists are assembled page by page in composables and refreshed by
// subscriptions, and `me` must never be answered from a stale cache after a sign-out.
export const client = new Client({
  url: '/graphql',
  preferGetMethod: false,
  fetchOptions: { credentials: 'same-origin' },
  exchanges: [
    mapExchange({
      onError(error) {
        if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) sessionExpired.value = true;
      },
    }),
    fetchExchange,
    subscriptionExchange({
      forwardSubscription(request) {
        const payload = { ...request, query: request.query ?? '' };
        return {
          subscribe(sink) {
            const unsubscribe = wsClient.subscribe(payload, sink);
            return { unsubscribe };
          },
        };
      },
    }),
  ],
});

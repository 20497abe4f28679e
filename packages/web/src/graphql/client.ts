import { Client, fetchExchange, mapExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';
import { shallowRef } from 'vue';
import { isCloseLike, signInEnded } from './socketClose';
import { graphqlWsUrl } from './wsUrl';

export { graphqlWsUrl };

export type LiveConnection = 'idle' | 'connecting' | 'connected' | 'closed';

/** State of the WebSocket that carries subscriptions, for showing whether lists update live. */
export const liveConnection = shallowRef<LiveConnection>('idle');

/**
 * Set once the server closed the socket because this sign-in ended (revoked, account deactivated,
 * password reset, signed out elsewhere): the socket is not reopened with it, and the staff shell
 * sends the person to sign in again.
 */
export const credentialEnded = shallowRef(false);

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
  // Not with a sign-in the server has ended: every retry would be closed the same way.
  shouldRetry: (event) => isCloseLike(event) && !signInEnded(event),
  on: {
    connecting: () => (liveConnection.value = 'connecting'),
    connected: () => (liveConnection.value = 'connected'),
    closed: (event) => {
      liveConnection.value = 'closed';
      if (signInEnded(event)) credentialEnded.value = true;
    },
  },
});

/** Set once the server answers UNAUTHENTICATED: the session expired or was ended elsewhere. */
export const sessionExpired = shallowRef(false);
/** Why, when the server said: `IDLE_TIMEOUT` for a sign-in that went unused too long (the sign-in page says so). */
export const signInEndReason = shallowRef<string | null>(null);

// No document cache: lists are assembled page by page in composables and refreshed by
// subscriptions, and `me` must never be answered from a stale cache after a sign-out.
export const client = new Client({
  url: '/graphql',
  preferGetMethod: false,
  fetchOptions: { credentials: 'same-origin' },
  exchanges: [
    mapExchange({
      onError(error) {
        const refusal = error.graphQLErrors.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
        if (!refusal) return;
        if (typeof refusal.extensions.reason === 'string') signInEndReason.value = refusal.extensions.reason;
        sessionExpired.value = true;
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

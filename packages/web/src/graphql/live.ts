import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client } from 'graphql-ws';
import { shallowRef, type ShallowRef } from 'vue';
import { dataOrThrow, OperationError, queryText, toOperationError } from './fetchGraphql';
import { audienceSessionEnded } from './socketClose';
import { graphqlWsUrl } from './wsUrl';

export { fetchGraphql, OperationError, queryText, toOperationError } from './fetchGraphql';

// The live transport of the light surfaces (audience phones, broadcast screen): graphql-ws
// directly, without urql, so a phone on mobile data downloads as little as possible.

export type SocketStatus = 'connecting' | 'connected' | 'reconnecting' | 'ended';

export interface LiveSocket {
  /**
   * Whether live updates flow now; `reconnecting` after the connection was lost; `ended` for good
   * once the server closed it because the phone's session ended (it is not reopened, not even for
   * a later operation).
   */
  readonly status: ShallowRef<SocketStatus>;
  /** Follows a subscription; it resumes by itself after a reconnect (the server then sends the current state). */
  subscribe<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    handlers: { next: (data: R) => void; error?: (error: OperationError) => void },
  ): () => void;
  /**
   * One query or mutation over the open socket. If the connection drops before the answer, it is
   * sent again once reconnected; callers make that safe (a vote carries its ballot id).
   */
  execute<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables: V): Promise<R>;
  /** Called after every reconnect (not the first connect), e.g. to measure the clock again. */
  onReconnected(listener: () => void): () => void;
  dispose(): void;
}

/** Seconds between pings, and how long a pong may take before the connection counts as dead. */
const PING_EVERY_MS = 10_000;
const PONG_WITHIN_MS = 5_000;
const MAX_RETRY_WAIT_MS = 8_000;

/**
 * What an operation gets once the server has closed the socket for the end of the session: the
 * socket is not opened again for it (the lazy client would, only to be closed at once).
 */
const sessionEnded = () => new OperationError('SESSION_ENDED', 'This session has ended.');

/**
 * A WebSocket that keeps itself alive on flaky mobile networks: it notices a dead connection (no
 * pong, or the browser going offline), retries without end with short waits, and retries at once
 * when the network comes back.
 */
export function createLiveSocket(
  options: {
    connectionParams?: () => Record<string, unknown> | Promise<Record<string, unknown>>;
    /** For tests: a stand-in for the browser's WebSocket. */
    webSocketImpl?: unknown;
  } = {},
): LiveSocket {
  const status = shallowRef<SocketStatus>('connecting');
  const reconnectedListeners = new Set<() => void>();
  let wakeRetry: (() => void) | null = null;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  let operations = 0;

  const client: Client = createClient({
    url: graphqlWsUrl(window.location),
    // Numbered instead of random ids: every phone then follows the live state under the same id, and
    // the server writes each update to all of them as the very same bytes, encoded once.
    generateID: () => String(++operations),
    connectionParams: options.connectionParams,
    webSocketImpl: options.webSocketImpl,
    lazy: true,
    lazyCloseTimeout: 3_000,
    keepAlive: PING_EVERY_MS,
    retryAttempts: Infinity,
    // Every failure is worth another try (the server may be restarting or the phone between cells),
    // but for the end of the session: the pass will not work again.
    shouldRetry: (event) => !audienceSessionEnded(event),
    retryWait: (retries) =>
      new Promise<void>((resolve) => {
        const wait = Math.min(MAX_RETRY_WAIT_MS, 500 * 2 ** retries) + Math.random() * 500;
        const timer = setTimeout(done, wait);
        function done() {
          clearTimeout(timer);
          wakeRetry = null;
          resolve();
        }
        wakeRetry = done;
      }),
    on: {
      connecting: (isRetry) => {
        if (isRetry && status.value !== 'ended') status.value = 'reconnecting';
      },
      connected: (_socket, _payload, wasRetry) => {
        status.value = 'connected';
        if (wasRetry) reconnectedListeners.forEach((listener) => listener());
      },
      closed: (event) => {
        clearTimeout(pongTimer);
        if (audienceSessionEnded(event)) status.value = 'ended';
        else if (!disposed && status.value === 'connected') status.value = 'reconnecting';
      },
      ping: (received) => {
        if (received) return;
        clearTimeout(pongTimer);
        pongTimer = setTimeout(() => client.terminate(), PONG_WITHIN_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
    },
  });

  // The browser knows before any ping does: drop the dead socket now, and retry as soon as it is back.
  const onOffline = () => {
    if (status.value === 'ended') return;
    if (status.value === 'connected') client.terminate();
    status.value = 'reconnecting';
  };
  const onOnline = () => wakeRetry?.();
  const onVisible = () => {
    if (document.visibilityState === 'visible') wakeRetry?.();
  };
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);

  return {
    status,
    subscribe(document, variables, handlers) {
      if (status.value === 'ended') {
        handlers.error?.(sessionEnded());
        return () => undefined;
      }
      // biome-ignore lint/suspicious/noExplicitAny: each document brings its own result type, checked by the caller's signature
      return client.subscribe<any>(
        { query: queryText(document), variables },
        {
          next: (result) => {
            if (result.errors?.length) handlers.error?.(toOperationError(result.errors));
            else if (result.data) handlers.next(result.data);
          },
          error: (error) => handlers.error?.(toOperationError(error)),
          complete: () => undefined,
        },
      );
    },
    execute(document, variables) {
      if (status.value === 'ended') return Promise.reject(sessionEnded());
      return new Promise((resolve, reject) => {
        let settled = false;
        // biome-ignore lint/suspicious/noExplicitAny: as above
        const stop = client.subscribe<any>(
          { query: queryText(document), variables },
          {
            next: (result) => {
              if (settled) return;
              settled = true;
              try {
                resolve(dataOrThrow(result));
              } catch (error) {
                reject(error);
              }
            },
            error: (error) => {
              if (settled) return;
              settled = true;
              reject(toOperationError(error));
            },
            complete: () => {
              if (!settled) reject(new OperationError('unknown', 'The server sent no answer.'));
            },
          },
        );
        void stop;
      });
    },
    onReconnected(listener) {
      reconnectedListeners.add(listener);
      return () => reconnectedListeners.delete(listener);
    },
    dispose() {
      disposed = true;
      clearTimeout(pongTimer);
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisible);
      // Disposing while a connection attempt is failing rejects; there is nothing left to tell.
      void Promise.resolve(client.dispose()).catch(() => undefined);
    },
  };
}

import { computed, onScopeDispose, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import type { HostPreLiveCheckQuery } from '../../gql/graphql';
import { client } from '../../graphql/client';
import { startVisiblePolling } from './visiblePolling';
import { PreLiveCheckDocument } from './operations';

export type PreLiveFinding = HostPreLiveCheckQuery['preLiveCheck'][number];

/** Plan edits and seat claims happen elsewhere and say nothing to the console: look again this often. */
const RECHECK_MS = 20_000;

/**
 * The pre-live check of a session, while `active` (the session is published and not yet on air):
 * read when the console opens, again every little while and when the tab is shown again, and on
 * demand (the refresh button, or after the server refused a start because something changed).
 */
export function usePreLiveCheck(sessionId: string, active: MaybeRefOrGetter<boolean>) {
  const findings = shallowRef<PreLiveFinding[] | null>(null);
  const error = shallowRef<unknown>(null);
  const loading = shallowRef(false);

  let current: Promise<void> | null = null;
  function refresh(): Promise<void> {
    current ??= (async () => {
      loading.value = true;
      try {
        const result = await client.query(PreLiveCheckDocument, { sessionId }, { requestPolicy: 'network-only' }).toPromise();
        if (result.data) {
          findings.value = result.data.preLiveCheck;
          error.value = null;
        } else {
          error.value = result.error ?? new Error('empty response');
        }
      } finally {
        loading.value = false;
        current = null;
      }
    })();
    return current;
  }

  let stop: (() => void) | null = null;
  watch(
    () => toValue(active),
    (on) => {
      stop?.();
      stop = on ? startVisiblePolling(refresh, RECHECK_MS) : null;
    },
    { immediate: true },
  );
  onScopeDispose(() => stop?.());

  /** loading: the first answer is awaited; error: there is none to show. */
  const status = computed<'loading' | 'error' | 'ready'>(() => (findings.value ? 'ready' : error.value ? 'error' : 'loading'));

  return { findings, error, loading, status, refresh };
}

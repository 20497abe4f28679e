import { onScopeDispose, shallowRef } from 'vue';
import { client } from '../../graphql/client';
import { LiveHealthDocument } from './operations';
import type { LiveHealth } from './liveHealth';
import { startVisiblePolling } from './visiblePolling';

/** As often as Prometheus is told to scrape (docs/operations.md): a vote storm lasts seconds. */
export const HEALTH_POLL_MS = 5_000;

/** The server's figures (the metrics endpoint's), read every few seconds while the console is shown. */
export function useLiveHealth(sessionId: string) {
  const health = shallowRef<LiveHealth | null>(null);
  const error = shallowRef<unknown>(null);

  async function refresh() {
    const result = await client.query(LiveHealthDocument, { sessionId }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) {
      health.value = result.data.liveHealth;
      error.value = null;
    } else {
      error.value = result.error ?? new Error('empty response');
    }
  }

  onScopeDispose(startVisiblePolling(refresh, HEALTH_POLL_MS));
  return { health, error, refresh };
}

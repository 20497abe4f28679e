import { onScopeDispose, shallowRef } from 'vue';
import { client } from '../../graphql/client';
import { ConnectedPhonesDocument } from './operations';

/** The server updates the count every few seconds; asking more often would show nothing new. */
export const PHONES_POLL_MS = 3_000;

/** Devices following the session live, read every few seconds while the console is open. */
export function useConnectedPhones(sessionId: string) {
  const count = shallowRef<number | null>(null);
  const error = shallowRef<unknown>(null);
  let inFlight = false;

  async function poll() {
    if (inFlight) return;
    inFlight = true;
    try {
      const result = await client.query(ConnectedPhonesDocument, { sessionId }, { requestPolicy: 'network-only' }).toPromise();
      if (result.data) count.value = result.data.connectedPhones;
      error.value = result.error ?? null;
    } finally {
      inFlight = false;
    }
  }

  const timer = setInterval(() => void poll(), PHONES_POLL_MS);
  onScopeDispose(() => clearInterval(timer));
  void poll();

  return { count, error };
}

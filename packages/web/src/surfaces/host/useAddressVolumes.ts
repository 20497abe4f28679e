import { computed, onScopeDispose, shallowRef } from 'vue';
import type { HostAddressVolumesQuery } from '../../gql/graphql';
import { client } from '../../graphql/client';
import { startVisiblePolling } from './visiblePolling';
import { AddressVolumesDocument } from './operations';

export type AddressVolumeReport = HostAddressVolumesQuery['addressVolumes'];

/** The server updates the counts about every second; staff glance at them, they do not watch each one. */
export const VOLUME_POLL_MS = 5_000;

/** Volume per network address in a session, read every few seconds while the console is shown. */
export function useAddressVolumes(sessionId: string) {
  const report = shallowRef<AddressVolumeReport | null>(null);
  const error = shallowRef<unknown>(null);

  async function refresh() {
    const result = await client.query(AddressVolumesDocument, { sessionId }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) {
      report.value = result.data.addressVolumes;
      error.value = null;
    } else {
      error.value = result.error ?? new Error('empty response');
    }
  }

  onScopeDispose(startVisiblePolling(refresh, VOLUME_POLL_MS));

  /** An error with an earlier report still shows that report, marked as out of date. */
  const status = computed<'loading' | 'error' | 'ready'>(() => (report.value ? 'ready' : error.value ? 'error' : 'loading'));

  return { report, error, status, refresh };
}

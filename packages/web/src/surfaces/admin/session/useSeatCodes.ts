import { computed, shallowRef } from 'vue';
import type { SeatCodeFieldsFragment } from '../../../gql/graphql';
import { client } from '../../../graphql/client';
import { bySeatNumber } from './seatCodeOrder';
import { useSessionErrorMessage } from '../../../session/sessionErrors';
import { SeatCodesDocument } from './operations';

export type SeatCode = SeatCodeFieldsFragment;

/** The printed seat codes of one session, in seat order, for the sheet to print; the roll adds them (useStudioRoll). */
export function useSeatCodes(sessionId: string) {
  const codes = shallowRef<readonly SeatCode[]>([]);
  const status = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<unknown>(null);

  async function load() {
    status.value = 'loading';
    const result = await client.query(SeatCodesDocument, { sessionId }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) {
      codes.value = [...result.data.seatCodes].sort(bySeatNumber);
      loadError.value = null;
      status.value = 'ready';
    } else {
      loadError.value = result.error ?? new Error('empty response');
      status.value = 'error';
    }
  }

  const claimedCount = computed(() => codes.value.filter((c) => c.claimed).length);

  void load();

  return { codes, status, claimedCount, loadError: useSessionErrorMessage(loadError), load };
}

import { shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import type { HostRoundTallySubscription } from '../../gql/graphql';
import { client, liveConnection } from '../../graphql/client';
import { acceptTally } from '../../live/tally';
import { HostRoundTallyDocument } from './operations';

export type RoundTally = HostRoundTallySubscription['roundTallyChanged'];

/** Live turnout and result of one round; follows the round id as the question on air changes. */
export function useRoundTally(roundId: MaybeRefOrGetter<string | null | undefined>) {
  const tally = shallowRef<RoundTally | null>(null);
  const error = shallowRef<unknown>(null);
  // After a reconnect the server may count again from the start; take its next snapshot as it is.
  let acceptAny = true;
  watch(liveConnection, (state) => {
    if (state !== 'connected') acceptAny = true;
  });

  watch(
    () => toValue(roundId) ?? null,
    (id, _old, onCleanup) => {
      tally.value = null;
      error.value = null;
      acceptAny = true;
      if (!id) return;
      const subscription = client.subscription(HostRoundTallyDocument, { roundId: id }).subscribe((result) => {
        if (result.error) error.value = result.error;
        const next = result.data?.roundTallyChanged;
        if (!next || next.roundId !== id) return;
        if (acceptTally(acceptAny ? null : tally.value, next) === next) {
          tally.value = next;
          error.value = null;
          acceptAny = false;
        }
      });
      onCleanup(() => subscription.unsubscribe());
    },
    { immediate: true },
  );

  return { tally, error };
}

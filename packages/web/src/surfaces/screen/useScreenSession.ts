import { computed, onScopeDispose, shallowRef, watch } from 'vue';
import type { ScreenSessionQuery } from '../../gql/graphql';
import { useLiveClock } from '../../live/liveClock';
import { acceptLiveState, screenStage, type LiveState } from '../../live/liveState';
import { acceptTally, type RoundTally } from '../../live/tally';
import { createLiveSocket, fetchGraphql, OperationError, toOperationError } from '../../graphql/live';
import { LiveStateChangedDocument } from '../../live/operations';
import { useMessageWall } from '../../live/wall/useMessageWall';
import { ScreenRoundTallyChangedDocument, ScreenSessionDocument } from './operations';

export type ScreenPlan = ScreenSessionQuery['session'];

/** How long to wait before asking for the session plan again after a failure. */
const PLAN_RETRY_MS = 5_000;

/**
 * The broadcast screen's view of one session: its plan (join code, running order and revealed
 * results, for the QR code and the summary), the live state, and the live tally of the round on air.
 */
export function useScreenSession(sessionId: string) {
  const plan = shallowRef<ScreenPlan | null>(null);
  /** The address phones are shown to join (PUBLIC_URL), read with the plan; null when the server has none. */
  const publicUrl = shallowRef<string | null>(null);
  const planError = shallowRef<OperationError | null>(null);
  const state = shallowRef<LiveState | null>(null);
  const liveError = shallowRef<OperationError | null>(null);
  const tally = shallowRef<RoundTally | null>(null);
  let planTimer: ReturnType<typeof setTimeout> | undefined;

  const socket = createLiveSocket();
  const clock = useLiveClock(() => socket);
  const stage = computed(() => screenStage(state.value, clock.now.value));
  const connection = socket.status;
  const roundId = computed(() => state.value?.question?.round?.id ?? null);
  // Approved audience messages, for the ticker and the overlay's lower third (empty while messages are off).
  const { wall } = useMessageWall(socket, sessionId);

  async function loadPlan(): Promise<void> {
    clearTimeout(planTimer);
    try {
      const data = await fetchGraphql(ScreenSessionDocument, { id: sessionId });
      publicUrl.value = data.publicUrl ?? null;
      plan.value = data.session;
      planError.value = null;
    } catch (error) {
      planError.value = toOperationError(error);
      // A missing session stays missing; anything else is worth another try.
      if (planError.value.code !== 'NOT_FOUND') planTimer = setTimeout(() => void loadPlan(), PLAN_RETRY_MS);
    }
  }

  const stopLive = socket.subscribe(
    LiveStateChangedDocument,
    { sessionId },
    {
      next: ({ liveStateChanged }) => {
        clock.hint(liveStateChanged.serverTime);
        state.value = acceptLiveState(state.value, liveStateChanged);
        liveError.value = null;
      },
      error: (error) => (liveError.value = error),
    },
  );
  const stopReconnected = socket.onReconnected(() => void clock.sync());

  // One tally subscription, for the round on air; it sends the current counts first.
  let stopTally: (() => void) | null = null;
  watch(
    roundId,
    (id) => {
      stopTally?.();
      stopTally = null;
      if (tally.value?.roundId !== id) tally.value = null;
      if (!id) return;
      stopTally = socket.subscribe(
        ScreenRoundTallyChangedDocument,
        { roundId: id },
        {
          next: ({ roundTallyChanged }) => {
            if (roundTallyChanged.roundId === roundId.value) tally.value = acceptTally(tally.value, roundTallyChanged);
          },
        },
      );
    },
    { immediate: true },
  );

  // The summary needs every revealed result: read the plan again when the session ends, and
  // when it goes live (the join code and electorate are final then).
  watch(
    () => state.value?.status,
    (status, previous) => {
      if (status && previous && status !== previous) void loadPlan();
    },
  );

  onScopeDispose(() => {
    clearTimeout(planTimer);
    stopTally?.();
    stopLive();
    stopReconnected();
    socket.dispose();
  });

  void loadPlan();
  void clock.sync();

  return { plan, publicUrl, planError, state, liveError, tally, stage, clock, connection, wall };
}

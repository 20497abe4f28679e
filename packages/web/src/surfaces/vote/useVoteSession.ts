import { computed, onScopeDispose, shallowRef, watch, type InjectionKey } from 'vue';
import type { Choice } from '../../gql/graphql';
import { forgetPass, isJoinCode, type AudiencePass } from './audiencePass';
import {
  ballotAfterError,
  castVoteInput,
  confirmBallot,
  discardBallot,
  isRetryableBallotError,
  readBallot,
  rollOnly,
  startBallot,
  type Ballot,
} from '../../live/ballot';
import { useLiveClock } from '../../live/liveClock';
import { acceptLiveState, phoneStage, type LiveState, type PhoneStage } from '../../live/liveState';
import { createLiveSocket, OperationError, toOperationError, type LiveSocket } from '../../graphql/live';
import { LiveStateChangedDocument } from '../../live/operations';
import { requestPass, takeEarlyStart } from './earlyJoin';
import { VoteCastVoteDocument } from './operations';

/** One phone's session as the live page shows it. */
export type VoteSession = ReturnType<typeof useVoteSession>;

/**
 * The session the server draws the live page with (voteServerRender.ts): the live state the page
 * ships with, before this phone has joined. The page otherwise follows its own `useVoteSession`.
 */
export const DRAWN_SESSION: InjectionKey<VoteSession> = Symbol('drawn vote session');

export type JoinState = { kind: 'joining' } | { kind: 'failed'; error: OperationError } | { kind: 'joined'; pass: AudiencePass };

/** Automatic resends of a ballot the server failed on (not refused), before asking the voter. */
const SERVER_RETRIES = 3;

function storageOrUndefined(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * One phone (or studio seat) in one session: joins with the code (or reuses the stored pass),
 * follows the live state over the socket, and casts votes that count as confirmed only once the
 * server's receipt is in.
 */
export function useVoteSession(joinCode: string, storage: Storage | undefined = storageOrUndefined()) {
  const join = shallowRef<JoinState>({ kind: 'joining' });
  const state = shallowRef<LiveState | null>(null);
  const liveError = shallowRef<OperationError | null>(null);
  const socket = shallowRef<LiveSocket | null>(null);
  const ballot = shallowRef<Ballot | null>(null);
  /** The last failure to send the ballot on show, when it was neither stored nor refused. */
  const sendError = shallowRef<OperationError | null>(null);
  const inFlight = shallowRef<string | null>(null);
  let stopLive: (() => void) | null = null;
  let stopReconnected: (() => void) | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const clock = useLiveClock(() => socket.value);

  const pass = computed(() => (join.value.kind === 'joined' ? join.value.pass : null));
  const channel = computed(() => pass.value?.channel ?? 'ONLINE');
  const connection = computed(() => socket.value?.status.value ?? 'connecting');
  // The server closes a phone's socket for good once its session has ended, after sending the final
  // state; the page says the session is over even if that state was lost on the way.
  const stage = computed<PhoneStage>(() =>
    connection.value === 'ended' ? { kind: 'ended' } : phoneStage(state.value, channel.value, clock.now.value),
  );
  const roundId = computed(() => state.value?.question?.round?.id ?? null);
  const sending = computed(() => ballot.value?.status === 'pending' && inFlight.value === ballot.value.ballotId);
  /** Where this device votes from and the session's online weight: a roll-only session gives an online phone no ballot. */
  const voter = computed(() => ({ channel: channel.value, onlineWeight: state.value?.settings.onlineWeight ?? null }));
  /** Only the people on the roll vote in this session, and this is an online phone: it watches and sees the results. */
  const watchOnly = computed(() => rollOnly(voter.value));

  /** Joins with the stored pass, or asks the server for one. */
  function start(): Promise<void> {
    return begin(null);
  }

  /** Joins with a pass this page has just been given (a proven mobile number), stored or not. */
  function joinWith(pass: AudiencePass): Promise<void> {
    return begin(pass);
  }

  async function begin(given: AudiencePass | null): Promise<void> {
    clearTimeout(retryTimer);
    disconnect();
    if (!isJoinCode(joinCode)) {
      join.value = { kind: 'failed', error: new OperationError('BAD_USER_INPUT', 'Not a session code.') };
      return;
    }
    join.value = { kind: 'joining' };
    const early = given ? null : takeEarlyStart(joinCode);
    const passReady = given ? Promise.resolve(given) : (early?.pass ?? requestPass(joinCode));
    // The socket opens (and the clock is measured) while the join is still on its way; the pass
    // goes in its first message once it has arrived.
    const live = createLiveSocket({ connectionParams: async () => ({ deviceToken: (await passReady).token }) });
    socket.value = live;
    void clock.sync();
    // The state the page came with shows the session until the socket's first message; the version
    // decides if both arrive.
    early?.state.then(
      (first) => {
        if (!first || socket.value !== live) return;
        clock.hint(first.serverTime);
        state.value = acceptLiveState(state.value, first);
      },
      () => undefined,
    );
    let joined: AudiencePass;
    try {
      joined = await passReady;
    } catch (error) {
      disconnect();
      const failure = toOperationError(error);
      join.value = { kind: 'failed', error: failure };
      // Busy networks recover by themselves: try again when the server says, or when back online.
      if (failure.code === 'RATE_LIMITED') retryTimer = setTimeout(() => void start(), (failure.retryAfterSeconds ?? 5) * 1000);
      return;
    }
    if (socket.value !== live) return;
    join.value = { kind: 'joined', pass: joined };
    follow(live, joined);
  }

  function follow(live: LiveSocket, current: AudiencePass): void {
    liveError.value = null;
    // The server sends the current state first and again after every resubscription, so a phone
    // that was offline catches up by itself.
    stopLive = live.subscribe(
      LiveStateChangedDocument,
      { sessionId: current.sessionId },
      {
        next: ({ liveStateChanged }) => {
          clock.hint(liveStateChanged.serverTime);
          state.value = acceptLiveState(state.value, liveStateChanged);
          liveError.value = null;
        },
        error: (error) => (liveError.value = error),
      },
    );
    stopReconnected = live.onReconnected(() => {
      void clock.sync();
      // A ballot whose answer was lost with the connection is sent again, with the same id.
      if (ballot.value?.status === 'pending') void send(ballot.value);
    });
  }

  function disconnect(): void {
    stopLive?.();
    stopReconnected?.();
    socket.value?.dispose();
    stopLive = stopReconnected = null;
    socket.value = null;
  }

  /** Leaves the pass behind (it was refused) and joins again as a new phone. */
  function rejoin(): void {
    forgetPass(storage, joinCode);
    disconnect();
    state.value = null;
    void start();
  }

  // The ballot on show follows the round on air; one left pending by a reload is sent again.
  watch(roundId, (id) => {
    sendError.value = null;
    ballot.value = id ? readBallot(storage, id) : null;
    if (ballot.value?.status === 'pending') void send(ballot.value);
  });

  async function send(current: Ballot, attempt = 0): Promise<void> {
    const live = socket.value;
    if (!live || inFlight.value === current.ballotId) return;
    inFlight.value = current.ballotId;
    sendError.value = null;
    let settled: Ballot = current;
    try {
      const { castVote } = await live.execute(VoteCastVoteDocument, { input: castVoteInput(current) });
      settled = confirmBallot(storage, current, castVote);
    } catch (error) {
      const failure = toOperationError(error);
      settled = ballotAfterError(storage, current, failure, voter.value);
      // A roll-only session refuses an online phone's ballot with FORBIDDEN (settled above as ROLL_ONLY),
      // and a representative not on the roll likewise (NOT_ON_ROLL): the pass still serves to watch. Any other FORBIDDEN is a pass this session does not accept.
      if (settled.status !== 'refused' && (failure.code === 'UNAUTHENTICATED' || failure.code === 'FORBIDDEN')) {
        // The pass is not accepted: this ballot cannot be sent with it.
        discardBallot(storage, current.roundId);
        settled = { ...current, status: 'refused' };
        join.value = { kind: 'failed', error: failure };
        forgetPass(storage, joinCode);
      } else if (settled.status === 'pending') {
        sendError.value = failure;
        if (isRetryableBallotError(failure.code) && attempt < SERVER_RETRIES) {
          retryTimer = setTimeout(
            () => {
              if (ballot.value?.ballotId === current.ballotId) void send(current, attempt + 1);
            },
            1000 * 2 ** attempt,
          );
        }
      }
    } finally {
      inFlight.value = null;
    }
    if (ballot.value?.roundId === current.roundId) ballot.value = settled;
  }

  /**
   * The voter's tap (a choice) or submitted list (the candidates' places; [] is a blank ballot):
   * stored first, confirmed only by the receipt.
   */
  function vote(answer: Choice | readonly number[]): void {
    const current = stage.value;
    if (current.kind !== 'open' || sending.value || watchOnly.value) return;
    const started = startBallot(storage, current.roundId, answer);
    ballot.value = started;
    if (started.status === 'pending') void send(started);
  }

  /** Sends the ballot on show again after a failure (same id, same answer). */
  function retry(): void {
    if (ballot.value?.status === 'pending') void send(ballot.value);
  }

  const onOnline = () => {
    if (join.value.kind === 'failed' && join.value.error.code === 'network') void start();
  };
  window.addEventListener('online', onOnline);

  onScopeDispose(() => {
    clearTimeout(retryTimer);
    window.removeEventListener('online', onOnline);
    disconnect();
  });

  return {
    join,
    /** The live socket, carrying this device's pass: the messages panel sends and follows over it. */
    socket,
    state,
    liveError,
    stage,
    channel,
    connection,
    clock,
    ballot,
    sending,
    sendError,
    watchOnly,
    start,
    joinWith,
    rejoin,
    vote,
    retry,
  };
}

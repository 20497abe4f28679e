import type { Channel, LiveRoundResultFieldsFragment, LiveStateFieldsFragment } from '../gql/graphql';

// What the phones and the broadcast screen show, derived from the server's live state and the
// server's clock. Pure, so every state can be tested without a browser.

export type LiveState = LiveStateFieldsFragment;
export type LiveQuestion = NonNullable<LiveState['question']>;
export type LiveRound = NonNullable<LiveQuestion['round']>;
export type RoundResult = LiveRoundResultFieldsFragment;

/**
 * The state to show after `next` arrives. States carry an increasing version; one older than the
 * state on show (a late message, or a resubscription racing a change) is dropped.
 */
export function acceptLiveState(current: LiveState | null, next: LiveState): LiveState {
  if (current && current.sessionId === next.sessionId && next.version < current.version) return current;
  return next;
}

export interface VotingWindowTimes {
  opensAt: number;
  closesAt: number;
}

/**
 * The window that applies to a channel: studio seats vote in the studio window, phones in the
 * online window, which opens and closes later by the stream's delay (they see the answer later).
 */
export function channelWindow(
  round: Pick<LiveRound, 'studioOpensAt' | 'studioClosesAt' | 'onlineOpensAt' | 'onlineClosesAt'>,
  channel: Channel,
): VotingWindowTimes {
  return channel === 'STUDIO'
    ? { opensAt: Date.parse(round.studioOpensAt), closesAt: Date.parse(round.studioClosesAt) }
    : { opensAt: Date.parse(round.onlineOpensAt), closesAt: Date.parse(round.onlineClosesAt) };
}

/** What a voting device (phone or studio seat) shows now. */
export type PhoneStage =
  | { kind: 'loading' }
  | { kind: 'notStarted' }
  | { kind: 'ended' }
  /** Live, between questions. */
  | { kind: 'waiting' }
  | { kind: 'asking' }
  | { kind: 'answering' }
  /** Voting opened in the studio; this channel's window has not opened yet. */
  | { kind: 'opensSoon'; roundId: string; opensAt: number }
  | { kind: 'open'; roundId: string; closesAt: number }
  | { kind: 'closed'; roundId: string }
  | { kind: 'revealed'; roundId: string; result: RoundResult };

export function phoneStage(state: LiveState | null, channel: Channel, now: number): PhoneStage {
  if (!state) return { kind: 'loading' };
  if (state.status === 'ENDED') return { kind: 'ended' };
  if (state.status !== 'LIVE') return { kind: 'notStarted' };
  const question = state.question;
  if (!question || question.phase === 'PENDING') return { kind: 'waiting' };
  if (question.phase === 'ASKING') return { kind: 'asking' };
  if (question.phase === 'ANSWERING') return { kind: 'answering' };
  const round = question.round;
  // VOTING or CLOSED always has a round; without one there is nothing to vote on.
  if (!round) return { kind: 'waiting' };
  if (round.status === 'PUBLISHED' && round.result) return { kind: 'revealed', roundId: round.id, result: round.result };
  if (round.status !== 'OPEN' && round.status !== 'SCHEDULED') return { kind: 'closed', roundId: round.id };
  const window = channelWindow(round, channel);
  if (now >= window.closesAt) return { kind: 'closed', roundId: round.id };
  if (now < window.opensAt || round.status === 'SCHEDULED') return { kind: 'opensSoon', roundId: round.id, opensAt: window.opensAt };
  return { kind: 'open', roundId: round.id, closesAt: window.closesAt };
}

/** What the broadcast screen shows now; its countdown follows the studio window. */
export type ScreenStage =
  | { kind: 'loading' }
  | { kind: 'notStarted' }
  | { kind: 'ended' }
  | { kind: 'waiting' }
  | { kind: 'question'; phase: 'ASKING' | 'ANSWERING' }
  | { kind: 'voting'; round: LiveRound; closesAt: number }
  /** The studio has stopped voting; phones may still be voting (stream delay) or the host has yet to reveal. */
  | { kind: 'closed'; round: LiveRound }
  | { kind: 'revealed'; round: LiveRound; result: RoundResult };

export function screenStage(state: LiveState | null, now: number): ScreenStage {
  if (!state) return { kind: 'loading' };
  if (state.status === 'ENDED') return { kind: 'ended' };
  if (state.status !== 'LIVE') return { kind: 'notStarted' };
  const question = state.question;
  if (!question || question.phase === 'PENDING') return { kind: 'waiting' };
  if (question.phase === 'ASKING' || question.phase === 'ANSWERING') return { kind: 'question', phase: question.phase };
  const round = question.round;
  if (!round) return { kind: 'waiting' };
  if (round.status === 'PUBLISHED' && round.result) return { kind: 'revealed', round, result: round.result };
  const studio = channelWindow(round, 'STUDIO');
  if (round.status === 'OPEN' && now < studio.closesAt) return { kind: 'voting', round, closesAt: studio.closesAt };
  return { kind: 'closed', round };
}

/** Whole seconds left until `deadline`, rounded up so 0 shows only once it has passed. */
export function secondsLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

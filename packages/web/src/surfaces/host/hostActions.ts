import { CombinedError } from '@urql/core';
import type { HostPreLiveCheckQuery, PreLiveCheckCode, QuestionPhase, RoundStatus, SessionKind, SessionStatus } from '../../gql/graphql';

// Which controls the host may use now. The server enforces the same rules (answering INVALID_PHASE
// otherwise); showing only legal controls keeps a wrong click off the air.

export type SessionActionKind = 'startLive' | 'startRehearsal' | 'endSession' | 'resetRehearsal';
export type QuestionActionKind = 'ask' | 'startAnswer' | 'undo' | 'openVoting' | 'closeVoting' | 'reveal';

export type HostAction =
  | { kind: SessionActionKind }
  | { kind: QuestionActionKind; questionId: string }
  | { kind: 'extend'; questionId: string; seconds: number };

export type HostActionKind = HostAction['kind'];

/** The extensions offered while a round is open, in seconds. */
export const EXTEND_STEPS = [15, 30] as const;

/** Actions a mistaken click would make hurt: they are confirmed first. */
export const CONFIRMED_ACTIONS: ReadonlySet<HostActionKind> = new Set(['startLive', 'closeVoting', 'endSession', 'resetRehearsal']);

export interface ConsoleRound {
  status: RoundStatus;
  studioClosesAt: string;
  onlineClosesAt: string;
}

export interface ConsoleQuestion {
  id: string;
  position: number;
  phase: QuestionPhase;
  round?: ConsoleRound | null;
}

export interface ConsoleState<Q extends ConsoleQuestion = ConsoleQuestion> {
  status: SessionStatus;
  rehearsal: boolean;
  currentQuestionId?: string | null;
  questions: readonly Q[];
}

const ON_AIR: readonly QuestionPhase[] = ['ASKING', 'ANSWERING', 'VOTING'];

const inOrder = <Q extends ConsoleQuestion>(questions: readonly Q[]) => [...questions].sort((a, b) => a.position - b.position);

/** The question being asked, answered or voted on (the server allows one at a time). */
export function onAirQuestion<Q extends ConsoleQuestion>(state: ConsoleState<Q>): Q | null {
  return inOrder(state.questions).find((q) => ON_AIR.includes(q.phase)) ?? null;
}

/** The question the console is about: the one on air, else the one the screen shows. */
export function focusQuestion<Q extends ConsoleQuestion>(state: ConsoleState<Q>): Q | null {
  return onAirQuestion(state) ?? state.questions.find((q) => q.id === state.currentQuestionId) ?? null;
}

/** The first question of the running order not yet asked. */
export function nextQuestion<Q extends ConsoleQuestion>(state: ConsoleState<Q>): Q | null {
  return inOrder(state.questions).find((q) => q.phase === 'PENDING') ?? null;
}

const time = (iso: string) => new Date(iso).getTime();

/**
 * Every action legal now, in the order the console offers them. `serverNow` is the server's clock
 * (the local clock corrected by the measured offset), compared with the round's deadlines.
 */
export function hostActions(state: ConsoleState, serverNow: number): HostAction[] {
  const actions: HostAction[] = [];
  const reveals = (): HostAction[] =>
    inOrder(state.questions)
      .filter((q) => q.round?.status === 'CLOSED')
      .map((q) => ({ kind: 'reveal', questionId: q.id }));

  switch (state.status) {
    case 'DRAFT':
      return [];
    case 'PUBLISHED':
      return [{ kind: 'startLive' }, { kind: 'startRehearsal' }];
    case 'ENDED':
      // A result still closed when the broadcast ended can be revealed afterwards.
      actions.push(...reveals());
      if (state.rehearsal) actions.push({ kind: 'resetRehearsal' });
      return actions;
    case 'LIVE':
      break;
  }

  const onAir = onAirQuestion(state);
  if (!onAir) {
    for (const question of inOrder(state.questions)) {
      if (question.phase === 'PENDING') actions.push({ kind: 'ask', questionId: question.id });
    }
  } else if (onAir.phase === 'ASKING') {
    actions.push({ kind: 'startAnswer', questionId: onAir.id }, { kind: 'undo', questionId: onAir.id });
  } else if (onAir.phase === 'ANSWERING') {
    actions.push({ kind: 'openVoting', questionId: onAir.id }, { kind: 'undo', questionId: onAir.id });
  } else if (onAir.round?.status === 'OPEN') {
    // Closing early matters only while the studio still votes; extending, until the last window ends.
    if (serverNow < time(onAir.round.studioClosesAt)) actions.push({ kind: 'closeVoting', questionId: onAir.id });
    if (serverNow < time(onAir.round.onlineClosesAt)) {
      for (const seconds of EXTEND_STEPS) actions.push({ kind: 'extend', questionId: onAir.id, seconds });
    }
  }
  actions.push(...reveals(), { kind: 'endSession' });
  if (state.rehearsal) actions.push({ kind: 'resetRehearsal' });
  return actions;
}

/** Voting time is up but the server has not closed the round yet (it does within a second). */
export function isCounting(state: ConsoleState, serverNow: number): boolean {
  const onAir = onAirQuestion(state);
  const round = onAir?.phase === 'VOTING' ? onAir.round : null;
  return !!round && round.status === 'OPEN' && serverNow >= time(round.studioClosesAt) && serverNow >= time(round.onlineClosesAt);
}

export const sameAction = (a: HostAction, b: HostAction) =>
  a.kind === b.kind &&
  ('questionId' in a ? a.questionId : null) === ('questionId' in b ? b.questionId : null) &&
  ('seconds' in a ? a.seconds : null) === ('seconds' in b ? b.seconds : null);

/** The kinds of session whose items are not questions: their steps have their own words (介绍下一份报告, 开始票决, …). */
const KIND_WORDED: ReadonlySet<SessionKind> = new Set(['REPORT_ASSESSMENT', 'PROJECT_VOTE', 'REPRESENTATIVE_REVIEW']);
const KIND_WORDED_ACTIONS: ReadonlySet<HostActionKind> = new Set(['ask', 'startAnswer', 'openVoting']);

/**
 * The message key and parameters that name an action on its button and in confirmations; in the
 * words of the session's kind when it has its own (开始票决 for a project vote, 开始测评 otherwise).
 */
export function actionLabel(action: HostAction, kind?: SessionKind | null): { key: string; params: Record<string, unknown> } {
  const params = 'seconds' in action ? { seconds: action.seconds } : {};
  if (kind && KIND_WORDED.has(kind) && KIND_WORDED_ACTIONS.has(action.kind))
    return { key: `host.actions.byKind.${kind}.${action.kind}`, params };
  return { key: `host.actions.${action.kind}`, params };
}

/** The results a step would leave unrevealed, so the console asks first. */
export function awaitingReveal<Q extends ConsoleQuestion>(state: ConsoleState<Q>): Q | null {
  if (state.status !== 'LIVE' && state.status !== 'ENDED') return null;
  const focus = focusQuestion(state);
  return focus?.round?.status === 'CLOSED' ? focus : null;
}

/**
 * The questions whose closed result a step leaves unrevealed: asking the next question moves on
 * from the one whose voting just closed; ending the broadcast leaves every closed result. A
 * look-back (回头看) verdict takes effect only on reveal, so the host is asked first.
 */
export function leftUnrevealed<Q extends ConsoleQuestion>(state: ConsoleState<Q>, action: HostAction): Q[] {
  if (action.kind === 'ask') {
    const waiting = awaitingReveal(state);
    return waiting && waiting.id !== action.questionId ? [waiting] : [];
  }
  if (action.kind === 'endSession') return inOrder(state.questions).filter((q) => q.round?.status === 'CLOSED');
  return [];
}

/** The pre-live findings, split: blockers refuse any start, warnings must be accepted to go on air. */
export interface PreLiveGate {
  blockers: PreLiveCheckCode[];
  warnings: PreLiveCheckCode[];
}

type Finding = Pick<HostPreLiveCheckQuery['preLiveCheck'][number], 'code' | 'blocker'>;

export function preLiveGate(findings: readonly Finding[] | null | undefined): PreLiveGate {
  const list = findings ?? [];
  return { blockers: list.filter((f) => f.blocker).map((f) => f.code), warnings: list.filter((f) => !f.blocker).map((f) => f.code) };
}

// The server lists PreLiveCheckCode values (the schema's contract) in the error's extensions.
const codesOf = (value: unknown): PreLiveCheckCode[] =>
  Array.isArray(value) ? value.filter((c): c is PreLiveCheckCode => typeof c === 'string') : [];

/**
 * A start the server refused for the pre-live check (PRE_LIVE_CHECK): the blockers, and the
 * warnings not accepted. Null for any other answer.
 */
export function preLiveRefusal(error: unknown): PreLiveGate | null {
  if (!(error instanceof CombinedError)) return null;
  const refusal = error.graphQLErrors.find((e) => e.extensions?.code === 'PRE_LIVE_CHECK');
  if (!refusal) return null;
  return { blockers: codesOf(refusal.extensions.blockers), warnings: codesOf(refusal.extensions.warnings) };
}

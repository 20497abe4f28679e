import type { BallotType, CastVoteInput, Channel, Choice } from '../gql/graphql';

// A phone's vote in one round, kept in storage from the tap until the server answers. The ballot id
// is made once per round and reused on every retry, so a vote resent after a dropped connection
// (or a reload) is stored once and answered with the original receipt. A ballot carries one answer
// (`choice`, for SATISFACTION and APPROVAL) or the places of the candidates picked (`picks`, for
// CHOOSE_UP_TO_N; [] is a blank ballot, 弃权): the two are handled alike.

/** The answers of a satisfaction ballot (测评), in the order they are offered. */
export const SATISFACTION_CHOICES = ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'] as const satisfies readonly Choice[];
/** The answers of a yes/no ballot (逐项票决), in the order they are offered. */
export const APPROVAL_CHOICES = ['FOR', 'AGAINST', 'ABSTAIN'] as const satisfies readonly Choice[];

const ALL_CHOICES: readonly Choice[] = [...SATISFACTION_CHOICES, ...APPROVAL_CHOICES];

/** The answers a ballot offers as buttons; none for CHOOSE_UP_TO_N, which is a list of candidates. */
export function choicesOf(ballotType: BallotType): readonly Choice[] {
  return ballotType === 'SATISFACTION' ? SATISFACTION_CHOICES : ballotType === 'APPROVAL' ? APPROVAL_CHOICES : [];
}

export type BallotStatus =
  /** Sent or about to be sent; no answer yet. Never shown as counted. */
  | 'pending'
  /** The server's receipt arrived. */
  | 'confirmed'
  /** The server refused it: this device had voted already, the window had closed, the voter is not on the studio roll, or only the roll votes. */
  | 'refused';

export type BallotRefusal = 'ALREADY_VOTED' | 'VOTING_CLOSED' | 'NOT_ON_ROLL' | 'ROLL_ONLY';

/** What the voter answered: one choice, or the candidates picked (their places on the ballot, from 0). */
export type BallotAnswer = { choice: Choice; picks?: undefined } | { picks: number[]; choice?: undefined };

export type Ballot = BallotAnswer & {
  roundId: string;
  ballotId: string;
  status: BallotStatus;
  refusal?: BallotRefusal;
  /** The receipt answered a retry of a vote already stored. */
  replayed?: boolean;
};

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const ballotStorageKey = (roundId: string) => `wz.ballot.${roundId}`;

export const isChoice = (value: unknown): value is Choice => ALL_CHOICES.includes(value as Choice);

/** Distinct places from 0, as the server takes them. */
export const isPicks = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((p) => Number.isInteger(p) && p >= 0) && new Set(value).size === value.length;

/** The answer of a ballot, or null when it has neither a choice nor a valid list of picks. */
function answerOf(value: { choice?: unknown; picks?: unknown }): BallotAnswer | null {
  if (isChoice(value.choice)) return { choice: value.choice };
  if (value.choice == null && isPicks(value.picks)) return { picks: [...value.picks] };
  return null;
}

/** The stored ballot for a round, or null (also for anything unreadable). */
export function readBallot(storage: Store | undefined, roundId: string): Ballot | null {
  try {
    const raw = storage?.getItem(ballotStorageKey(roundId));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Ballot> & { choice?: unknown; picks?: unknown };
    if (value.roundId !== roundId || typeof value.ballotId !== 'string' || !answerOf(value)) return null;
    if (value.status !== 'pending' && value.status !== 'confirmed' && value.status !== 'refused') return null;
    return value as Ballot;
  } catch {
    return null;
  }
}

function writeBallot(storage: Store | undefined, ballot: Ballot): void {
  try {
    storage?.setItem(ballotStorageKey(ballot.roundId), JSON.stringify(ballot));
  } catch {
    // Without storage the vote still goes out; only a reload mid-send loses the ballot id.
  }
}

/** 128 random bits as hex; `crypto.randomUUID` is missing on plain-http pages, `getRandomValues` is not. */
export function newBallotId(random: Pick<Crypto, 'getRandomValues'> = globalThis.crypto): string {
  const bytes = random.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A choice, or a list of picks (sorted, as the server stores them), as a ballot's answer. */
export function toAnswer(answer: Choice | readonly number[]): BallotAnswer {
  return typeof answer === 'string' ? { choice: answer } : { picks: [...answer].sort((a, b) => a - b) };
}

/**
 * The ballot to send when the voter taps a choice or submits picks. A ballot still waiting for its
 * answer is sent again as it was (same id, same answer): changing the answer under the same id
 * would make the server's replayed receipt disagree with what was stored. A settled ballot is
 * returned untouched.
 */
export function startBallot(
  storage: Store | undefined,
  roundId: string,
  answer: Choice | readonly number[],
  makeId: () => string = newBallotId,
): Ballot {
  const existing = readBallot(storage, roundId);
  if (existing) return existing;
  const ballot: Ballot = { roundId, ballotId: makeId(), ...toAnswer(answer), status: 'pending' };
  writeBallot(storage, ballot);
  return ballot;
}

/** The mutation input for a ballot: `choice` or `picks`, never both. */
export function castVoteInput(ballot: Ballot): CastVoteInput {
  return ballot.picks
    ? { roundId: ballot.roundId, ballotId: ballot.ballotId, picks: ballot.picks }
    : { roundId: ballot.roundId, ballotId: ballot.ballotId, choice: ballot.choice };
}

/** Records the server's receipt; its answer (the one stored, also on a replay) is the one remembered. */
export function confirmBallot(
  storage: Store | undefined,
  ballot: Ballot,
  receipt: { roundId: string; choice?: Choice | null; picks?: readonly number[] | null; replayed: boolean },
): Ballot {
  const stored = answerOf(receipt);
  const { choice: _choice, picks: _picks, ...rest } = ballot;
  const confirmed: Ballot = { ...rest, ...(stored ?? answerOf(ballot)!), status: 'confirmed', replayed: receipt.replayed };
  writeBallot(storage, confirmed);
  return confirmed;
}

/** Where the ballot was cast from and the session's rules, to read a FORBIDDEN refusal. */
export interface VoterContext {
  channel: Channel;
  /** The session's online weight; 0 when only the roll votes. */
  onlineWeight: number | null | undefined;
}

/**
 * A session where only the people on the roll vote (online weight 0): an online phone watches and
 * sees the results, but has no ballot. Studio seats vote.
 */
export function rollOnly({ channel, onlineWeight }: VoterContext): boolean {
  return channel === 'ONLINE' && onlineWeight === 0;
}

/** What the server said when it did not take a ballot: its `extensions.code` and the rest of them. */
export interface BallotFailure {
  code: string;
  extensions?: Readonly<Record<string, unknown>>;
}

/**
 * The refusal a failure means for this voter, or null when it is not a refusal of the ballot.
 * FORBIDDEN is a refusal when it says why (a representative not on the roll) or for an online phone
 * in a roll-only session; otherwise it is the pass that was not accepted (another session's).
 */
export function refusalOf({ code, extensions }: BallotFailure, voter?: VoterContext): BallotRefusal | null {
  if (code === 'ALREADY_VOTED' || code === 'VOTING_CLOSED') return code;
  if (code !== 'FORBIDDEN') return null;
  if (extensions?.reason === 'NOT_ON_ROLL') return 'NOT_ON_ROLL';
  if (extensions?.reason === 'ROLL_ONLY' || (voter && rollOnly(voter))) return 'ROLL_ONLY';
  return null;
}

/**
 * How a failed send ends: a refusal settles the ballot; anything else (the connection, the server
 * restarting) leaves it pending, to be sent again with the same id.
 */
export function ballotAfterError(storage: Store | undefined, ballot: Ballot, failure: BallotFailure, voter?: VoterContext): Ballot {
  const refusal = refusalOf(failure, voter);
  if (refusal) {
    const refused: Ballot = { ...ballot, status: 'refused', refusal };
    writeBallot(storage, refused);
    return refused;
  }
  return ballot;
}

/** Errors after which the same ballot is worth sending again. */
export function isRetryableBallotError(errorCode: string): boolean {
  return errorCode === 'network' || errorCode === 'INTERNAL_SERVER_ERROR' || errorCode === 'SERVICE_UNAVAILABLE' || errorCode === 'unknown';
}

/** Forgets a round's ballot, e.g. when the pass it was cast with turned out to be invalid. */
export function discardBallot(storage: Store | undefined, roundId: string): void {
  try {
    storage?.removeItem(ballotStorageKey(roundId));
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/** The picks after the voter taps candidate `index`: refused (unchanged) when it would exceed `max`. */
export function togglePick(picks: readonly number[], index: number, max: number): { picks: number[]; refused: boolean } {
  if (picks.includes(index)) return { picks: picks.filter((p) => p !== index), refused: false };
  if (picks.length >= max) return { picks: [...picks], refused: true };
  return { picks: [...picks, index].sort((a, b) => a - b), refused: false };
}

/**
 * The answer of a ballot in words: the choice's label, or the names of the candidates picked
 * (joined by `separator`), or `blank` for a ballot with no pick.
 */
export function answerText(
  ballot: BallotAnswer,
  words: { choices: Record<Choice, string>; candidates: readonly string[]; blank: string; separator: string },
): string {
  if (ballot.choice) return words.choices[ballot.choice];
  const picks = ballot.picks ?? [];
  if (picks.length === 0) return words.blank;
  return picks.map((p) => words.candidates[p] ?? `#${p + 1}`).join(words.separator);
}

import type { Choice } from '../gql/graphql';

// A phone's vote in one round, kept in storage from the tap until the server answers. The ballot id
// is made once per round and reused on every retry, so a vote resent after a dropped connection
// (or a reload) is stored once and answered with the original receipt.

export const CHOICES = ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'] as const satisfies readonly Choice[];

export type BallotStatus =
  /** Sent or about to be sent; no answer yet. Never shown as counted. */
  | 'pending'
  /** The server's receipt arrived. */
  | 'confirmed'
  /** The server refused it: this device had voted already, the window had closed, or the voter is not on the studio roll. */
  | 'refused';

export type BallotRefusal = 'ALREADY_VOTED' | 'VOTING_CLOSED' | 'NOT_ON_ROLL';

export interface Ballot {
  roundId: string;
  ballotId: string;
  choice: Choice;
  status: BallotStatus;
  refusal?: BallotRefusal;
  /** The receipt answered a retry of a vote already stored. */
  replayed?: boolean;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const ballotStorageKey = (roundId: string) => `wz.ballot.${roundId}`;

const isChoice = (value: unknown): value is Choice => (CHOICES as readonly unknown[]).includes(value);

/** The stored ballot for a round, or null (also for anything unreadable). */
export function readBallot(storage: Store | undefined, roundId: string): Ballot | null {
  try {
    const raw = storage?.getItem(ballotStorageKey(roundId));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Ballot>;
    if (value.roundId !== roundId || typeof value.ballotId !== 'string' || !isChoice(value.choice)) return null;
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

/**
 * The ballot to send when the voter taps `choice`. A ballot still waiting for its answer is sent
 * again as it was (same id, same choice): changing the choice under the same id would make the
 * server's replayed receipt disagree with what was stored. A settled ballot is returned untouched.
 */
export function startBallot(storage: Store | undefined, roundId: string, choice: Choice, makeId: () => string = newBallotId): Ballot {
  const existing = readBallot(storage, roundId);
  if (existing) return existing;
  const ballot: Ballot = { roundId, ballotId: makeId(), choice, status: 'pending' };
  writeBallot(storage, ballot);
  return ballot;
}

/** Records the server's receipt. */
export function confirmBallot(
  storage: Store | undefined,
  ballot: Ballot,
  receipt: { roundId: string; choice: Choice; replayed: boolean },
): Ballot {
  const confirmed: Ballot = { ...ballot, choice: receipt.choice, status: 'confirmed', replayed: receipt.replayed };
  writeBallot(storage, confirmed);
  return confirmed;
}

/**
 * How a failed send ends: a refusal settles the ballot; anything else (the connection, the server
 * restarting) leaves it pending, to be sent again with the same id.
 */
export function ballotAfterError(storage: Store | undefined, ballot: Ballot, errorCode: string): Ballot {
  if (errorCode === 'ALREADY_VOTED' || errorCode === 'VOTING_CLOSED' || errorCode === 'NOT_ON_ROLL') {
    const refused: Ballot = { ...ballot, status: 'refused', refusal: errorCode };
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

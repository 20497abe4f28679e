import { describe, expect, it } from 'vitest';
import {
  ballotAfterError,
  ballotStorageKey,
  confirmBallot,
  discardBallot,
  isRetryableBallotError,
  newBallotId,
  readBallot,
  startBallot,
} from './ballot';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

let counter = 0;
const ids = () => `ballot-${++counter}`;

describe('startBallot', () => {
  it('makes a pending ballot with a fresh id and stores it before anything is sent', () => {
    const storage = memoryStorage();
    const ballot = startBallot(storage, 'r1', 'SATISFIED', ids);
    expect(ballot).toMatchObject({ roundId: 'r1', choice: 'SATISFIED', status: 'pending' });
    expect(readBallot(storage, 'r1')).toEqual(ballot);
  });

  it('resends a pending ballot as it was, even if another choice is tapped', () => {
    const storage = memoryStorage();
    const first = startBallot(storage, 'r1', 'UNSATISFIED', ids);
    const again = startBallot(storage, 'r1', 'SATISFIED', ids);
    expect(again.ballotId).toBe(first.ballotId);
    expect(again.choice).toBe('UNSATISFIED');
  });

  it('keeps ballots of different rounds apart', () => {
    const storage = memoryStorage();
    const a = startBallot(storage, 'r1', 'SATISFIED', ids);
    const b = startBallot(storage, 'r2', 'SATISFIED', ids);
    expect(a.ballotId).not.toBe(b.ballotId);
  });

  it('leaves a settled ballot as it is', () => {
    const storage = memoryStorage();
    const sent = startBallot(storage, 'r1', 'SATISFIED', ids);
    const confirmed = confirmBallot(storage, sent, { roundId: 'r1', choice: 'SATISFIED', replayed: false });
    expect(startBallot(storage, 'r1', 'UNSATISFIED', ids)).toEqual(confirmed);
  });
});

describe('settling a ballot', () => {
  it('is confirmed only by the receipt, and remembers a replayed one', () => {
    const storage = memoryStorage();
    const sent = startBallot(storage, 'r1', 'BASICALLY_SATISFIED', ids);
    const confirmed = confirmBallot(storage, sent, { roundId: 'r1', choice: 'BASICALLY_SATISFIED', replayed: true });
    expect(confirmed).toMatchObject({ status: 'confirmed', replayed: true, ballotId: sent.ballotId });
    expect(readBallot(storage, 'r1')?.status).toBe('confirmed');
  });

  it('is refused for good when the server says already voted, closed, or not on the studio roll', () => {
    for (const code of ['ALREADY_VOTED', 'VOTING_CLOSED', 'NOT_ON_ROLL'] as const) {
      const storage = memoryStorage();
      const sent = startBallot(storage, 'r1', 'SATISFIED', ids);
      expect(ballotAfterError(storage, sent, code)).toMatchObject({ status: 'refused', refusal: code });
      expect(readBallot(storage, 'r1')).toMatchObject({ status: 'refused', refusal: code });
    }
  });

  it('stays pending after a connection failure, to be retried with the same id', () => {
    const storage = memoryStorage();
    const sent = startBallot(storage, 'r1', 'SATISFIED', ids);
    expect(isRetryableBallotError('network')).toBe(true);
    expect(ballotAfterError(storage, sent, 'network')).toEqual(sent);
    expect(readBallot(storage, 'r1')).toEqual(sent);
    expect(isRetryableBallotError('ALREADY_VOTED')).toBe(false);
    expect(isRetryableBallotError('UNAUTHENTICATED')).toBe(false);
    expect(isRetryableBallotError('NOT_ON_ROLL')).toBe(false);
  });

  it('can be forgotten', () => {
    const storage = memoryStorage();
    startBallot(storage, 'r1', 'SATISFIED', ids);
    discardBallot(storage, 'r1');
    expect(readBallot(storage, 'r1')).toBeNull();
  });
});

describe('readBallot', () => {
  it('ignores what it cannot trust', () => {
    const storage = memoryStorage();
    storage.setItem(ballotStorageKey('r1'), '{not json');
    expect(readBallot(storage, 'r1')).toBeNull();
    storage.setItem(ballotStorageKey('r1'), JSON.stringify({ roundId: 'r1', ballotId: 'x', choice: 'MAYBE', status: 'pending' }));
    expect(readBallot(storage, 'r1')).toBeNull();
    storage.setItem(ballotStorageKey('r1'), JSON.stringify({ roundId: 'r2', ballotId: 'x', choice: 'SATISFIED', status: 'pending' }));
    expect(readBallot(storage, 'r1')).toBeNull();
    expect(readBallot(undefined, 'r1')).toBeNull();
  });

  it('survives storage that throws', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const ballot = startBallot(blocked, 'r1', 'SATISFIED', ids);
    expect(ballot.status).toBe('pending');
  });
});

describe('newBallotId', () => {
  it('is 32 hex digits and different each time', () => {
    const a = newBallotId();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(newBallotId()).not.toBe(a);
  });
});

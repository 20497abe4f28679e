import { describe, expect, it } from 'vitest';
import { ballotLabels } from '../labels/ballot';
import {
  answerText,
  APPROVAL_CHOICES,
  ballotAfterError,
  ballotStorageKey,
  castVoteInput,
  choicesOf,
  confirmBallot,
  discardBallot,
  isRetryableBallotError,
  newBallotId,
  readBallot,
  refusalOf,
  rollOnly,
  SATISFACTION_CHOICES,
  startBallot,
  togglePick,
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
    const failures = [
      [{ code: 'ALREADY_VOTED' }, 'ALREADY_VOTED'],
      [{ code: 'VOTING_CLOSED' }, 'VOTING_CLOSED'],
      [{ code: 'FORBIDDEN', extensions: { reason: 'NOT_ON_ROLL' } }, 'NOT_ON_ROLL'],
    ] as const;
    for (const [failure, refusal] of failures) {
      const storage = memoryStorage();
      const sent = startBallot(storage, 'r1', 'SATISFIED', ids);
      expect(ballotAfterError(storage, sent, failure)).toMatchObject({ status: 'refused', refusal });
      expect(readBallot(storage, 'r1')).toMatchObject({ status: 'refused', refusal });
    }
  });

  it('stays pending after a connection failure, to be retried with the same id', () => {
    const storage = memoryStorage();
    const sent = startBallot(storage, 'r1', 'SATISFIED', ids);
    expect(isRetryableBallotError('network')).toBe(true);
    expect(ballotAfterError(storage, sent, { code: 'network' })).toEqual(sent);
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

describe('ballots of every type', () => {
  it('offers the satisfaction answers, 赞成/反对/弃权, or no buttons for a list of candidates', () => {
    expect(choicesOf('SATISFACTION')).toEqual(SATISFACTION_CHOICES);
    expect(choicesOf('APPROVAL')).toEqual(['FOR', 'AGAINST', 'ABSTAIN']);
    expect(choicesOf('CHOOSE_UP_TO_N')).toEqual([]);
    for (const choice of [...SATISFACTION_CHOICES, ...APPROVAL_CHOICES]) expect(ballotLabels['zh-CN'].choice[choice]).toBeTruthy();
  });

  it('sends a choice for SATISFACTION and APPROVAL, and picks (sorted) for CHOOSE_UP_TO_N, never both', () => {
    const storage = memoryStorage();
    const approval = startBallot(storage, 'r1', 'AGAINST', ids);
    expect(castVoteInput(approval)).toEqual({ roundId: 'r1', ballotId: approval.ballotId, choice: 'AGAINST' });
    const picks = startBallot(storage, 'r2', [3, 0], ids);
    expect(picks).toMatchObject({ picks: [0, 3], status: 'pending' });
    expect(picks.choice).toBeUndefined();
    expect(castVoteInput(picks)).toEqual({ roundId: 'r2', ballotId: picks.ballotId, picks: [0, 3] });
    expect(readBallot(storage, 'r2')).toEqual(picks);
  });

  it('sends a blank ballot as no picks', () => {
    const storage = memoryStorage();
    const blank = startBallot(storage, 'r1', [], ids);
    expect(castVoteInput(blank)).toEqual({ roundId: 'r1', ballotId: blank.ballotId, picks: [] });
    expect(readBallot(storage, 'r1')).toMatchObject({ picks: [] });
  });

  it('resends pending picks as they were, with the same id, whatever is submitted again', () => {
    const storage = memoryStorage();
    const first = startBallot(storage, 'r1', [1, 2], ids);
    const again = startBallot(storage, 'r1', [0], ids);
    expect(again.ballotId).toBe(first.ballotId);
    expect(again.picks).toEqual([1, 2]);
    expect(castVoteInput(again)).toEqual(castVoteInput(first));
    expect(ballotAfterError(storage, first, { code: 'network' })).toEqual(first);
  });

  it('remembers the picks the receipt echoes, also on a replay', () => {
    const storage = memoryStorage();
    const sent = startBallot(storage, 'r1', [2, 0], ids);
    const confirmed = confirmBallot(storage, sent, { roundId: 'r1', choice: null, picks: [0, 2], replayed: true });
    expect(confirmed).toMatchObject({ status: 'confirmed', picks: [0, 2], replayed: true, ballotId: sent.ballotId });
    expect(confirmed.choice).toBeUndefined();
    expect(readBallot(storage, 'r1')).toEqual(confirmed);
  });

  it('keeps its own answer when a receipt echoes none', () => {
    const storage = memoryStorage();
    const sent = startBallot(storage, 'r1', 'FOR', ids);
    expect(confirmBallot(storage, sent, { roundId: 'r1', choice: null, picks: null, replayed: false })).toMatchObject({ choice: 'FOR' });
  });

  it('ignores stored picks it cannot trust', () => {
    const storage = memoryStorage();
    for (const picks of [[1, 1], [-1], [0.5], 'x']) {
      storage.setItem(ballotStorageKey('r1'), JSON.stringify({ roundId: 'r1', ballotId: 'x', picks, status: 'pending' }));
      expect(readBallot(storage, 'r1'), JSON.stringify(picks)).toBeNull();
    }
  });
});

describe('togglePick', () => {
  it('adds and removes picks, kept in ballot order', () => {
    expect(togglePick([], 2, 2)).toEqual({ picks: [2], refused: false });
    expect(togglePick([2], 0, 2)).toEqual({ picks: [0, 2], refused: false });
    expect(togglePick([0, 2], 2, 2)).toEqual({ picks: [0], refused: false });
  });

  it('refuses a pick past the maximum and leaves the picks as they were', () => {
    expect(togglePick([0, 2], 1, 2)).toEqual({ picks: [0, 2], refused: true });
    expect(togglePick([0], 1, 1)).toEqual({ picks: [0], refused: true });
  });
});

describe('answerText', () => {
  const words = { choices: ballotLabels['zh-CN'].choice, candidates: ['甲项目', '乙项目', '丙项目'], blank: '弃权', separator: '、' };

  it('says a choice, the names picked, or 弃权 for a blank ballot', () => {
    expect(answerText({ choice: 'FOR' }, words)).toBe('赞成');
    expect(answerText({ choice: 'BASICALLY_SATISFIED' }, words)).toBe('基本满意');
    expect(answerText({ picks: [0, 2] }, words)).toBe('甲项目、丙项目');
    expect(answerText({ picks: [] }, words)).toBe('弃权');
  });
});

describe('roll-only sessions', () => {
  it('give an online phone no ballot when the online weight is 0; studio seats vote', () => {
    expect(rollOnly({ channel: 'ONLINE', onlineWeight: 0 })).toBe(true);
    expect(rollOnly({ channel: 'STUDIO', onlineWeight: 0 })).toBe(false);
    expect(rollOnly({ channel: 'ONLINE', onlineWeight: 40 })).toBe(false);
    expect(rollOnly({ channel: 'ONLINE', onlineWeight: null })).toBe(false);
  });

  it('read FORBIDDEN as the roll-only refusal for an online phone there, and as a refused pass otherwise', () => {
    const forbidden = { code: 'FORBIDDEN' };
    expect(refusalOf(forbidden, { channel: 'ONLINE', onlineWeight: 0 })).toBe('ROLL_ONLY');
    expect(refusalOf(forbidden, { channel: 'ONLINE', onlineWeight: 40 })).toBeNull();
    expect(refusalOf(forbidden, { channel: 'STUDIO', onlineWeight: 0 })).toBeNull();
    expect(refusalOf(forbidden)).toBeNull();
    expect(refusalOf({ code: 'FORBIDDEN', extensions: { reason: 'ROLL_ONLY' } })).toBe('ROLL_ONLY');
    expect(refusalOf({ code: 'FORBIDDEN', extensions: { reason: 'NOT_ON_ROLL' } })).toBe('NOT_ON_ROLL');
    expect(refusalOf({ code: 'NOT_ON_ROLL' })).toBeNull();
  });

  it('settle the ballot as refused, stored, so the phone says why', () => {
    const storage = memoryStorage();
    const sent = startBallot(storage, 'r1', [0], ids);
    const refused = ballotAfterError(storage, sent, { code: 'FORBIDDEN' }, { channel: 'ONLINE', onlineWeight: 0 });
    expect(refused).toMatchObject({ status: 'refused', refusal: 'ROLL_ONLY', picks: [0] });
    expect(readBallot(storage, 'r1')).toEqual(refused);
  });
});

describe('newBallotId', () => {
  it('is 32 hex digits and different each time', () => {
    const a = newBallotId();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(newBallotId()).not.toBe(a);
  });
});

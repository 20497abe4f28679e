import { describe, expect, it } from 'vitest';
import { takeEarlyTap } from './earlyTap';

describe('a vote begun before the vote page ran', () => {
  it('is taken once', () => {
    const scope: { wzEarlyTap?: unknown } = { wzEarlyTap: { choice: 'BASICALLY_SATISFIED', roundId: 'r1' } };
    expect(takeEarlyTap(scope)).toEqual({ choice: 'BASICALLY_SATISFIED', roundId: 'r1' });
    expect(takeEarlyTap(scope)).toBeNull();
  });

  it('keeps the candidates ticked on a list, and whether the list was submitted', () => {
    expect(takeEarlyTap({ wzEarlyTap: { picks: [2, 0], send: true, roundId: 'r1' } })).toEqual({
      picks: [2, 0],
      send: true,
      roundId: 'r1',
    });
    expect(takeEarlyTap({ wzEarlyTap: { picks: [1], send: false, roundId: 'r1' } })).toEqual({ picks: [1], send: false, roundId: 'r1' });
    expect(takeEarlyTap({ wzEarlyTap: { picks: [1, 1], roundId: 'r1' } })).toEqual({ picks: [1], send: false, roundId: 'r1' });
  });

  it('is dropped when it is not a choice or a list of places in a round', () => {
    for (const kept of [
      { choice: 'VERY_SATISFIED', roundId: 'r1' },
      { choice: 'FOR', roundId: null },
      { picks: [-1], send: true, roundId: 'r1' },
      { picks: ['0'], send: true, roundId: 'r1' },
      { picks: 2, send: true, roundId: 'r1' },
      'SATISFIED',
      null,
    ])
      expect(takeEarlyTap({ wzEarlyTap: kept }), JSON.stringify(kept)).toBeNull();
  });

  it('is none when nothing was tapped', () => {
    expect(takeEarlyTap({})).toBeNull();
  });
});

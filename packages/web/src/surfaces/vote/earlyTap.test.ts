import { describe, expect, it } from 'vitest';
import { takeEarlyTap } from './earlyTap';

describe('a tap kept before the vote page ran', () => {
  it('is taken once', () => {
    const scope: { wzEarlyTap?: unknown } = { wzEarlyTap: { choice: 'BASICALLY_SATISFIED', roundId: 'r1' } };
    expect(takeEarlyTap(scope)).toEqual({ choice: 'BASICALLY_SATISFIED', roundId: 'r1' });
    expect(takeEarlyTap(scope)).toBeNull();
  });

  it('is dropped when it is not a choice of a round', () => {
    for (const kept of [{ choice: 'VERY_SATISFIED', roundId: 'r1' }, { choice: 'FOR', roundId: null }, 'SATISFIED', null])
      expect(takeEarlyTap({ wzEarlyTap: kept }), JSON.stringify(kept)).toBeNull();
  });

  it('is none when nothing was tapped', () => {
    expect(takeEarlyTap({})).toBeNull();
  });
});

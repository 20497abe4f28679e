import { describe, expect, it } from 'vitest';
import { DomainError } from '../../graphql/errors.js';
import { nextRoundStatus, openedRoundStatus } from './round-status.js';

describe('the round status machine', () => {
  it('runs OPEN → CLOSED → PUBLISHED', () => {
    expect(nextRoundStatus(openedRoundStatus, 'close')).toBe('CLOSED');
    expect(nextRoundStatus('CLOSED', 'reveal')).toBe('PUBLISHED');
  });

  it('refuses to reveal a round that has not closed, or to close one twice, as INVALID_PHASE', () => {
    for (const [status, verb] of [
      ['OPEN', 'reveal'],
      ['CLOSED', 'close'],
      ['PUBLISHED', 'reveal'],
    ] as const) {
      const error = (() => {
        try {
          nextRoundStatus(status, verb);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('INVALID_PHASE');
    }
  });
});

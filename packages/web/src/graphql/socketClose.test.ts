import { describe, expect, it } from 'vitest';
import { audienceSessionEnded, CREDENTIAL_ENDED, SESSION_ENDED, signInEnded } from './socketClose';

describe('closes that end a credential', () => {
  it('stops a staff socket on 4403, whatever the reason', () => {
    expect(signInEnded({ code: CREDENTIAL_ENDED, reason: 'Signed out' })).toBe(true);
    expect(signInEnded({ code: 4403, reason: 'Sign-in expired' })).toBe(true);
    expect(signInEnded({ code: 1006, reason: '' })).toBe(false);
    expect(signInEnded({ code: 4500, reason: 'Internal' })).toBe(false);
    expect(signInEnded(new Error('offline'))).toBe(false);
  });

  it('ends a phone’s socket when its session ended, not when a staff sign-in in the same browser did', () => {
    expect(audienceSessionEnded({ code: SESSION_ENDED, reason: 'Session ended' })).toBe(true);
    expect(audienceSessionEnded({ code: 4410, reason: '' })).toBe(true);
    expect(audienceSessionEnded({ code: CREDENTIAL_ENDED, reason: 'Signed out' })).toBe(false);
    expect(audienceSessionEnded({ code: 4403, reason: 'Forbidden' })).toBe(false);
    expect(audienceSessionEnded({ code: 1001, reason: 'Going away' })).toBe(false);
    expect(audienceSessionEnded(undefined)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isVotePath, parseVotePath, votePath } from './votePaths';

describe('vote paths', () => {
  it('reads the three vote pages', () => {
    expect(parseVotePath('/vote')).toEqual({ name: 'vote' });
    expect(parseVotePath('/vote/')).toEqual({ name: 'vote' });
    expect(parseVotePath('/vote/123456')).toEqual({ name: 'vote-live', joinCode: '123456' });
    expect(parseVotePath('/vote/123456/seat')).toEqual({ name: 'vote-seat', joinCode: '123456' });
  });

  it('leaves other addresses to the main app', () => {
    expect(parseVotePath('/voter')).toBeNull();
    expect(parseVotePath('/vote/1/2/3')).toBeNull();
    expect(isVotePath('/vote/123456')).toBe(true);
    expect(isVotePath('/voting')).toBe(false);
    expect(isVotePath('/admin')).toBe(false);
  });

  it('writes addresses that read back the same', () => {
    for (const page of [{ name: 'vote' }, { name: 'vote-live', joinCode: '654321' }, { name: 'vote-seat', joinCode: '654321' }] as const) {
      expect(parseVotePath(votePath(page))).toEqual(page);
    }
  });
});

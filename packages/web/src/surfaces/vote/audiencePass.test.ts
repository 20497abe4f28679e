import { describe, expect, it } from 'vitest';
import { forgetPass, isJoinCode, passStorageKey, readPass, savePass } from './audiencePass';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

describe('audience pass storage', () => {
  it('keeps one pass per join code across reloads', () => {
    const storage = memoryStorage();
    savePass(storage, '123456', { token: 't1', sessionId: 's1', channel: 'ONLINE' });
    savePass(storage, '654321', { token: 't2', sessionId: 's2', channel: 'STUDIO' });
    expect(readPass(storage, '123456')).toEqual({ token: 't1', sessionId: 's1', channel: 'ONLINE' });
    expect(readPass(storage, '654321')?.channel).toBe('STUDIO');
    forgetPass(storage, '123456');
    expect(readPass(storage, '123456')).toBeNull();
  });

  it('ignores anything malformed', () => {
    const storage = memoryStorage();
    storage.setItem(passStorageKey('123456'), '{"token":"t","sessionId":"s","channel":"VIP"}');
    expect(readPass(storage, '123456')).toBeNull();
    storage.setItem(passStorageKey('123456'), 'nope');
    expect(readPass(storage, '123456')).toBeNull();
  });

  it('recognises a 6-digit code', () => {
    expect(isJoinCode('012345')).toBe(true);
    expect(isJoinCode('12345')).toBe(false);
    expect(isJoinCode('12345a')).toBe(false);
  });
});

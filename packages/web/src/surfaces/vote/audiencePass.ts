import type { Channel } from '../../gql/graphql';

// A phone's pass to vote in a session, kept per join code so that a reload (or reopening the QR
// link) keeps the same identity instead of joining as a new phone.

export interface AudiencePass {
  token: string;
  sessionId: string;
  channel: Channel;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const passStorageKey = (joinCode: string) => `wz.pass.${joinCode}`;

export const isJoinCode = (value: string) => /^\d{6}$/.test(value);

export function readPass(storage: Store | undefined, joinCode: string): AudiencePass | null {
  try {
    const raw = storage?.getItem(passStorageKey(joinCode));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<AudiencePass>;
    if (typeof value.token !== 'string' || typeof value.sessionId !== 'string') return null;
    if (value.channel !== 'ONLINE' && value.channel !== 'STUDIO') return null;
    return { token: value.token, sessionId: value.sessionId, channel: value.channel };
  } catch {
    return null;
  }
}

export function savePass(storage: Store | undefined, joinCode: string, pass: AudiencePass): void {
  try {
    storage?.setItem(passStorageKey(joinCode), JSON.stringify({ token: pass.token, sessionId: pass.sessionId, channel: pass.channel }));
  } catch {
    // Without storage the phone still votes; a reload joins it again as a new phone.
  }
}

export function forgetPass(storage: Store | undefined, joinCode: string): void {
  try {
    storage?.removeItem(passStorageKey(joinCode));
  } catch {
    // Nothing to forget.
  }
}

// How the server closes a WebSocket whose credential stopped being valid, and what each client
// makes of it. The server's side is packages/server/src/http/ws-access.ts.

/** Close code for a staff socket whose sign-in ended (signed out, revoked, expired, account deactivated). */
export const CREDENTIAL_ENDED = 4403;
/** Close code for an audience phone's socket whose session ended (also when its pass is refused for that reason). */
export const SESSION_ENDED = 4410;

export interface CloseLike {
  code: number;
  reason: string;
}

export function isCloseLike(value: unknown): value is CloseLike {
  return typeof value === 'object' && value !== null && typeof (value as CloseLike).code === 'number' && 'reason' in value;
}

/**
 * A staff socket closed because its sign-in ended: reconnecting would carry the dead credential
 * again, so the staff app stops and sends the person to sign in.
 */
export function signInEnded(event: unknown): boolean {
  return isCloseLike(event) && event.code === CREDENTIAL_ENDED;
}

/**
 * An audience phone's socket closed because its session ended (or its pass is for a session that
 * has ended): the phone stops reconnecting and says the session is over. A staff sign-in that ended
 * in the same browser (a host trying the phone page) closes with CREDENTIAL_ENDED and is retried
 * without it.
 */
export function audienceSessionEnded(event: unknown): boolean {
  return isCloseLike(event) && event.code === SESSION_ENDED;
}

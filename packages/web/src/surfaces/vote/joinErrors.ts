import type { OperationError } from '../../graphql/live';
import type { VoteMessages } from './messages';

/** When the session's online vote opens, from a refusal that says so (passes are issued only around the show). */
export function opensAtOf(error: OperationError): Date | null {
  const raw = error.extensions.opensAt;
  if (typeof raw !== 'string') return null;
  const at = new Date(raw);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** A time as the phone's clock shows it: "19:30" today, with the date on another day. */
export function opensAtWords(m: VoteMessages, at: Date, now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const sameDay = at.getFullYear() === now.getFullYear() && at.getMonth() === now.getMonth() && at.getDate() === now.getDate();
  return m.errors.opensAt(sameDay ? time : m.errors.onDay(at.getMonth() + 1, at.getDate(), time));
}

/** Plain words for a failure to join or to claim a seat. */
export function joinErrorMessage(m: VoteMessages, error: OperationError, now: Date = new Date()): string {
  switch (error.code) {
    case 'BAD_USER_INPUT':
    case 'NOT_FOUND':
      return m.errors.notFound;
    case 'INVALID_PHASE': {
      // Too early (the pass window has not opened) or too late (the session has ended).
      const opensAt = opensAtOf(error);
      return opensAt ? opensAtWords(m, opensAt, now) : m.errors.ended;
    }
    case 'NOT_ON_ROLL':
      return m.errors.notOnRoll;
    case 'RATE_LIMITED':
      return m.errors.rateLimited(error.retryAfterSeconds);
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
      return m.errors.unauthenticated;
    case 'network':
      return m.errors.network;
    default:
      return m.errors.unknown;
  }
}

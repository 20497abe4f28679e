import type { OperationError } from '../../graphql/live';
import type { VoteMessages } from './messages';
import type { PhoneCodeProblem } from './usePhoneCode';

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

/** Plain words for a number or a code that was not accepted (see usePhoneCode.ts). */
export function phoneCodeMessage(m: VoteMessages, problem: PhoneCodeProblem, now: Date = new Date()): string {
  const words = m.phone.errors;
  switch (problem.reason) {
    case 'format':
      return problem.field === 'phone' ? words.phoneFormat : words.codeFormat;
    case 'notOnRoster':
      return words.notOnRoster;
    case 'tooSoon':
      return words.tooSoon(problem.seconds);
    case 'smsFailed':
      return words.smsFailed;
    case 'wrong':
      return words.wrong(problem.triesLeft);
    case 'stale':
      return words.stale;
    case 'expired':
      return words.expired;
    case 'tooManyTries':
      return words.tooManyTries;
    case 'refused':
      return joinErrorMessage(m, problem.error, now);
  }
}

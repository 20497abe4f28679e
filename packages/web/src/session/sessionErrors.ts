import { CombinedError } from '@urql/core';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { i18n } from '../i18n';
import { errorMessage, type ErrorMessage } from '../composables/useErrorMessage';

/** Codes of the live run the general error messages do not cover; worded in `sessions.errors`. */
export const SESSION_ERROR_CODES = ['INVALID_PHASE', 'ALREADY_VOTED', 'VOTING_CLOSED', 'SERVICE_UNAVAILABLE'] as const;
export type SessionErrorCode = (typeof SESSION_ERROR_CODES)[number];

export function sessionErrorCode(error: unknown): SessionErrorCode | null {
  if (!(error instanceof CombinedError)) return null;
  const code = error.graphQLErrors[0]?.extensions?.code;
  return (SESSION_ERROR_CODES as readonly unknown[]).includes(code) ? (code as SessionErrorCode) : null;
}

/** Like `errorMessage`, and says plainly when a step does not fit the session's current state. */
export function sessionErrorMessage(error: unknown, labels: Record<string, string> = {}): ErrorMessage | null {
  const base = errorMessage(error, labels);
  const code = sessionErrorCode(error);
  return base && code ? { ...base, message: i18n.global.t(`sessions.errors.${code}`) } : base;
}

export function useSessionErrorMessage(error: MaybeRefOrGetter<unknown>, labels?: MaybeRefOrGetter<Record<string, string>>) {
  return computed(() => sessionErrorMessage(toValue(error), labels ? toValue(labels) : {}));
}

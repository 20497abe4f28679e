import { CombinedError } from '@urql/core';
import type { OperationError } from '../graphql/fetchGraphql';
import { i18n } from '../i18n';
import { FOLLOW_UP_STATUSES } from '../composables/followUpLabels';
import { errorMessage, type ErrorMessage } from '../composables/useErrorMessage';

function firstError(error: unknown) {
  return error instanceof CombinedError ? error.graphQLErrors[0] : undefined;
}

/** The item moved on meanwhile (another person acted on it): the step no longer fits its status. */
export const isStale = (error: unknown) => firstError(error)?.extensions?.code === 'INVALID_PHASE';

/**
 * Like `errorMessage`, and says plainly when a step no longer fits the item's status, or when a
 * dispatch is refused for a missing commitment or a past deadline. A refused input the form shows
 * no field for also gets the server's own words, so the reader learns what to change.
 */
export function followUpErrorMessage(error: unknown, labels: Record<string, string> = {}): ErrorMessage | null {
  const base = errorMessage(error, labels);
  const first = firstError(error);
  if (!base || !first) return base;
  const { t } = i18n.global;
  const code = first.extensions?.code;
  // 专（工）委 staff acting on another committee's item.
  if (code === 'FORBIDDEN' && first.extensions?.reason === 'OTHER_COMMITTEE') return { ...base, message: t('committee.otherCommittee') };
  if (code === 'INVALID_PHASE') {
    const status = first.extensions?.status;
    const known = typeof status === 'string' && (FOLLOW_UP_STATUSES as readonly string[]).includes(status);
    return {
      ...base,
      message: known
        ? t('followUp.errors.INVALID_PHASE', { status: t(`followUp.status.${status}`) })
        : t('followUp.errors.INVALID_PHASE_PLAIN'),
    };
  }
  if (code === 'BAD_USER_INPUT' && !Object.keys(base.fields).some((field) => field in labels)) {
    const field = first.extensions?.field;
    const specific = field === 'commitment' || field === 'deadline' ? t(`followUp.errors.${field}`) : base.message;
    const serverSaid = first.message ? t('followUp.errors.serverSaid', { message: first.message }) : '';
    return { ...base, message: [specific, serverSaid].filter(Boolean).join(' ') };
  }
  return base;
}

/** The words for a failed evidence upload (an OperationError from the upload route). */
export function uploadErrorText(error: OperationError | null): string {
  if (!error) return '';
  const { t } = i18n.global;
  if (error.code === 'BAD_USER_INPUT' && error.field === 'file') return t('followUp.evidence.problem.type');
  if (error.code === 'TOO_LARGE') return t('followUp.evidence.problem.size');
  if (error.code === 'RATE_LIMITED') return t('errors.RATE_LIMITED_SOON');
  const known = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'network'];
  return t(`errors.${known.includes(error.code) ? error.code : 'unknown'}`);
}

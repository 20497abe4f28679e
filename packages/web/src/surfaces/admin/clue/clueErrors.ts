import { CombinedError } from '@urql/core';
import { i18n } from '../../../i18n';
import { errorMessage, type ErrorMessage } from '../../../composables/useErrorMessage';

/** Codes of clue work that the general error messages do not cover; worded in `admin.clues.errors`. */
export const CLUE_ERROR_CODES = ['INVALID_PHASE', 'COLLECTION_CLOSED', 'UNDO_EXPIRED', 'UNDO_UNSAFE'] as const;
type ClueErrorCode = (typeof CLUE_ERROR_CODES)[number];

function firstError(error: unknown) {
  return error instanceof CombinedError ? error.graphQLErrors[0] : undefined;
}

/** The clue-specific code of a refusal, if it is one. */
export function clueErrorCode(error: unknown): ClueErrorCode | null {
  const code = firstError(error)?.extensions?.code;
  return (CLUE_ERROR_CODES as readonly unknown[]).includes(code) ? (code as ClueErrorCode) : null;
}

/**
 * Like `errorMessage`, and for a step that no longer fits the clue (another staff member decided
 * it meanwhile) says so and adds the server's own explanation. A refused input the form shows no
 * field for also gets the server's words, so the reader learns what to change.
 */
export function clueErrorMessage(error: unknown, labels: Record<string, string> = {}): ErrorMessage | null {
  const base = errorMessage(error, labels);
  const first = firstError(error);
  if (!base || !first) return base;
  const { t } = i18n.global;
  const code = first.extensions?.code;
  // Worded with its own spacing: none before Chinese brackets, a space before English ones.
  const serverSaid = first.message ? t('admin.clues.errors.serverSaid', { message: first.message }) : '';
  if ((CLUE_ERROR_CODES as readonly unknown[]).includes(code)) {
    const status = first.extensions?.status;
    const statusLabel = typeof status === 'string' ? t(`clue.status.${status}`) : '';
    // An unsafe undo says what happened since the decision.
    const reason = first.extensions?.reason;
    const key = code === 'UNDO_UNSAFE' && typeof reason === 'string' ? `UNDO_UNSAFE_${reason}` : code;
    const hours = first.extensions?.hours;
    const message = t(`admin.clues.errors.${key as ClueErrorCode}`, { status: statusLabel, hours: typeof hours === 'number' ? hours : '' });
    return { ...base, message: message + serverSaid };
  }
  if (code === 'REPRESENTATIVE_INACTIVE')
    return { ...base, message: t('admin.representatives.errors.REPRESENTATIVE_INACTIVE') + serverSaid };
  if (code === 'BAD_USER_INPUT' && !Object.keys(base.fields).some((field) => field in labels)) {
    return { ...base, message: base.message + serverSaid };
  }
  return base;
}

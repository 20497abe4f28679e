import { CombinedError } from '@urql/core';
import { i18n } from '../../../i18n';
import { errorMessage, type ErrorMessage } from '../../../composables/useErrorMessage';

/** Codes of representative work the general messages do not word; worded in `admin.representatives.errors`. */
const OWN_CODES = ['REPRESENTATIVE_INACTIVE', 'INVALID_PHASE'] as const;

function firstError(error: unknown) {
  return error instanceof CombinedError ? error.graphQLErrors[0] : undefined;
}

/** The server's code of a refusal, as sent. */
export function refusalCode(error: unknown): string | null {
  const code = firstError(error)?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * Like `errorMessage`, with this domain's codes worded: an inactive representative chosen, an
 * account already linked to another record (beside the account field), a proposal decided already.
 * A refused input no field shows gets the server's own words.
 */
export function representativeErrorMessage(error: unknown, labels: Record<string, string> = {}): ErrorMessage | null {
  const base = errorMessage(error, labels);
  const first = firstError(error);
  if (!base || !first) return base;
  const { t } = i18n.global;
  const code = refusalCode(error);
  if ((OWN_CODES as readonly (string | null)[]).includes(code)) return { ...base, message: t(`admin.representatives.errors.${code}`) };
  if (code === 'CONFLICT') {
    const message = t('admin.representatives.errors.CONFLICT');
    return { message, fields: { ...base.fields, accountId: message } };
  }
  if (code === 'BAD_USER_INPUT' && !Object.keys(base.fields).some((field) => field in labels) && first.message) {
    return { ...base, message: `${base.message}（${first.message}）` };
  }
  return base;
}

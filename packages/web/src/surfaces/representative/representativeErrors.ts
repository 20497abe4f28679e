import { CombinedError } from '@urql/core';
import { i18n } from '../../i18n';
import { errorMessage, type ErrorMessage } from '../../composables/useErrorMessage';

// The workspace's refusals in words: the codes of the representatives' API the shared messages do
// not know (INVALID_PHASE, REPRESENTATIVE_INACTIVE), and the server's own words for a refused input
// the form has no field for.

const firstError = (error: unknown) => (error instanceof CombinedError ? error.graphQLErrors[0] : undefined);

/** The server's code of a refusal, also the ones the shared list does not name. */
export const refusalCode = (error: unknown): string | null => {
  const code = firstError(error)?.extensions?.code;
  return typeof code === 'string' ? code : null;
};

/** The thing acted on moved on meanwhile (a clue handled, an item no longer REPORTED, a session live). */
export const isInvalidPhase = (error: unknown) => refusalCode(error) === 'INVALID_PHASE';

export function representativeErrorMessage(
  error: unknown,
  labels: Record<string, string> = {},
  /** What INVALID_PHASE means where it happened. */
  invalidPhaseKey = 'representative.errors.INVALID_PHASE',
): ErrorMessage | null {
  const base = errorMessage(error, labels);
  const first = firstError(error);
  if (!base || !first) return base;
  const { t } = i18n.global;
  const code = first.extensions?.code;
  if (code === 'INVALID_PHASE') return { ...base, message: t(invalidPhaseKey) };
  if (code === 'REPRESENTATIVE_INACTIVE') return { ...base, message: t('representative.errors.REPRESENTATIVE_INACTIVE') };
  if (code === 'BAD_USER_INPUT' && !Object.keys(base.fields).some((field) => field in labels) && first.message) {
    return { ...base, message: `${base.message} ${t('representative.errors.serverSaid', { message: first.message })}` };
  }
  return base;
}

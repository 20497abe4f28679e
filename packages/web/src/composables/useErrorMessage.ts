import { CombinedError } from '@urql/core';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { i18n } from '../i18n';

/** Error codes the server puts in `extensions.code`. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'RATE_LIMITED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_DISABLED',
  'LOCKED',
  'PASSWORD_REUSED',
  'PASSWORD_CHANGE_REQUIRED',
  'OWN_ACCOUNT',
  'LAST_ADMIN',
  'CONFLICT',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number] | 'network' | 'unknown';

export interface ClassifiedError {
  /** The code that decides the general message. */
  code: ErrorCode;
  retryAfterSeconds: number | null;
  /** Input field name → the code of what is wrong with it. */
  fields: Record<string, ErrorCode>;
}

export interface ErrorMessage {
  message: string;
  /** Input field name → translated message to show next to that field. */
  fields: Record<string, string>;
}

function isErrorCode(value: unknown): value is (typeof ERROR_CODES)[number] {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Reads an urql error (or anything thrown) into codes, without translating. */
export function classifyError(error: unknown): ClassifiedError | null {
  if (error == null) return null;
  if (!(error instanceof CombinedError)) return { code: 'unknown', retryAfterSeconds: null, fields: {} };
  if (error.graphQLErrors.length === 0) {
    return { code: error.networkError ? 'network' : 'unknown', retryAfterSeconds: null, fields: {} };
  }

  const fields: Record<string, ErrorCode> = {};
  let code: ErrorCode = 'unknown';
  let retryAfterSeconds: number | null = null;
  for (const gqlError of error.graphQLErrors) {
    const extensions = gqlError.extensions ?? {};
    const errorCode: ErrorCode = isErrorCode(extensions.code) ? extensions.code : 'unknown';
    if (code === 'unknown') code = errorCode;
    if (errorCode === 'RATE_LIMITED' && typeof extensions.retryAfterSeconds === 'number') {
      retryAfterSeconds = Math.max(1, Math.ceil(extensions.retryAfterSeconds));
    }
    // `field` names the input field; a dotted path such as `input.name` is reduced to `name`.
    if (typeof extensions.field === 'string' && extensions.field !== '') {
      const name = extensions.field.split('.').pop()!;
      fields[name] ??= errorCode;
    }
  }
  return { code, retryAfterSeconds, fields };
}

function translateGeneral(classified: ClassifiedError): string {
  const { t } = i18n.global;
  if (classified.code === 'RATE_LIMITED') {
    return classified.retryAfterSeconds === null
      ? t('errors.RATE_LIMITED_SOON')
      : t('errors.RATE_LIMITED', { seconds: classified.retryAfterSeconds });
  }
  return t(`errors.${classified.code}`);
}

function translateField(code: ErrorCode, label: string): string {
  const { t } = i18n.global;
  return code === 'CONFLICT' ? t('validation.taken', { field: label }) : t('validation.invalid', { field: label });
}

/**
 * Translated messages for an error, in the current language. `labels` gives the visible label of
 * each input field, so a field error reads like "用户名已被使用" next to that field.
 */
export function errorMessage(error: unknown, labels: Record<string, string> = {}): ErrorMessage | null {
  const classified = classifyError(error);
  if (!classified) return null;
  const fields: Record<string, string> = {};
  for (const [name, code] of Object.entries(classified.fields)) {
    fields[name] = translateField(code, labels[name] ?? name);
  }
  return { message: translateGeneral(classified), fields };
}

/** Reactive form of `errorMessage`: follows both the error and the UI language. */
export function useErrorMessage(error: MaybeRefOrGetter<unknown>, labels?: MaybeRefOrGetter<Record<string, string>>) {
  return computed(() => errorMessage(toValue(error), labels ? toValue(labels) : {}));
}

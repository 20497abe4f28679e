import { CombinedError } from '@urql/core';
import { i18n } from '../../i18n';

// The rules a new staff password must meet, as the server checks them (packages/server/src/modules/
// account/password-policy.ts). The form checks what it can before sending; the server's verdict,
// with its reason, is worded the same way.

/** The deployment's rules (the `passwordPolicy` query); these defaults are the server's until it has answered. */
export interface PasswordRules {
  minLength: number;
  /** Of lowercase, uppercase, digits and other characters, how many kinds a password must use. */
  minClasses: number;
  /** Earlier passwords, besides the current one, that may not be chosen again. */
  history: number;
  /** Days a password lasts; 0: it does not expire. */
  maxAgeDays: number;
}
export const DEFAULT_PASSWORD_RULES: PasswordRules = { minLength: 10, minClasses: 3, history: 5, maxAgeDays: 0 };

/** Whether a password set at `changedAt` has outlived the rules' `maxAgeDays` (then it, not an administrator, is why it must change). */
export function passwordExpired(changedAt: string | Date, maxAgeDays: number, now = Date.now()): boolean {
  return maxAgeDays > 0 && new Date(changedAt).getTime() + maxAgeDays * 86_400_000 <= now;
}

/** The four kinds of characters the rules count: lowercase, uppercase, digits, and everything else (Chinese characters too). */
export function characterClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((pattern) => pattern.test(password)).length;
}

export type PasswordField = 'currentPassword' | 'newPassword' | 'confirmPassword';
export type PasswordProblem =
  | {
      key:
        | 'requiredCurrent'
        | 'requiredNew'
        | 'requiredConfirm'
        | 'CONTAINS_USERNAME'
        | 'SAME_AS_CURRENT'
        | 'TOO_COMMON'
        | 'MISMATCH'
        | 'wrongCurrent';
    }
  | { key: 'TOO_SHORT'; length: number }
  | { key: 'TOO_FEW_CLASSES'; classes: number }
  | { key: 'PASSWORD_REUSED' };

export interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Characters as people count them: one Chinese character or emoji is one. */
const length = (text: string) => [...text].length;

/** What is wrong with the form, field by field, before it is sent (common passwords are the server's to judge). */
export function checkPasswordChange(
  values: PasswordValues,
  username: string,
  rules: PasswordRules = DEFAULT_PASSWORD_RULES,
): Partial<Record<PasswordField, PasswordProblem>> {
  const problems: Partial<Record<PasswordField, PasswordProblem>> = {};
  if (values.currentPassword === '') problems.currentPassword = { key: 'requiredCurrent' };
  const next = values.newPassword;
  if (next === '') problems.newPassword = { key: 'requiredNew' };
  else if (length(next) < rules.minLength) problems.newPassword = { key: 'TOO_SHORT', length: length(next) };
  else if (characterClasses(next) < rules.minClasses) problems.newPassword = { key: 'TOO_FEW_CLASSES', classes: characterClasses(next) };
  else if (username && next.toLowerCase().includes(username.toLowerCase())) problems.newPassword = { key: 'CONTAINS_USERNAME' };
  else if (next === values.currentPassword) problems.newPassword = { key: 'SAME_AS_CURRENT' };
  if (values.confirmPassword === '') problems.confirmPassword = { key: 'requiredConfirm' };
  else if (next !== '' && values.confirmPassword !== next) problems.confirmPassword = { key: 'MISMATCH' };
  return problems;
}

const serverReasons = new Set(['TOO_SHORT', 'TOO_FEW_CLASSES', 'CONTAINS_USERNAME', 'SAME_AS_CURRENT', 'TOO_COMMON']);

/**
 * The field-level part of the server's refusal of a password change: a wrong current password, or
 * the rule the new one breaks. Null for anything else (rate limits, network), which the form words
 * as a general error.
 */
export function serverPasswordProblem(error: unknown, newPassword: string): { field: PasswordField; problem: PasswordProblem } | null {
  if (!(error instanceof CombinedError)) return null;
  const extensions = error.graphQLErrors[0]?.extensions ?? {};
  const field = typeof extensions.field === 'string' ? extensions.field.split('.').pop() : undefined;
  if (extensions.code === 'INVALID_CREDENTIALS') return { field: 'currentPassword', problem: { key: 'wrongCurrent' } };
  if (extensions.code === 'PASSWORD_REUSED') return { field: 'newPassword', problem: { key: 'PASSWORD_REUSED' } };
  if (extensions.code !== 'BAD_USER_INPUT') return null;
  const reason = extensions.reason;
  if (field === 'newPassword' && typeof reason === 'string' && serverReasons.has(reason)) {
    const problem: PasswordProblem =
      reason === 'TOO_SHORT'
        ? { key: 'TOO_SHORT', length: length(newPassword) }
        : reason === 'TOO_FEW_CLASSES'
          ? { key: 'TOO_FEW_CLASSES', classes: characterClasses(newPassword) }
          : { key: reason as 'CONTAINS_USERNAME' | 'SAME_AS_CURRENT' | 'TOO_COMMON' };
    return { field: 'newPassword', problem };
  }
  if (field === 'currentPassword') return { field, problem: { key: 'requiredCurrent' } };
  if (field === 'newPassword') return { field, problem: { key: 'requiredNew' } };
  return null;
}

export function translatePasswordProblem(problem: PasswordProblem, rules: PasswordRules = DEFAULT_PASSWORD_RULES): string {
  return i18n.global.t(`account.password.problems.${problem.key}`, {
    min: rules.minLength,
    minClasses: rules.minClasses,
    recent: rules.history + 1,
    length: 'length' in problem ? problem.length : 0,
    classes: 'classes' in problem ? problem.classes : 0,
  });
}

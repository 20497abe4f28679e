import type { PasswordPolicy } from '../../config.js';
import { DomainError } from '../../graphql/errors.js';
import { verifyPassword } from '../auth/password.js';

export const PASSWORD_MAX_LENGTH = 200;

/** Why a new password is refused, in `extensions.reason`, so clients can explain it in their language. */
export type PasswordProblem = 'TOO_SHORT' | 'TOO_FEW_CLASSES' | 'CONTAINS_USERNAME' | 'SAME_AS_CURRENT' | 'TOO_COMMON';

// What people pick first when told "at least ten characters". Checked without case.
const common = new Set([
  '1234567890',
  '0123456789',
  '12345678910',
  '9876543210',
  '1111111111',
  '0000000000',
  '1234512345',
  '1234567890a',
  'qwertyuiop',
  'asdfghjkl;',
  '1q2w3e4r5t',
  'q1w2e3r4t5',
  'qwerty1234',
  'qwe123qwe123',
  'password12',
  'password123',
  'password1234',
  'passw0rd123',
  'abcdefghij',
  'abcd123456',
  'abc1234567',
  'a123456789',
  'admin12345',
  'admin123456',
  'woaini1314',
  'woaini5201314',
  '5201314520',
  'iloveyou12',
]);

/** Characters as people count them: one Chinese character or emoji is one. */
const length = (text: string) => [...text].length;

/** The four classes 等保 counts: lowercase, uppercase, digits, and everything else (symbols, Chinese characters). */
export function characterClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((pattern) => pattern.test(password)).length;
}

/** The first rule a new password breaks, or null. The rules are explained to staff where they choose one. */
export function passwordProblem(
  password: string,
  context: { username: string; current?: string },
  policy: Pick<PasswordPolicy, 'minLength' | 'minClasses'>,
): PasswordProblem | null {
  if (length(password) < policy.minLength) return 'TOO_SHORT';
  if (characterClasses(password) < policy.minClasses) return 'TOO_FEW_CLASSES';
  const lower = password.toLowerCase();
  if (lower.includes(context.username.toLowerCase())) return 'CONTAINS_USERNAME';
  if (context.current !== undefined && password === context.current) return 'SAME_AS_CURRENT';
  // One character repeated, or two taking turns ("ababababab"), is no password either.
  if (common.has(lower) || new Set(lower).size <= 2) return 'TOO_COMMON';
  return null;
}

const messages: Record<PasswordProblem, (policy: Pick<PasswordPolicy, 'minLength' | 'minClasses'>) => string> = {
  TOO_SHORT: (policy) => `Use at least ${policy.minLength} characters.`,
  TOO_FEW_CLASSES: (policy) =>
    `Use at least ${policy.minClasses} of these four: lowercase letters, uppercase letters, digits, other characters.`,
  CONTAINS_USERNAME: () => 'The password may not be or contain your username.',
  SAME_AS_CURRENT: () => 'Choose a password different from the current one.',
  TOO_COMMON: () => 'This password is too common or too simple; choose another.',
};

/** Refuses a new password that breaks a rule, naming the field and the rule (`reason`). */
export function assertPasswordPolicy(
  field: string,
  password: string,
  context: { username: string; current?: string },
  policy: Pick<PasswordPolicy, 'minLength' | 'minClasses'>,
): void {
  const problem = passwordProblem(password, context, policy);
  if (problem)
    throw new DomainError('BAD_USER_INPUT', messages[problem](policy), {
      field,
      reason: problem,
      ...(problem === 'TOO_SHORT' ? { minLength: policy.minLength } : {}),
      ...(problem === 'TOO_FEW_CLASSES' ? { minClasses: policy.minClasses } : {}),
    });
}

/**
 * Refuses a new password that is one of the account's previous ones (the current one is refused as
 * SAME_AS_CURRENT before): PASSWORD_REUSED. Each is compared by Argon2, so a handful of them costs a few tenths of a second.
 */
export async function assertNotReused(field: string, password: string, hashes: string[], history: number): Promise<void> {
  for (const hash of hashes) {
    if (await verifyPassword(hash, password))
      throw new DomainError('PASSWORD_REUSED', `Choose a password you have not used recently (not one of your last ${history + 1}).`, {
        field,
        history,
      });
  }
}

/** The hashes to keep after a password change: the one being replaced first, then as many older ones as the policy keeps. */
export const nextPasswordHistory = (replaced: string, previous: string[], history: number): string[] =>
  [replaced, ...previous].slice(0, history);

/** When a password set at `changedAt` expires under the policy; null when passwords do not expire. */
export function passwordExpiresAt(changedAt: Date, policy: Pick<PasswordPolicy, 'maxAgeDays'>): Date | null {
  return policy.maxAgeDays > 0 ? new Date(changedAt.getTime() + policy.maxAgeDays * 86_400_000) : null;
}

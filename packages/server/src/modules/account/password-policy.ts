import { DomainError } from '../../graphql/errors.js';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Why a new password is refused, in `extensions.reason`, so clients can explain it in their language. */
export type PasswordProblem = 'TOO_SHORT' | 'CONTAINS_USERNAME' | 'SAME_AS_CURRENT' | 'TOO_COMMON';

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

/** The first rule a new password breaks, or null. The rules are explained to staff where they choose one. */
export function passwordProblem(password: string, context: { username: string; current?: string }): PasswordProblem | null {
  if (length(password) < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  const lower = password.toLowerCase();
  if (lower.includes(context.username.toLowerCase())) return 'CONTAINS_USERNAME';
  if (context.current !== undefined && password === context.current) return 'SAME_AS_CURRENT';
  // One character repeated, or two taking turns ("ababababab"), is no password either.
  if (common.has(lower) || new Set(lower).size <= 2) return 'TOO_COMMON';
  return null;
}

const messages: Record<PasswordProblem, string> = {
  TOO_SHORT: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
  CONTAINS_USERNAME: 'The password may not be or contain your username.',
  SAME_AS_CURRENT: 'Choose a password different from the current one.',
  TOO_COMMON: 'This password is too common or too simple; choose another.',
};

/** Refuses a new password that breaks a rule, naming the field and the rule (`reason`). */
export function assertPasswordPolicy(field: string, password: string, context: { username: string; current?: string }): void {
  const problem = passwordProblem(password, context);
  if (problem)
    throw new DomainError('BAD_USER_INPUT', messages[problem], {
      field,
      reason: problem,
      ...(problem === 'TOO_SHORT' ? { minLength: PASSWORD_MIN_LENGTH } : {}),
    });
}

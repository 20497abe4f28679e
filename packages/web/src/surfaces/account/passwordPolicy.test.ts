import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { characterClasses, checkPasswordChange, passwordExpired, serverPasswordProblem, translatePasswordProblem } from './passwordPolicy';

const values = (currentPassword: string, newPassword: string, confirmPassword = newPassword) => ({
  currentPassword,
  newPassword,
  confirmPassword,
});
const refusal = (extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError('refused', { extensions })] });

describe('checking a new password before sending it', () => {
  it('asks for every field', () => {
    expect(checkPasswordChange(values('', '', ''), 'host')).toEqual({
      currentPassword: { key: 'requiredCurrent' },
      newPassword: { key: 'requiredNew' },
      confirmPassword: { key: 'requiredConfirm' },
    });
  });

  it('applies the server’s rules it can check itself', () => {
    expect(checkPasswordChange(values('old', '短短的密码'), 'host').newPassword).toEqual({ key: 'TOO_SHORT', length: 5 });
    expect(checkPasswordChange(values('old', 'my-HOST-password'), 'host').newPassword).toEqual({ key: 'CONTAINS_USERNAME' });
    expect(checkPasswordChange(values('Same-as-before', 'Same-as-before'), 'host').newPassword).toEqual({ key: 'SAME_AS_CURRENT' });
    expect(checkPasswordChange(values('old', 'A-fine-new-one', 'a-fine-new-on'), 'host').confirmPassword).toEqual({ key: 'MISMATCH' });
    expect(checkPasswordChange(values('old', 'A-fine-new-one'), 'host')).toEqual({});
  });

  it('counts characters as people do', () => {
    expect(checkPasswordChange(values('old', '人民代表大会常务委员A1'), 'host')).toEqual({});
  });

  it('asks for enough kinds of characters, as many as the deployment’s rules say', () => {
    expect(checkPasswordChange(values('old', 'lowercase-only'), 'host').newPassword).toEqual({ key: 'TOO_FEW_CLASSES', classes: 2 });
    expect(
      checkPasswordChange(values('old', 'lowercase-only'), 'host', { minLength: 10, minClasses: 2, history: 5, maxAgeDays: 0 }),
    ).toEqual({});
    expect(checkPasswordChange(values('old', 'Ab1-'), 'host', { minLength: 4, minClasses: 4, history: 0, maxAgeDays: 0 })).toEqual({});
    expect(characterClasses('人民A1')).toBe(3);
  });

  it('tells an expired password from one an administrator set', () => {
    const now = Date.parse('2026-12-02T00:00:00Z');
    expect(passwordExpired('2026-09-01T00:00:00Z', 90, now)).toBe(true);
    expect(passwordExpired('2026-09-04T00:00:00Z', 90, now)).toBe(false);
    expect(passwordExpired('2020-01-01T00:00:00Z', 0, now)).toBe(false);
  });
});

describe('reading the server’s refusal', () => {
  it('puts a wrong current password and a broken rule next to their fields', () => {
    expect(serverPasswordProblem(refusal({ code: 'INVALID_CREDENTIALS', field: 'currentPassword' }), 'x')).toEqual({
      field: 'currentPassword',
      problem: { key: 'wrongCurrent' },
    });
    expect(serverPasswordProblem(refusal({ code: 'BAD_USER_INPUT', field: 'newPassword', reason: 'TOO_COMMON' }), '1234567890')).toEqual({
      field: 'newPassword',
      problem: { key: 'TOO_COMMON' },
    });
    expect(serverPasswordProblem(refusal({ code: 'BAD_USER_INPUT', field: 'newPassword', reason: 'TOO_SHORT' }), 'abc')).toEqual({
      field: 'newPassword',
      problem: { key: 'TOO_SHORT', length: 3 },
    });
    expect(
      serverPasswordProblem(refusal({ code: 'BAD_USER_INPUT', field: 'newPassword', reason: 'TOO_FEW_CLASSES' }), 'abcdefghijk'),
    ).toEqual({
      field: 'newPassword',
      problem: { key: 'TOO_FEW_CLASSES', classes: 1 },
    });
    expect(serverPasswordProblem(refusal({ code: 'PASSWORD_REUSED', field: 'newPassword', history: 5 }), 'x')).toEqual({
      field: 'newPassword',
      problem: { key: 'PASSWORD_REUSED' },
    });
  });

  it('leaves the rest to the general message', () => {
    expect(serverPasswordProblem(refusal({ code: 'RATE_LIMITED', retryAfterSeconds: 60 }), 'x')).toBeNull();
    expect(serverPasswordProblem(new Error('offline'), 'x')).toBeNull();
  });
});

describe('the wording', () => {
  it('names the rule in both languages', () => {
    expect(translatePasswordProblem({ key: 'TOO_SHORT', length: 4 })).toBe('新密码至少需要 10 个字符（现在 4 个）');
    i18n.global.locale.value = 'en';
    try {
      expect(translatePasswordProblem({ key: 'MISMATCH' })).toBe('The two new passwords do not match');
    } finally {
      i18n.global.locale.value = 'zh-CN';
    }
  });
});

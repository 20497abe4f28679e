import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { checkPasswordChange, serverPasswordProblem, translatePasswordProblem } from './passwordPolicy';

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
    expect(checkPasswordChange(values('same-as-before', 'same-as-before'), 'host').newPassword).toEqual({ key: 'SAME_AS_CURRENT' });
    expect(checkPasswordChange(values('old', 'a-fine-new-one', 'a-fine-new-on'), 'host').confirmPassword).toEqual({ key: 'MISMATCH' });
    expect(checkPasswordChange(values('old', 'a-fine-new-one'), 'host')).toEqual({});
  });

  it('counts characters as people do', () => {
    expect(checkPasswordChange(values('old', '人民代表大会常务委员会'), 'host')).toEqual({});
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

import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { ref } from 'vue';
import { i18n } from '../i18n';
import { classifyError, errorMessage, useErrorMessage } from './useErrorMessage';

function gqlError(code: string, extensions: Record<string, unknown> = {}) {
  return new CombinedError({ graphQLErrors: [new GraphQLError('server text', { extensions: { code, ...extensions } })] });
}

afterEach(() => {
  i18n.global.locale.value = 'zh-CN';
});

describe('classifyError', () => {
  it('is empty for no error', () => {
    expect(classifyError(null)).toBeNull();
    expect(classifyError(undefined)).toBeNull();
  });

  it('tells network failures from server answers', () => {
    expect(classifyError(new CombinedError({ networkError: new TypeError('Failed to fetch') }))?.code).toBe('network');
    expect(classifyError(new Error('boom'))?.code).toBe('unknown');
    expect(classifyError(gqlError('SOMETHING_NEW'))?.code).toBe('unknown');
  });

  it('reads the field of invalid input, reducing dotted paths', () => {
    expect(classifyError(gqlError('BAD_USER_INPUT', { field: 'input.shortName' }))).toEqual({
      code: 'BAD_USER_INPUT',
      retryAfterSeconds: null,
      fields: { shortName: 'BAD_USER_INPUT' },
    });
  });

  it('rounds the rate-limit wait up to whole seconds', () => {
    expect(classifyError(gqlError('RATE_LIMITED', { retryAfterSeconds: 12.2 }))?.retryAfterSeconds).toBe(13);
  });
});

describe('errorMessage', () => {
  it('translates every server code in Chinese by default', () => {
    expect(errorMessage(gqlError('INVALID_CREDENTIALS'))?.message).toBe('用户名或密码不正确。');
    expect(errorMessage(gqlError('FORBIDDEN'))?.message).toBe('您没有权限执行此操作。');
    expect(errorMessage(gqlError('RATE_LIMITED', { retryAfterSeconds: 30 }))?.message).toBe('操作太频繁，请在 30 秒后重试。');
    expect(errorMessage(gqlError('RATE_LIMITED'))?.message).toBe('操作太频繁，请稍后重试。');
    for (const code of ['UNAUTHENTICATED', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'INTERNAL_SERVER_ERROR']) {
      expect(errorMessage(gqlError(code))?.message).not.toMatch(/errors\./);
    }
  });

  it('puts field errors next to the named field with its label', () => {
    const invalid = errorMessage(gqlError('BAD_USER_INPUT', { field: 'name' }), { name: '名称' });
    expect(invalid?.fields).toEqual({ name: '名称填写不正确' });
    const taken = errorMessage(gqlError('CONFLICT', { field: 'username' }), { username: '用户名' });
    expect(taken?.fields).toEqual({ username: '该用户名已被使用' });
  });

  it('follows the language', () => {
    const message = useErrorMessage(ref(gqlError('INVALID_CREDENTIALS')));
    expect(message.value?.message).toBe('用户名或密码不正确。');
    i18n.global.locale.value = 'en';
    expect(message.value?.message).toBe('Wrong username or password.');
  });
});

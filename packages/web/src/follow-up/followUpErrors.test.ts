import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { OperationError } from '../graphql/fetchGraphql';
import { i18n } from '../i18n';
import { followUpErrorMessage, isStale, uploadErrorText } from './followUpErrors';

const refused = (message: string, extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

afterEach(() => {
  i18n.global.locale.value = 'zh-CN';
});

describe('followUpErrorMessage', () => {
  it('says the item moved on, naming its status now', () => {
    const error = refused('The item is REPORTED; "accept" needs it to be DISPATCHED or REOPENED.', {
      code: 'INVALID_PHASE',
      status: 'REPORTED',
    });
    expect(isStale(error)).toBe(true);
    expect(followUpErrorMessage(error)!.message).toContain('“待审核”');
    i18n.global.locale.value = 'en';
    expect(followUpErrorMessage(error)!.message).toContain('“To review”');
  });

  it('explains a dispatch refused for a missing commitment, with the server’s words', () => {
    const error = refused('Write down the commitment of “加装电梯” before dispatching it.', {
      code: 'BAD_USER_INPUT',
      field: 'commitment',
    });
    const message = followUpErrorMessage(error)!.message;
    expect(message).toContain('还没有填写整改承诺');
    expect(message).toContain('加装电梯');
  });

  it('shows a refused field next to it when the form has it', () => {
    const error = refused('Say why the item is returned.', { code: 'BAD_USER_INPUT', field: 'reason' });
    expect(followUpErrorMessage(error, { reason: '理由' })!.fields).toEqual({ reason: '理由填写不正确' });
  });

  it('leaves other errors to the general messages', () => {
    expect(followUpErrorMessage(null)).toBeNull();
    expect(followUpErrorMessage(refused('No.', { code: 'FORBIDDEN' }))!.message).toBe('您没有权限执行此操作。');
  });
});

describe('uploadErrorText', () => {
  it('words a refused type, a big file and a lost connection', () => {
    expect(uploadErrorText(new OperationError('BAD_USER_INPUT', 'x', null, 'file'))).toContain('PDF');
    expect(uploadErrorText(new OperationError('TOO_LARGE', 'x', null, 'file'))).toContain('20 MB');
    expect(uploadErrorText(new OperationError('network', 'x'))).toBe('无法连接服务器，请检查网络后重试。');
    expect(uploadErrorText(null)).toBe('');
  });
});

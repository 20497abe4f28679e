import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import { clueErrorCode, clueErrorMessage } from './clueErrors';

const refused = (message: string, extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

afterEach(() => {
  i18n.global.locale.value = 'zh-CN';
});

describe('clueErrorMessage', () => {
  it('says a clue was decided meanwhile, in its current status, with the server’s words', () => {
    const error = refused('The clue is already ACCEPTED; only a SUBMITTED clue can be triaged ("reject").', {
      code: 'INVALID_PHASE',
      status: 'ACCEPTED',
    });
    expect(clueErrorCode(error)).toBe('INVALID_PHASE');
    const message = clueErrorMessage(error)!.message;
    expect(message).toContain('“已采纳”');
    expect(message).toContain('The clue is already ACCEPTED');
    i18n.global.locale.value = 'en';
    expect(clueErrorMessage(error)!.message).toMatch(/^This clue is now “Accepted”.*\(Server: The clue is already ACCEPTED/);
  });

  it('shows a refused field next to it', () => {
    const error = refused('Choose a department.', { code: 'BAD_USER_INPUT', field: 'input.departmentId' });
    const message = clueErrorMessage(error, { departmentId: '承办单位' })!;
    expect(message.fields).toEqual({ departmentId: '承办单位填写不正确' });
    expect(message.message).toBe('填写的内容有误，请检查后重试。');
  });

  it('adds the server’s words when the form has no field for what it refused', () => {
    const error = refused('This is a general submission; choose the session to add the question to.', {
      code: 'BAD_USER_INPUT',
      field: 'sessionId',
    });
    expect(clueErrorMessage(error, { title: '问题标题' })!.message).toContain('choose the session');
  });

  it('leaves other errors to the general messages', () => {
    expect(clueErrorMessage(null)).toBeNull();
    expect(clueErrorCode(new Error('boom'))).toBeNull();
    expect(clueErrorMessage(refused('Your role may not do this.', { code: 'FORBIDDEN' }))!.message).toBe('您没有权限执行此操作。');
  });
});

describe('refused undo', () => {
  it('says the window passed, with its length', () => {
    const error = refused('A rejection or merge can be undone only within 24 hours of the decision.', { code: 'UNDO_EXPIRED', hours: 24 });
    expect(clueErrorCode(error)).toBe('UNDO_EXPIRED');
    expect(clueErrorMessage(error)!.message).toContain('24 小时');
    i18n.global.locale.value = 'en';
    expect(clueErrorMessage(error)!.message).toMatch(/^The time to undo has passed \(within 24 hours/);
  });

  it('says what happened since the decision', () => {
    const replied = refused('A public reply was given after the decision.', { code: 'UNDO_UNSAFE', reason: 'REPLIED_SINCE' });
    expect(clueErrorMessage(replied)!.message).toContain('已发布过公开答复');
    const merged = refused('The clue it was merged into has since been merged.', { code: 'UNDO_UNSAFE', reason: 'INTO_MERGED' });
    expect(clueErrorMessage(merged)!.message).toContain('请先撤销那次合并');
  });
});

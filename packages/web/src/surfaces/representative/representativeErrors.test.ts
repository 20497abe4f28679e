import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { isInvalidPhase, refusalCode, representativeErrorMessage } from './representativeErrors';

const refused = (message: string, extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

afterEach(() => {
  i18n.global.locale.value = 'zh-CN';
});

describe('representativeErrorMessage', () => {
  it('says a clue was handled meanwhile, or what INVALID_PHASE means where it happened', () => {
    const error = refused('The clue is REFERRED already.', { code: 'INVALID_PHASE' });
    expect(isInvalidPhase(error)).toBe(true);
    expect(refusalCode(error)).toBe('INVALID_PHASE');
    expect(representativeErrorMessage(error)!.message).toContain('已经被处理');
    expect(representativeErrorMessage(error, {}, 'representative.errors.scoreNotReported')!.message).toContain('报送整改报告后才能打分');
    i18n.global.locale.value = 'en';
    expect(representativeErrorMessage(error)!.message).toContain('already been handled');
  });

  it('names an inactive record, and keeps the shared words for the rest', () => {
    expect(representativeErrorMessage(refused('inactive', { code: 'REPRESENTATIVE_INACTIVE' }))!.message).toContain('已停用');
    expect(representativeErrorMessage(refused('Not yours', { code: 'FORBIDDEN' }))!.message).toBe('您没有权限执行此操作。');
    expect(representativeErrorMessage(null)).toBeNull();
  });

  it('shows a refused field beside it, and otherwise the server’s words', () => {
    const error = refused('The deadline is in the past.', { code: 'BAD_USER_INPUT', field: 'input.deadline' });
    expect(representativeErrorMessage(error, { deadline: '办理期限' })!.fields).toEqual({ deadline: '办理期限填写不正确' });
    expect(representativeErrorMessage(error)!.message).toContain('The deadline is in the past.');
  });
});

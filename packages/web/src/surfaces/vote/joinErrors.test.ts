import { describe, expect, it } from 'vitest';
import { OperationError } from '../../graphql/fetchGraphql';
import { formMessages, phoneCodeMessage } from './formMessages';
import formEn from './formMessages.en';
import { joinErrorMessage, opensAtOf } from './joinErrors';
import en from './messages.en';
import { voteMessages } from './messages';

const zh = voteMessages.useMessages().value;
const zhForm = formMessages.useMessages().value;
const refusal = (code: string, extensions: Record<string, unknown> = {}, retry: number | null = null) =>
  new OperationError(code, code, retry, null, extensions);

describe('joinErrorMessage', () => {
  it('says when the online vote opens, today by the clock and another day with its date', () => {
    const now = new Date(2025, 2, 5, 17, 0);
    const today = refusal('INVALID_PHASE', { status: 'PUBLISHED', opensAt: new Date(2025, 2, 5, 19, 30).toISOString() });
    expect(joinErrorMessage(zh, today, now)).toBe('网络测评将于 19:30 开放，请届时再来。');
    expect(joinErrorMessage(en, today, now)).toBe('The online vote opens at 19:30; please come back then.');
    const tomorrow = refusal('INVALID_PHASE', { opensAt: new Date(2025, 2, 6, 9, 5).toISOString() });
    expect(joinErrorMessage(zh, tomorrow, now)).toBe('网络测评将于 3 月 6 日 09:05 开放，请届时再来。');
    expect(joinErrorMessage(en, tomorrow, now)).toBe('The online vote opens at 09:05 on 6 Mar; please come back then.');
  });

  it('still says the session has ended when the refusal names no opening time', () => {
    expect(joinErrorMessage(zh, refusal('INVALID_PHASE', { status: 'ENDED' }))).toBe('本场问政已结束，不再接受投票。');
    expect(opensAtOf(refusal('INVALID_PHASE', { opensAt: 'soon' }))).toBeNull();
  });

  it('tells a representative who is not on the studio roll to ask the staff', () => {
    expect(joinErrorMessage(zh, refusal('NOT_ON_ROLL'))).toBe('您不在本场现场测评名册中，请联系工作人员。');
  });
});

describe('phoneCodeMessage', () => {
  it('words each problem with the number or the code', () => {
    expect(phoneCodeMessage(zh, zhForm, { field: 'phone', reason: 'format' })).toBe('请输入 11 位手机号码。');
    expect(phoneCodeMessage(zh, zhForm, { field: 'code', reason: 'format' })).toBe('请输入短信中的 6 位验证码。');
    expect(phoneCodeMessage(zh, zhForm, { field: 'phone', reason: 'notOnRoster' })).toContain('不在本场网络测评名册中');
    expect(phoneCodeMessage(zh, zhForm, { field: 'phone', reason: 'tooSoon', seconds: 42 })).toBe('获取验证码过于频繁，请 42 秒后再试。');
    expect(phoneCodeMessage(zh, zhForm, { field: 'code', reason: 'wrong', triesLeft: 4 })).toBe('验证码不正确，还可以再试 4 次。');
    expect(phoneCodeMessage(en, formEn, { field: 'code', reason: 'wrong', triesLeft: 1 })).toBe('This code is not right; 1 try left.');
    expect(phoneCodeMessage(zh, zhForm, { field: 'code', reason: 'expired' })).toBe('验证码已过期，请重新获取。');
  });

  it('explains other refusals as a join would', () => {
    const now = new Date(2025, 2, 5, 17, 0);
    const early = refusal('INVALID_PHASE', { opensAt: new Date(2025, 2, 5, 19, 30).toISOString() });
    expect(phoneCodeMessage(zh, zhForm, { field: 'phone', reason: 'refused', error: early }, now)).toBe(
      '网络测评将于 19:30 开放，请届时再来。',
    );
    expect(phoneCodeMessage(zh, zhForm, { field: 'code', reason: 'refused', error: refusal('network') })).toBe(
      '无法连接服务器，请检查网络后重试。',
    );
  });
});

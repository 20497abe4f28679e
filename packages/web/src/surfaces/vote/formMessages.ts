import { joinErrorMessage } from './joinErrors';
import type { VoteMessages } from './messages';
import type { PhoneCodeProblem } from './usePhoneCode';
import { defineSurfaceMessages } from '../../labels/surfaceMessages';

// The words of the forms a phone may see before it votes: the session code, the seat code and the
// mobile number. Loaded with those forms, so the live page's first load does not carry them.
const zhCN = {
  entry: {
    heading: '网络测评',
    intro: '输入大屏上显示的 6 位数字场次码，或直接扫描大屏上的二维码，在网上对答复进行满意度测评。',
    codeLabel: '场次码',
    codeHint: '6 位数字',
    codeInvalid: '请输入 6 位数字场次码。',
    submit: '进入投票',
    seatLink: '我是现场代表，使用席位码',
  },
  seat: {
    heading: '现场测评',
    intro: '现场代表请输入座位上印制的席位码。每个席位码只能在一部手机上使用一次。',
    codeLabel: '席位码',
    codeHint: '6 位字母或数字，印在席位卡上',
    codeInvalid: '请输入席位码。',
    submit: '确认席位',
    claiming: '正在确认席位…',
    audienceLink: '我是观众，参与网络测评',
    taken: '这个席位码已经被使用过了。如有疑问，请联系现场工作人员。',
    invalid: '席位码不正确，请核对席位卡上的代码。',
  },
  phone: {
    why: {
      PHONE_CODE: '本场网络测评需验证手机号：一个号码只能投一次票。',
      ROSTER: '本场仅限名册内人员参与网络测评，请输入登记在名册上的手机号。',
    },
    numberLabel: '手机号',
    numberHint: '11 位手机号码',
    send: '获取验证码',
    sending: '正在发送…',
    resendIn: (seconds: number) => `${seconds} 秒后重发`,
    resend: '重新获取',
    back: '重新输入场次码',
    sent: (maskedPhone: string, minutes: number) => `验证码已发送至 ${maskedPhone}，${minutes} 分钟内有效。`,
    earlier: (maskedPhone: string) => `如已收到发往 ${maskedPhone} 的验证码，可直接输入。`,
    codeLabel: '短信验证码',
    codeHint: '6 位数字',
    submit: '验证并进入',
    verifying: '正在验证…',
    errors: {
      phoneFormat: '请输入 11 位手机号码。',
      notOnRoster: '这个号码不在本场网络测评名册中，请核对号码，或联系工作人员。',
      tooSoon: (seconds: number) => `获取验证码过于频繁，请 ${seconds} 秒后再试。`,
      smsFailed: '短信暂时发送不出去，请稍后再试。',
      codeFormat: '请输入短信中的 6 位验证码。',
      wrong: (triesLeft: number) => `验证码不正确，还可以再试 ${triesLeft} 次。`,
      stale: '这个验证码已失效，请重新获取。',
      expired: '验证码已过期，请重新获取。',
      tooManyTries: '验证码错误次数过多，请重新获取。',
    },
  },
};

export type FormMessages = typeof zhCN;

export const formMessages = defineSurfaceMessages<FormMessages>(zhCN, { en: () => import('./formMessages.en') });
export const useFormMessages = formMessages.useMessages;

/** Plain words for a number or a code that was not accepted (see usePhoneCode.ts). */
export function phoneCodeMessage(m: VoteMessages, form: FormMessages, problem: PhoneCodeProblem, now: Date = new Date()): string {
  const words = form.phone.errors;
  switch (problem.reason) {
    case 'format':
      return problem.field === 'phone' ? words.phoneFormat : words.codeFormat;
    case 'notOnRoster':
      return words.notOnRoster;
    case 'tooSoon':
      return words.tooSoon(problem.seconds);
    case 'smsFailed':
      return words.smsFailed;
    case 'wrong':
      return words.wrong(problem.triesLeft);
    case 'stale':
      return words.stale;
    case 'expired':
      return words.expired;
    case 'tooManyTries':
      return words.tooManyTries;
    case 'refused':
      return joinErrorMessage(m, problem.error, now);
  }
}

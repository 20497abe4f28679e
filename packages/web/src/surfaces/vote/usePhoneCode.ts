import { computed, getCurrentScope, onScopeDispose, shallowRef } from 'vue';
import { savePass, type AudiencePass } from './audiencePass';
import type { VoteRequestCodeMutation } from '../../gql/graphql';
import { fetchGraphql, toOperationError, type OperationError } from '../../graphql/fetchGraphql';
import { VoteJoinWithCodeDocument, VoteRequestCodeDocument } from './formOperations';
import { cleanJoinCode } from './useJoinCodeEntry';

// A session whose online vote needs a proven mobile number (identity PHONE_CODE or ROSTER): the
// phone asks for a text message code, then trades number and code for the same kind of pass a
// DEVICE session gives. One number is one voter, on however many phones.

const MOBILE = /^1[3-9]\d{9}$/;
const MOBILE_DIGITS = 11;

const asciiDigits = (text: string) => text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
/** Digits and single spaces (people group numbers as 138 0013 8000), nothing in front. */
const digitsAndSpaces = (text: string) =>
  asciiDigits(text)
    .replace(/[^\d ]/g, '')
    .replace(/ {2,}/g, ' ')
    .replace(/^ +/, '');

/** `text` without its first `count` digits (and the spaces after them). */
function dropDigits(text: string, count: number): string {
  let seen = 0;
  let i = 0;
  while (i < text.length && seen < count) if (text[i++] !== ' ') seen++;
  return text.slice(i).replace(/^ +/, '');
}

/** `text` up to its `count`th digit. */
function keepDigits(text: string, count: number): string {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== ' ' && ++seen === count) return text.slice(0, i + 1);
  }
  return text;
}

/**
 * What the number field keeps of what was typed, pasted or filled in: digits and spaces, 11 digits
 * at most, without the +86 an address book adds; and where the caret goes.
 */
export function cleanPhone(raw: string, caret: number = raw.length): { value: string; caret: number } {
  let value = digitsAndSpaces(raw);
  let before = digitsAndSpaces(raw.slice(0, caret));
  // +86 typed or filled in, or 86 before a full number pasted without its plus.
  const countryCode = /^\s*[+＋]\s*(86|８６)/.test(raw) || (value.replace(/ /g, '').length > MOBILE_DIGITS && value.startsWith('86'));
  if (countryCode) {
    value = dropDigits(value, 2);
    before = dropDigits(before, 2);
  }
  value = keepDigits(value, MOBILE_DIGITS);
  return { value, caret: Math.min(keepDigits(before, MOBILE_DIGITS).length, value.length) };
}

export const phoneDigits = (value: string) => value.replace(/ /g, '');

/** Why the number or the code was not accepted, and beside which field to say so. */
export type PhoneCodeProblem =
  | { field: 'phone'; reason: 'format' | 'notOnRoster' | 'smsFailed' }
  | { field: 'phone'; reason: 'tooSoon'; seconds: number }
  | { field: 'code'; reason: 'format' | 'stale' | 'expired' | 'tooManyTries' }
  | { field: 'code'; reason: 'wrong'; triesLeft: number }
  /** Anything else (network, ended, not open yet): explained as a join would be. */
  | { field: 'phone' | 'code'; reason: 'refused'; error: OperationError };

/** A code on its way to `phone`, kept for the tab so a reload (WeChat does) still shows the code field. */
interface SentCode {
  phone: string;
  maskedPhone: string;
  expiresAt: number;
  /** Not sent from here: the server refused a new code this soon, so one sent earlier (on another phone, say) may be waiting. */
  earlier?: boolean;
}

const CODE_LIFETIME_MS = 5 * 60_000;
const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

export interface PhoneCodeServer {
  sendCode(joinCode: string, phone: string): Promise<VoteRequestCodeMutation['requestVoteCode']>;
  /** The pass for a proven number, stored like any other pass. */
  verify(joinCode: string, phone: string, code: string): Promise<AudiencePass>;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function sessionStore(): Store | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

function localStore(): Store | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export const sentCodeKey = (joinCode: string) => `wz.sms.${joinCode}`;

const graphqlServer: PhoneCodeServer = {
  sendCode: async (joinCode, phone) => (await fetchGraphql(VoteRequestCodeDocument, { input: { joinCode, phone } })).requestVoteCode,
  async verify(joinCode, phone, code) {
    const { joinWithCode } = await fetchGraphql(VoteJoinWithCodeDocument, { input: { joinCode, phone, code } });
    savePass(localStore(), joinCode, joinWithCode);
    return joinWithCode;
  },
};

function readSent(store: Store | undefined, joinCode: string, now: number): (SentCode & { resendAt: number }) | null {
  try {
    const raw = store?.getItem(sentCodeKey(joinCode));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<SentCode & { resendAt: number }>;
    if (
      typeof value.phone !== 'string' ||
      typeof value.maskedPhone !== 'string' ||
      typeof value.expiresAt !== 'number' ||
      typeof value.resendAt !== 'number'
    )
      return null;
    return value.expiresAt > now ? (value as SentCode & { resendAt: number }) : null;
  } catch {
    return null;
  }
}

function writeSent(store: Store | undefined, joinCode: string, value: (SentCode & { resendAt: number }) | null): void {
  try {
    if (value) store?.setItem(sentCodeKey(joinCode), JSON.stringify(value));
    else store?.removeItem(sentCodeKey(joinCode));
  } catch {
    // Without storage a reload asks for the number again.
  }
}

/** The refusal of a code request, beside the number. */
function requestProblem(error: OperationError): PhoneCodeProblem {
  switch (error.code) {
    case 'BAD_USER_INPUT':
      return error.field === 'phone' ? { field: 'phone', reason: 'format' } : { field: 'phone', reason: 'refused', error };
    case 'NOT_ON_ROLL':
      return { field: 'phone', reason: 'notOnRoster' };
    case 'RATE_LIMITED':
      return { field: 'phone', reason: 'tooSoon', seconds: error.retryAfterSeconds ?? 60 };
    case 'SERVICE_UNAVAILABLE':
      return { field: 'phone', reason: 'smsFailed' };
    default:
      return { field: 'phone', reason: 'refused', error };
  }
}

/** The refusal of a code, beside the field it is about. */
function verifyProblem(error: OperationError): PhoneCodeProblem {
  switch (error.code) {
    case 'CODE_INVALID': {
      const triesLeft = typeof error.extensions.triesLeft === 'number' ? error.extensions.triesLeft : 0;
      return triesLeft > 0 ? { field: 'code', reason: 'wrong', triesLeft } : { field: 'code', reason: 'stale' };
    }
    case 'CODE_EXPIRED':
      return { field: 'code', reason: 'expired' };
    case 'RATE_LIMITED':
      return { field: 'code', reason: 'tooManyTries' };
    case 'NOT_ON_ROLL':
      return { field: 'phone', reason: 'notOnRoster' };
    case 'BAD_USER_INPUT':
      if (error.field === 'phone') return { field: 'phone', reason: 'format' };
      if (error.field === 'code') return { field: 'code', reason: 'format' };
      return { field: 'code', reason: 'refused', error };
    default:
      return { field: 'code', reason: 'refused', error };
  }
}

/**
 * The number-and-code form's state: the number, the code once one is on its way (the code field
 * shows only then, for the number it went to), the wait before another code may be asked for, and
 * the problem beside its field. `requestCode` and `verify` say whether they succeeded, so the page
 * can move the focus.
 */
export function usePhoneCode(joinCode: string, options: { server?: PhoneCodeServer; storage?: Store } = {}) {
  const server = options.server ?? graphqlServer;
  const storage = 'storage' in options ? options.storage : sessionStore();
  const restored = readSent(storage, joinCode, Date.now());

  const phone = shallowRef(restored?.phone ?? '');
  const code = shallowRef('');
  const sent = shallowRef<SentCode | null>(restored);
  /** No new code for this number before `at` (the server's resend wait, or its rate limit). */
  const resendAt = shallowRef<{ phone: string; at: number } | null>(restored ? { phone: restored.phone, at: restored.resendAt } : null);
  const problem = shallowRef<PhoneCodeProblem | null>(null);
  const busy = shallowRef<'sending' | 'verifying' | null>(null);
  const now = shallowRef(Date.now());

  const digits = computed(() => phoneDigits(phone.value));
  /** The code field is for the number the code went to; another number needs its own code. */
  const codeStep = computed(() => sent.value !== null && sent.value.phone === digits.value);
  /** Seconds before another code may be asked for this number; 0 when it may be now. */
  const resendIn = computed(() => {
    const wait = resendAt.value;
    if (!wait || wait.phone !== digits.value) return 0;
    return Math.max(0, Math.ceil((wait.at - now.value) / 1000));
  });

  // The countdown ticks only while there is one to show.
  let ticker: ReturnType<typeof setInterval> | undefined;
  function tick(): void {
    now.value = Date.now();
    if (resendIn.value === 0) stopTicking();
  }
  function stopTicking(): void {
    clearInterval(ticker);
    ticker = undefined;
  }
  function waitBeforeResend(forPhone: string, seconds: number): void {
    now.value = Date.now();
    resendAt.value = { phone: forPhone, at: now.value + seconds * 1000 };
    if (ticker === undefined && seconds > 0) ticker = setInterval(tick, 1000);
  }
  if (restored && resendIn.value > 0) ticker = setInterval(tick, 1000);
  if (getCurrentScope()) onScopeDispose(stopTicking);

  /** Takes what the number field now holds; returns what it should show instead. */
  function inputPhone(raw: string, caret?: number): { value: string; caret: number } {
    const cleaned = cleanPhone(raw, caret);
    if (phoneDigits(cleaned.value) !== digits.value) problem.value = null;
    phone.value = cleaned.value;
    now.value = Date.now();
    return cleaned;
  }

  /** Takes what the code field now holds; returns what it should show instead. */
  function inputCode(raw: string, caret?: number): { value: string; caret: number } {
    const cleaned = cleanJoinCode(raw, caret);
    if (cleaned.value !== code.value && problem.value?.field === 'code') problem.value = null;
    code.value = cleaned.value;
    return cleaned;
  }

  /** The number if it is a mainland mobile number; otherwise says so beside the field. */
  function checkPhone(): string | null {
    if (MOBILE.test(digits.value)) return digits.value;
    problem.value = { field: 'phone', reason: 'format' };
    return null;
  }

  /** Texts a code to the number; true once it is on its way. */
  async function requestCode(): Promise<boolean> {
    const number = checkPhone();
    if (number === null || busy.value || resendIn.value > 0) return false;
    busy.value = 'sending';
    problem.value = null;
    try {
      const answer = await server.sendCode(joinCode, number);
      const at = Date.now();
      sent.value = { phone: number, maskedPhone: answer.maskedPhone, expiresAt: at + answer.expiresInSeconds * 1000 };
      code.value = '';
      waitBeforeResend(number, answer.resendAfterSeconds);
      writeSent(storage, joinCode, { ...sent.value, resendAt: resendAt.value!.at });
      return true;
    } catch (error) {
      const refusal = toOperationError(error);
      problem.value = requestProblem(refusal);
      if (refusal.code === 'RATE_LIMITED') {
        waitBeforeResend(number, refusal.retryAfterSeconds ?? 60);
        // A code went to this number a moment ago: whoever holds it may type it in.
        if (!codeStep.value)
          sent.value = { phone: number, maskedPhone: masked(number), expiresAt: Date.now() + CODE_LIFETIME_MS, earlier: true };
      }
      return false;
    } finally {
      busy.value = null;
    }
  }

  /** Trades number and code for this phone's pass; null (with the reason beside its field) otherwise. */
  async function verify(): Promise<AudiencePass | null> {
    const number = checkPhone();
    if (number === null || busy.value) return null;
    if (!/^\d{6}$/.test(code.value)) {
      problem.value = { field: 'code', reason: 'format' };
      return null;
    }
    busy.value = 'verifying';
    problem.value = null;
    try {
      const pass = await server.verify(joinCode, number, code.value);
      writeSent(storage, joinCode, null);
      stopTicking();
      return pass;
    } catch (error) {
      const refusal = toOperationError(error);
      problem.value = verifyProblem(refusal);
      // Too many wrong codes: a new one may be asked for when the server says.
      if (refusal.code === 'RATE_LIMITED' && refusal.retryAfterSeconds) waitBeforeResend(number, refusal.retryAfterSeconds);
      return null;
    } finally {
      busy.value = null;
    }
  }

  return { phone, code, sent, codeStep, resendIn, problem, busy, inputPhone, inputCode, requestCode, verify };
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import type { AudiencePass } from './audiencePass';
import { cleanPhone, sentCodeKey, usePhoneCode, type PhoneCodeServer } from './usePhoneCode';

const graphqlError = (code: string, extensions: Record<string, unknown> = {}) => [{ message: code, extensions: { code, ...extensions } }];

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

/** A server that texts 246810 to any mainland number, once a minute per number. */
function fakeServer(overrides: Partial<PhoneCodeServer> = {}) {
  const sent: string[] = [];
  const tried: string[] = [];
  const server: PhoneCodeServer = {
    async sendCode(_joinCode, phone) {
      sent.push(phone);
      return { maskedPhone: `${phone.slice(0, 3)}****${phone.slice(-4)}`, expiresInSeconds: 300, resendAfterSeconds: 60 };
    },
    async verify(_joinCode, phone, code): Promise<AudiencePass> {
      tried.push(`${phone}:${code}`);
      if (code !== '246810') throw graphqlError('CODE_INVALID', { field: 'code', triesLeft: 4 });
      return { token: 't', sessionId: 's', channel: 'ONLINE' };
    },
    ...overrides,
  };
  return { server, sent, tried };
}

describe('cleanPhone', () => {
  it('keeps digits and single spaces, 11 digits at most', () => {
    expect(cleanPhone('138 0013 8000').value).toBe('138 0013 8000');
    expect(cleanPhone('138-0013-8000').value).toBe('13800138000');
    expect(cleanPhone('１３８００１３８０００').value).toBe('13800138000');
    expect(cleanPhone('138  0013a8000999').value).toBe('138 00138000');
    expect(cleanPhone(' 138').value).toBe('138');
  });

  it('drops the +86 an address book fills in', () => {
    expect(cleanPhone('+86 138 0013 8000').value).toBe('138 0013 8000');
    expect(cleanPhone('8613800138000').value).toBe('13800138000');
  });

  it('keeps the caret after the character it followed', () => {
    expect(cleanPhone('13x8', 3)).toEqual({ value: '138', caret: 2 });
    expect(cleanPhone('+86 138', 7)).toEqual({ value: '138', caret: 3 });
  });
});

describe('usePhoneCode', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date(2025, 2, 5, 19, 0) }));
  afterEach(() => vi.useRealTimers());

  it('refuses a number that is not a mainland mobile without texting it, beside the number', async () => {
    const { server, sent } = fakeServer();
    const form = usePhoneCode('123456', { server, storage: undefined });
    form.inputPhone('1380013');
    expect(await form.requestCode()).toBe(false);
    expect(form.problem.value).toEqual({ field: 'phone', reason: 'format' });
    form.inputPhone('23800138000');
    expect(form.problem.value).toBeNull();
    expect(await form.requestCode()).toBe(false);
    expect(sent).toEqual([]);
  });

  it('shows the code field once a code is on its way, and counts down to the next one', async () => {
    const { server, sent } = fakeServer();
    const scope = effectScope();
    const form = scope.run(() => usePhoneCode('123456', { server, storage: undefined }))!;
    form.inputPhone('138 0013 8000');
    expect(form.codeStep.value).toBe(false);
    const asked = form.requestCode();
    expect(form.busy.value).toBe('sending');
    expect(await asked).toBe(true);
    expect(sent).toEqual(['13800138000']);
    expect(form.codeStep.value).toBe(true);
    expect(form.sent.value?.maskedPhone).toBe('138****8000');
    expect(form.resendIn.value).toBe(60);

    vi.advanceTimersByTime(1000);
    expect(form.resendIn.value).toBe(59);
    // Asking again too soon sends nothing.
    expect(await form.requestCode()).toBe(false);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(59_000);
    expect(form.resendIn.value).toBe(0);
    expect(await form.requestCode()).toBe(true);
    expect(sent).toHaveLength(2);
    scope.stop();
  });

  it('asks for the code of the number on show: another number needs its own code, and has no wait', async () => {
    const { server } = fakeServer();
    const form = usePhoneCode('123456', { server, storage: undefined });
    form.inputPhone('13800138000');
    await form.requestCode();
    form.inputPhone('13900139000');
    expect(form.codeStep.value).toBe(false);
    expect(form.resendIn.value).toBe(0);
    form.inputPhone('13800138000');
    expect(form.codeStep.value).toBe(true);
  });

  it('keeps the number and the code after a wrong code, saying how many tries are left beside the code', async () => {
    const { server, tried } = fakeServer();
    const form = usePhoneCode('123456', { server, storage: undefined });
    form.inputPhone('13800138000');
    await form.requestCode();
    form.inputCode('12345');
    expect(await form.verify()).toBeNull();
    expect(form.problem.value).toEqual({ field: 'code', reason: 'format' });
    expect(tried).toEqual([]);
    form.inputCode('123456');
    expect(form.problem.value).toBeNull();
    expect(await form.verify()).toBeNull();
    expect(form.problem.value).toEqual({ field: 'code', reason: 'wrong', triesLeft: 4 });
    expect(form.phone.value).toBe('13800138000');
    expect(form.code.value).toBe('123456');
    form.inputCode('246810');
    expect(await form.verify()).toEqual({ token: 't', sessionId: 's', channel: 'ONLINE' });
    expect(tried).toEqual(['13800138000:123456', '13800138000:246810']);
  });

  it('puts each refusal of a code request beside the number', async () => {
    const cases: [unknown, unknown][] = [
      [graphqlError('BAD_USER_INPUT', { field: 'input.phone' }), { field: 'phone', reason: 'format' }],
      [graphqlError('NOT_ON_ROLL', { field: 'phone' }), { field: 'phone', reason: 'notOnRoster' }],
      [graphqlError('RATE_LIMITED', { retryAfterSeconds: 42 }), { field: 'phone', reason: 'tooSoon', seconds: 42 }],
      [graphqlError('SERVICE_UNAVAILABLE'), { field: 'phone', reason: 'smsFailed' }],
      [graphqlError('INVALID_PHASE', { opensAt: '2025-03-05T12:00:00.000Z' }), { field: 'phone', reason: 'refused' }],
      [new TypeError('Failed to fetch'), { field: 'phone', reason: 'refused' }],
    ];
    for (const [thrown, expected] of cases) {
      const { server } = fakeServer({ sendCode: () => Promise.reject(thrown) });
      const form = usePhoneCode('123456', { server, storage: undefined });
      form.inputPhone('13800138000');
      expect(await form.requestCode()).toBe(false);
      expect(form.problem.value).toMatchObject(expected as object);
      // Only a refusal for sending again too soon may mean a code is waiting.
      expect(form.codeStep.value).toBe((thrown as { extensions?: { code?: string } }[])[0]?.extensions?.code === 'RATE_LIMITED');
    }
  });

  it('waits as long as the server says after a rate limit, and takes a code sent earlier meanwhile', async () => {
    const { server, tried } = fakeServer({ sendCode: () => Promise.reject(graphqlError('RATE_LIMITED', { retryAfterSeconds: 42 })) });
    const form = usePhoneCode('123456', { server, storage: undefined });
    form.inputPhone('13800138000');
    await form.requestCode();
    expect(form.resendIn.value).toBe(42);
    // The code sent a moment ago (to this number, on another phone) can be typed here.
    expect(form.codeStep.value).toBe(true);
    expect(form.sent.value).toMatchObject({ maskedPhone: '138****8000', earlier: true });
    form.inputCode('246810');
    expect(await form.verify()).not.toBeNull();
    expect(tried).toEqual(['13800138000:246810']);
  });

  it('puts each refusal of a code beside its field, and asks for a new code when it cannot be used', async () => {
    const cases: [unknown, unknown][] = [
      [graphqlError('CODE_INVALID', { field: 'code', triesLeft: 0 }), { field: 'code', reason: 'stale' }],
      [graphqlError('CODE_EXPIRED', { field: 'code' }), { field: 'code', reason: 'expired' }],
      [graphqlError('RATE_LIMITED', { field: 'code', retryAfterSeconds: 30 }), { field: 'code', reason: 'tooManyTries' }],
      [graphqlError('NOT_ON_ROLL', { field: 'phone' }), { field: 'phone', reason: 'notOnRoster' }],
      [graphqlError('BAD_USER_INPUT', { field: 'code' }), { field: 'code', reason: 'format' }],
      [graphqlError('INTERNAL_SERVER_ERROR'), { field: 'code', reason: 'refused' }],
    ];
    for (const [thrown, expected] of cases) {
      const { server } = fakeServer({ verify: () => Promise.reject(thrown) });
      const form = usePhoneCode('123456', { server, storage: undefined });
      form.inputPhone('13800138000');
      form.inputCode('123456');
      expect(await form.verify()).toBeNull();
      expect(form.problem.value).toMatchObject(expected as object);
    }
  });

  it('keeps a code on its way across a reload, and forgets it once used or expired', async () => {
    const storage = memoryStorage();
    const { server } = fakeServer();
    const first = usePhoneCode('123456', { server, storage });
    first.inputPhone('13800138000');
    await first.requestCode();
    vi.advanceTimersByTime(20_000);

    const reloaded = usePhoneCode('123456', { server, storage });
    expect(reloaded.phone.value).toBe('13800138000');
    expect(reloaded.codeStep.value).toBe(true);
    expect(reloaded.resendIn.value).toBe(40);
    reloaded.inputCode('246810');
    expect(await reloaded.verify()).not.toBeNull();
    expect(storage.data.has(sentCodeKey('123456'))).toBe(false);

    const again = usePhoneCode('123456', { server, storage });
    again.inputPhone('13800138000');
    await again.requestCode();
    vi.advanceTimersByTime(300_000);
    expect(usePhoneCode('123456', { server, storage }).codeStep.value).toBe(false);
  });
});

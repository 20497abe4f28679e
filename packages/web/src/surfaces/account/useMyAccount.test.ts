import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// "My account" against a stand-in GraphQL client: the password form and the sign-in list.
const server = vi.hoisted(() => ({
  requests: [] as { operation: string; variables: Record<string, unknown> }[],
  answers: new Map<string, { data?: unknown; error?: unknown }>(),
}));

vi.mock('../../graphql/client', () => {
  const answer = (document: { definitions: { name?: { value: string } }[] }, variables: Record<string, unknown>) => ({
    toPromise: async () => {
      const operation = document.definitions.find((d) => d.name)?.name?.value ?? '';
      server.requests.push({ operation, variables });
      const canned = server.answers.get(operation);
      if (!canned) throw new Error(`no answer for ${operation}`);
      return canned;
    },
  });
  return { client: { query: answer, mutation: answer } };
});

const { useChangePassword, loadPasswordRules, passwordRules } = await import('./useMyAccount');
const { DEFAULT_PASSWORD_RULES } = await import('./passwordPolicy');
const { useSession } = await import('../../composables/useSession');
const { useSignInList } = await import('../../sign-ins/useSignIns');

const refusal = (extensions: Record<string, unknown>) => ({
  error: new CombinedError({ graphQLErrors: [new GraphQLError('refused', { extensions })] }),
});
const me = {
  id: 'a1',
  username: 'zhou',
  displayName: '周',
  role: 'HOST' as const,
  mustChangePassword: true,
  passwordChangedAt: '2026-12-01T06:00:00.000Z',
  department: null,
};

beforeEach(() => {
  server.requests = [];
  server.answers.clear();
  useSession().account.value = me;
});

describe('the change-password form', () => {
  it('checks the fields before sending anything', async () => {
    const form = useChangePassword();
    Object.assign(form.values, { currentPassword: 'temp', newPassword: 'zhou-1234567', confirmPassword: 'zhou-1234567' });
    expect(await form.submit()).toBeNull();
    expect(form.fieldErrors.value.newPassword).toBe('新密码不能是用户名，也不能包含用户名');
    expect(server.requests).toEqual([]);
  });

  it('puts the server’s refusal next to its field, and clears a wrong current password', async () => {
    const form = useChangePassword();
    Object.assign(form.values, { currentPassword: 'wrong', newPassword: 'A-long-new-one', confirmPassword: 'A-long-new-one' });
    server.answers.set('ChangeOwnPassword', refusal({ code: 'INVALID_CREDENTIALS', field: 'currentPassword' }));
    expect(await form.submit()).toBeNull();
    expect(form.fieldErrors.value).toEqual({ currentPassword: '当前密码不正确' });
    expect(form.values.currentPassword).toBe('');
    expect(form.formError.value).toBeNull();

    form.values.currentPassword = 'temp';
    server.answers.set('ChangeOwnPassword', refusal({ code: 'RATE_LIMITED', retryAfterSeconds: 30 }));
    await form.submit();
    expect(form.formError.value).toBe('操作太频繁，请在 30 秒后重试。');
  });

  it('sends the change, and the session knows the password is the person’s own', async () => {
    const form = useChangePassword();
    Object.assign(form.values, { currentPassword: 'temp', newPassword: 'A-long-new-one', confirmPassword: 'A-long-new-one' });
    server.answers.set('ChangeOwnPassword', { data: { changeOwnPassword: { ...me, mustChangePassword: false } } });
    expect(await form.submit()).toMatchObject({ mustChangePassword: false });
    expect(server.requests[0]!.variables).toEqual({ input: { currentPassword: 'temp', newPassword: 'A-long-new-one' } });
    expect(useSession().account.value?.mustChangePassword).toBe(false);
    expect(form.values).toEqual({ currentPassword: '', newPassword: '', confirmPassword: '' });
  });
});

describe('the deployment’s password rules', () => {
  it('are read from the server and then checked and worded by its numbers', async () => {
    server.answers.set('PasswordPolicy', { data: { passwordPolicy: { minLength: 12, minClasses: 4, history: 3, maxAgeDays: 90 } } });
    await loadPasswordRules();
    expect(passwordRules.value).toEqual({ minLength: 12, minClasses: 4, history: 3, maxAgeDays: 90 });
    const form = useChangePassword();
    Object.assign(form.values, { currentPassword: 'temp', newPassword: 'A-long-new-one', confirmPassword: 'A-long-new-one' });
    expect(await form.submit()).toBeNull();
    expect(form.fieldErrors.value.newPassword).toBe('新密码须包含小写字母、大写字母、数字、其他字符中至少 4 类（现在 3 类）');
    server.answers.set('ChangeOwnPassword', refusal({ code: 'PASSWORD_REUSED', field: 'newPassword', history: 3 }));
    Object.assign(form.values, { newPassword: 'A-long-new-one-2', confirmPassword: 'A-long-new-one-2' });
    expect(await form.submit()).toBeNull();
    expect(form.fieldErrors.value.newPassword).toBe('不能使用最近用过的 4 个密码，请换一个');
    passwordRules.value = DEFAULT_PASSWORD_RULES;
  });

  it('keep the defaults when the server cannot answer', async () => {
    server.answers.set('PasswordPolicy', { error: new Error('offline') });
    await loadPasswordRules();
    expect(passwordRules.value).toEqual(DEFAULT_PASSWORD_RULES);
  });
});

describe('the sign-in list', () => {
  const signIn = (id: string, current = false) => ({
    id,
    createdAt: '2026-12-01T06:00:00.000Z',
    expiresAt: '2026-12-01T18:00:00.000Z',
    ip: '10.0.0.1',
    current,
  });

  it('loads, and ends the other sign-ins one by one', async () => {
    const list = useSignInList(async () => [signIn('here', true), signIn('phone'), signIn('laptop')]);
    await list.reload();
    expect(list.status.value).toBe('ready');
    server.answers.set('RevokeSignIn', { data: { revokeSignIn: true } });
    expect(await list.revokeOthers()).toEqual({ count: 2, error: null });
    expect(server.requests.map((r) => r.variables.id)).toEqual(['phone', 'laptop']);
    expect(list.items.value.map((s) => s.id)).toEqual(['here']);
  });

  it('keeps a sign-in it could not end, and says why', async () => {
    const list = useSignInList(async () => [signIn('here', true), signIn('phone')]);
    await list.reload();
    server.answers.set('RevokeSignIn', refusal({ code: 'NOT_FOUND' }));
    expect(await list.revoke('phone')).toBeInstanceOf(CombinedError);
    expect(list.items.value).toHaveLength(2);
    expect(list.revoking.value.size).toBe(0);
  });

  it('reports a failed load', async () => {
    const list = useSignInList(async () => {
      throw new Error('offline');
    });
    await list.reload();
    expect(list.status.value).toBe('error');
  });
});

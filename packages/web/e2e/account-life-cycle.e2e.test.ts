import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient, planSession } from './api';
import { PHONE, shot, type Device, useBrowser } from './browser';

// The account's life cycle in the browser: an administrator deactivates an account whose page is
// open (that page is sent to sign in at once), resets another's password and ends its sign-ins;
// the person signs in with the one-time password, must choose their own first, and then manages
// their devices from "my account".

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const { newDevice } = useBrowser(baseURL);
const DESK: BrowserContextOptions = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' };

let adminToken: string;
/** Accounts are the security administrator's (等保 separation of duties); sessions the administrator's. */
let securityToken: string;

beforeAll(async () => {
  adminToken = await api.login('admin');
  securityToken = await api.login('security');
});

/**
 * A new account (of its own, so other test files' accounts stay as they were) that has already
 * chosen its own password, as a new account must at its first sign-in; answers that password.
 */
async function createAccount(username: string, displayName: string, role: string): Promise<string> {
  const { createAccount } = await api.ok<{ createAccount: { initialPassword: string } }>(
    'mutation($input: CreateAccountInput!) { createAccount(input: $input) { initialPassword } }',
    { input: { username, displayName, role } },
    securityToken,
  );
  const first = await api.ok<{ login: { token: string } }>('mutation($input: LoginInput!) { login(input: $input) { token } }', {
    input: { username, password: createAccount.initialPassword },
  });
  const chosen = 'chosen secret 2026';
  await api.ok(
    'mutation($input: ChangeOwnPasswordInput!) { changeOwnPassword(input: $input) { id } }',
    { input: { currentPassword: createAccount.initialPassword, newPassword: chosen } },
    first.login.token,
  );
  await api.ok('mutation { logout }', {}, first.login.token);
  return chosen;
}

async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

/** Confirms Element Plus's confirmation box with its (danger) button. */
async function confirm(page: Page, title: string, button: string) {
  const box = page.getByRole('dialog', { name: title });
  await box.waitFor();
  await box.getByRole('button', { name: button, exact: true }).click();
  await box.waitFor({ state: 'hidden' });
}

describe('the account life cycle', () => {
  let admin: Device;
  let resetPassword = '';

  afterAll(async () => {
    await admin?.context.close();
  });

  it('sends a deactivated account’s open page to sign in, and refuses its sign-in', async () => {
    const password = await createAccount('e2e.leaving', '即将离职的管理员', 'ADMIN');
    const leaving = await newDevice('leaving', DESK);
    admin = await newDevice('admin', DESK);
    try {
      // The account at work, its list following changes live (the socket carries its sign-in).
      await leaving.page.goto('/admin/departments');
      await leaving.page.waitForURL((url) => url.pathname === '/login');
      await signIn(leaving.page, 'e2e.leaving', password);
      await leaving.page.waitForURL('**/admin/departments');
      await leaving.page.getByText('实时更新已开启').waitFor();

      await admin.page.goto('/login?redirect=/security/accounts');
      await signIn(admin.page, 'security', 'wz-test-password');
      await admin.page.waitForURL('**/security/accounts');
      const row = admin.page.locator('tr[data-username="e2e.leaving"]');
      await row.waitFor();
      // One's own account can only show its sign-ins.
      const own = admin.page.locator('tr[data-username="security"]');
      await own.getByText('当前账号').waitFor();
      expect(await own.getByRole('button', { name: /停用/ }).count()).toBe(0);

      await row.getByRole('button', { name: '停用账号“即将离职的管理员”' }).click();
      await confirm(admin.page, '停用账号', '停用');
      await admin.page.getByText('已停用“即将离职的管理员”，其登录已全部结束。').waitFor();
      await expect.poll(() => row.getAttribute('data-status')).toBe('deactivated');
      await row.getByRole('button', { name: '重新启用账号“即将离职的管理员”' }).waitFor();
      await shot(admin.page, 'account-01-admin-deactivated', { fullPage: true });

      // The open page learns it at once from its socket, and goes to sign in with a message.
      await leaving.page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('reason') === 'ended', { timeout: 5_000 });
      await leaving.page.getByText('会话已结束，请重新登录。').waitFor();
      await shot(leaving.page, 'account-02-ended');
      await signIn(leaving.page, 'e2e.leaving', password);
      await leaving.page.getByTestId('login-error').getByText('该账号已被停用，请联系管理员。').waitFor();
      // A wrong password gets the usual answer: a guesser learns nothing about the account.
      await signIn(leaving.page, 'e2e.leaving', 'not-the-password');
      await leaving.page.getByTestId('login-error').getByText('用户名或密码不正确。').waitFor();
    } catch (error) {
      await shot(leaving.page, 'failure-account-leaving').catch(() => undefined);
      await shot(admin.page, 'failure-account-admin').catch(() => undefined);
      throw error;
    } finally {
      await leaving.context.close();
    }
  });

  it('resets a password, shows it once, and lists and ends an account’s sign-ins', async () => {
    await createAccount('e2e.reset', '重置密码的主持人', 'HOST');
    // Two devices signed in with the initial password: the reset ends both.
    const first = await api.request<{ login: { token: string } }>('mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { username: 'host', password: 'wz-test-password' },
    });
    expect(first.errors).toBeUndefined();
    const page = admin.page;
    try {
      const hostRow = page.locator('tr[data-username="host"]');
      await hostRow.getByRole('button', { name: '查看“测试主持人”的登录设备' }).click();
      const dialog = page.getByTestId('sign-ins-dialog');
      await dialog.getByTestId('sign-in-table').waitFor();
      expect(await dialog.locator('tbody tr').count()).toBeGreaterThanOrEqual(1);
      await shot(page, 'account-03-admin-sign-ins');
      await dialog.getByRole('button', { name: '全部退出' }).click();
      await confirm(page, '结束全部登录', '全部退出');
      await dialog.getByText('该账号当前没有有效的登录。').waitFor();
      expect((await api.request('{ me { id } }', {}, first.data!.login.token)).data).toEqual({ me: null });
      await dialog.getByRole('button', { name: '关闭', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });

      const row = page.locator('tr[data-username="e2e.reset"]');
      await page.getByRole('searchbox', { name: '搜索账号' }).fill('e2e.reset');
      await row.getByRole('button', { name: '重置密码：重置密码的主持人' }).click();
      await confirm(page, '重置密码', '重置密码');
      const secret = page.getByTestId('initial-password');
      await secret.waitFor();
      await page.getByRole('dialog', { name: '密码已重置' }).getByText('一次性密码只显示这一次').waitFor();
      // Focus moves to the password once the dialog is open, ready to copy.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('initial-password');
      resetPassword = await secret.inputValue();
      expect(resetPassword).toMatch(/^[A-Za-z2-9]{14}$/);
      await shot(page, 'account-04-reset-password');
      await page.getByRole('button', { name: '我已保存' }).click();
      await secret.waitFor({ state: 'detached' });
      await row.getByText('待设新密码').waitFor();
    } catch (error) {
      await shot(page, 'failure-account-reset').catch(() => undefined);
      throw error;
    }
  });

  it('makes the person choose their own password first, then lets them sign out other devices', async () => {
    const person = await newDevice('person', DESK);
    const { page } = person;
    try {
      await page.goto('/host');
      await page.waitForURL((url) => url.pathname === '/login');
      await signIn(page, 'e2e.reset', resetPassword);
      // Sent to choose a password, and back to work afterwards.
      await page.waitForURL((url) => url.pathname === '/account' && url.searchParams.get('redirect') === '/host');
      await page.getByTestId('must-change-password').getByText('请先设置新密码').waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('current-password');
      // Other pages are not open to it meanwhile.
      await page.goto('/host');
      await page.waitForURL((url) => url.pathname === '/account');
      await shot(page, 'account-05-must-change', { fullPage: true });

      const current = page.getByLabel('当前密码', { exact: true });
      const next = page.getByLabel('新密码', { exact: true });
      const again = page.getByLabel('再次输入新密码', { exact: true });
      await current.fill(resetPassword);
      await next.fill('short');
      await again.fill('short');
      await page.getByRole('button', { name: '修改密码' }).click();
      await page.getByText('新密码至少需要 10 个字符（现在 5 个）').waitFor();
      expect(await next.getAttribute('aria-invalid')).toBe('true');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('new-password');
      // What only the server knows: a common password.
      await next.fill('Password123');
      await again.fill('Password123');
      await page.getByRole('button', { name: '修改密码' }).click();
      await page.getByText('这个密码太常见或太简单，请换一个').waitFor();
      await shot(page, 'account-06-policy-error', { fullPage: true });

      await next.fill('my own secret 2026');
      await again.fill('my own secret 2026');
      await page.getByRole('button', { name: '修改密码' }).click();
      await page.waitForURL((url) => url.pathname === '/host');
      await page.getByRole('heading', { name: '主持人控制台' }).waitFor();
      await shot(page, 'account-09-host-header');

      // A second device signs in; "my account", reached from the header, signs it out.
      const other = await api.request<{ login: { token: string } }>('mutation($input: LoginInput!) { login(input: $input) { token } }', {
        input: { username: 'e2e.reset', password: 'my own secret 2026' },
      });
      const otherToken = other.data!.login.token;
      await page.getByTestId('my-account-link').click();
      await page.waitForURL((url) => url.pathname === '/account');
      const table = page.getByTestId('sign-in-table');
      await table.locator('tbody tr').nth(1).waitFor();
      await table.locator('tr[data-current="true"]').getByText('本设备').waitFor();
      await shot(page, 'account-07-my-account', { fullPage: true });

      await page.getByRole('button', { name: '退出其他所有设备' }).click();
      await confirm(page, '退出其他设备', '退出其他所有设备');
      await page.getByText('只有本设备处于登录状态。').waitFor();
      expect((await api.request('{ me { id } }', {}, otherToken)).data).toEqual({ me: null });

      // In English, and back to work.
      await page.getByLabel('语言').selectOption('en');
      await page.getByRole('heading', { name: 'My account' }).waitFor();
      await page.getByText('The new password must:').waitFor();
      await shot(page, 'account-08-my-account-en', { fullPage: true });
      await page.getByTestId('account-back').click();
      await page.waitForURL((url) => url.pathname === '/host');
    } catch (error) {
      await shot(page, 'failure-account-person').catch(() => undefined);
      throw error;
    } finally {
      await person.context.close();
    }
  });
});

describe('the way to my account', () => {
  it('is in the department portal’s header too', async () => {
    const liaison = await newDevice('liaison', DESK);
    try {
      await liaison.page.goto('/department');
      await signIn(liaison.page, 'dept', 'wz-test-password');
      await liaison.page.waitForURL((url) => url.pathname === '/department');
      await liaison.page.getByTestId('my-account-link').click();
      await liaison.page.waitForURL((url) => url.pathname === '/account' && url.searchParams.get('from') === '/department');
      await liaison.page.getByText('县住房和城乡建设局').waitFor();
      await liaison.page.getByTestId('account-back').click();
      await liaison.page.waitForURL((url) => url.pathname === '/department');
      await shot(liaison.page, 'account-10-department-header');
    } finally {
      await liaison.context.close();
    }
  });
});

describe('a phone whose session ended', () => {
  it('stops reconnecting once the server closes its socket, and keeps saying the session has ended', async () => {
    const hostToken = await api.login('host');
    const session = await planSession(api, adminToken, {
      title: '账号测试专场',
      theme: '会话结束后的手机',
      questions: [{ title: '问题一', questioner: '代表 甲', respondent: '局长 乙' }],
    });
    await api.ok(
      'mutation($input: StartSessionInput!) { startSession(input: $input) { id } }',
      { input: { sessionId: session.id, rehearsal: true } },
      hostToken,
    );
    const phone = await newDevice('phone', PHONE);
    const sockets: { closed: boolean }[] = [];
    phone.page.on('websocket', (socket) => {
      const entry = { closed: false };
      sockets.push(entry);
      socket.on('close', () => (entry.closed = true));
    });
    try {
      await phone.page.goto(`/vote/${session.joinCode}`);
      await phone.page.getByTestId('session-title').getByText('账号测试专场').waitFor();
      // The page arrives drawn by the server, before the phone has joined: wait until it has (its channel shows).
      await phone.page.locator('.vote-shell__badge').getByText('网络测评').waitFor();
      await expect.poll(() => sockets.length).toBe(1);

      await api.ok('mutation($id: ID!) { endSession(id: $id) { id } }', { id: session.id }, hostToken);
      await phone.page.getByText('本场问政已结束，感谢您的参与！').waitFor();
      // The server closes the socket a few seconds later (4410, "Session ended"); the phone does not come back.
      await expect.poll(() => sockets[0]!.closed, { timeout: 10_000 }).toBe(true);
      await phone.page.waitForTimeout(4_000);
      expect(sockets).toHaveLength(1);
      expect(await phone.page.getByTestId('connection-lost').count()).toBe(0);
      await phone.page.getByText('本场问政已结束，感谢您的参与！').waitFor();
    } catch (error) {
      await shot(phone.page, 'failure-account-phone').catch(() => undefined);
      throw error;
    } finally {
      await phone.context.close();
    }
  });
});

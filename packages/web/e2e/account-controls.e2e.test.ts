import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient } from './api';
import { shot, type Device, useBrowser } from './browser';

// The 等保 account controls in the browser: a security administrator resets a password and the person must
// choose a new one that meets the rules (not a recent one) before anything else; an account locked
// by failed sign-ins says so at the sign-in page, shows as locked on the accounts page, and signs in
// again once a security administrator unlocks it.

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const { newDevice } = useBrowser(baseURL);
const DESK: BrowserContextOptions = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' };
const OWN_PASSWORD = 'Chosen secret 2026';

/** The security administrator's: accounts are theirs (等保 separation of duties). */
let adminToken: string;

beforeAll(async () => {
  adminToken = await api.login('security');
});

/** A HOST account of this file's own that has already chosen OWN_PASSWORD. */
async function createAccount(username: string, displayName: string): Promise<void> {
  const { createAccount } = await api.ok<{ createAccount: { initialPassword: string } }>(
    'mutation($input: CreateAccountInput!) { createAccount(input: $input) { initialPassword } }',
    { input: { username, displayName, role: 'HOST' } },
    adminToken,
  );
  const first = await api.ok<{ login: { token: string } }>('mutation($input: LoginInput!) { login(input: $input) { token } }', {
    input: { username, password: createAccount.initialPassword },
  });
  await api.ok(
    'mutation($input: ChangeOwnPasswordInput!) { changeOwnPassword(input: $input) { id } }',
    { input: { currentPassword: createAccount.initialPassword, newPassword: OWN_PASSWORD } },
    first.login.token,
  );
  await api.ok('mutation { logout }', {}, first.login.token);
}

async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

async function confirm(page: Page, title: string, button: string) {
  const box = page.getByRole('dialog', { name: title });
  await box.waitFor();
  await box.getByRole('button', { name: button, exact: true }).click();
  await box.waitFor({ state: 'hidden' });
}

describe('account controls', () => {
  let admin: Device;

  beforeAll(async () => {
    admin = await newDevice('admin', DESK);
    await admin.page.goto('/login?redirect=/security/accounts');
    await signIn(admin.page, 'security', 'wz-test-password');
    await admin.page.waitForURL('**/security/accounts');
  });

  afterAll(async () => {
    await admin?.context.close();
  });

  it('makes a reset password be replaced first, by one that meets the rules and is not a recent one', async () => {
    await createAccount('e2e.forced', '须改密码的主持人');
    const page = admin.page;
    const person = await newDevice('forced', DESK);
    try {
      await page.getByRole('searchbox', { name: '搜索账号' }).fill('e2e.forced');
      const row = page.locator('tr[data-username="e2e.forced"]');
      await row.getByRole('button', { name: '重置密码：须改密码的主持人' }).click();
      await confirm(page, '重置密码', '重置密码');
      const secret = page.getByTestId('initial-password');
      await secret.waitFor();
      const temporary = await secret.inputValue();
      await page.getByRole('button', { name: '我已保存' }).click();
      await row.getByText('待设新密码').waitFor();

      await person.page.goto('/host');
      await person.page.waitForURL((url) => url.pathname === '/login');
      await signIn(person.page, 'e2e.forced', temporary);
      await person.page.waitForURL((url) => url.pathname === '/account');
      await person.page.getByTestId('must-change-password').getByText('请先设置新密码').waitFor();
      // The deployment's rules are listed where the password is chosen.
      await person.page.getByText('小写字母、大写字母、数字、其他字符（符号、汉字等）四类中至少包含 3 类').waitFor();
      await person.page.getByText('不能与最近用过的 6 个密码相同').waitFor();

      const current = person.page.getByLabel('当前密码', { exact: true });
      const next = person.page.getByLabel('新密码', { exact: true });
      const again = person.page.getByLabel('再次输入新密码', { exact: true });
      await current.fill(temporary);
      await next.fill('onlylowercase');
      await again.fill('onlylowercase');
      await person.page.getByRole('button', { name: '修改密码' }).click();
      await person.page.getByText('新密码须包含小写字母、大写字母、数字、其他字符中至少 3 类（现在 1 类）').waitFor();
      // The password the administrator replaced was the person's own: it may not come back.
      await next.fill(OWN_PASSWORD);
      await again.fill(OWN_PASSWORD);
      await person.page.getByRole('button', { name: '修改密码' }).click();
      await person.page.getByText('不能使用最近用过的 6 个密码，请换一个').waitFor();
      expect(await next.getAttribute('aria-invalid')).toBe('true');
      await shot(person.page, 'account-controls-01-change-password', { fullPage: true });

      await next.fill('A fresh secret 2027');
      await again.fill('A fresh secret 2027');
      await person.page.getByRole('button', { name: '修改密码' }).click();
      await person.page.waitForURL((url) => url.pathname === '/host');
    } catch (error) {
      await shot(person.page, 'failure-account-controls-forced').catch(() => undefined);
      await shot(page, 'failure-account-controls-admin').catch(() => undefined);
      throw error;
    } finally {
      await person.context.close();
    }
  });

  it('locks an account after five failed sign-ins, whatever is typed next, until an administrator unlocks it', async () => {
    await createAccount('e2e.locked', '被锁定的主持人');
    const page = admin.page;
    const person = await newDevice('locked', DESK);
    try {
      await person.page.goto('/login');
      for (let i = 1; i <= 4; i++) {
        await signIn(person.page, 'e2e.locked', `Wrong guess ${i}`);
        await person.page.getByTestId('login-error').getByText('用户名或密码不正确。').waitFor();
      }
      await signIn(person.page, 'e2e.locked', 'Wrong guess 5');
      await person.page.getByTestId('login-error').getByText('该账号因多次登录失败已被锁定，请联系安全管理员解锁。').waitFor();
      // The right password gets the same answer.
      await signIn(person.page, 'e2e.locked', OWN_PASSWORD);
      await person.page.getByTestId('login-error').getByText('该账号因多次登录失败已被锁定，请联系安全管理员解锁。').waitFor();
      await shot(person.page, 'account-controls-02-locked-sign-in');

      await page.getByRole('searchbox', { name: '搜索账号' }).fill('e2e.locked');
      const row = page.locator('tr[data-username="e2e.locked"]');
      // The list follows account changes live; a reload shows the lock for sure.
      await page.reload();
      await page.getByRole('searchbox', { name: '搜索账号' }).fill('e2e.locked');
      await expect.poll(() => row.getAttribute('data-status')).toBe('locked');
      await row.getByText('已锁定').waitFor();
      await shot(page, 'account-controls-03-admin-locked', { fullPage: true });
      await row.getByRole('button', { name: '解锁账号“被锁定的主持人”' }).click();
      await page.getByText('已解锁“被锁定的主持人”，可以重新登录。').waitFor();
      await expect.poll(() => row.getAttribute('data-status')).toBe('active');

      await signIn(person.page, 'e2e.locked', OWN_PASSWORD);
      await person.page.waitForURL((url) => url.pathname !== '/login');
    } catch (error) {
      await shot(person.page, 'failure-account-controls-locked').catch(() => undefined);
      await shot(page, 'failure-account-controls-admin').catch(() => undefined);
      throw error;
    } finally {
      await person.context.close();
    }
  });
});

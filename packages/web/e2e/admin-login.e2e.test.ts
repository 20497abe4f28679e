import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { TEST_PASSWORD } from './api';
import { shot, useBrowser } from './browser';

const baseURL = inject('baseURL');
const { newDevice } = useBrowser(baseURL);

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const device = await newDevice('admin', { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  device.context.setDefaultTimeout(10_000);
  return device;
}

const look = (page: Page, name: string) => shot(page, name, { fullPage: true });

async function signIn(page: Page, username: string) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(TEST_PASSWORD);
  await page.getByLabel('密码').press('Enter');
}

describe('admin sign-in', () => {
  it('signs in, manages departments live, switches to English and signs out', async () => {
    const { context, page } = await newPage();
    try {
      await page.goto('/admin/departments');
      await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('redirect') === '/admin/departments');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('login-username');
      await look(page, '01-login');

      // A wrong password is explained in the live region and the password field is cleared.
      await page.getByLabel('用户名').fill('admin');
      await page.getByLabel('密码').fill('not-the-password');
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByTestId('login-error').getByText('用户名或密码不正确。').waitFor();
      expect(await page.getByLabel('密码').inputValue()).toBe('');
      await look(page, '02-login-error');

      await signIn(page, 'admin');
      await page.waitForURL('**/admin/departments');
      const shell = page.getByTestId('admin-shell');
      await shell.waitFor();
      await page.getByTestId('current-user').getByText('测试管理员').waitFor();
      const table = page.getByTestId('department-table');
      await table.getByRole('cell', { name: '住建局', exact: true }).waitFor();
      await page.getByTestId('total-count').getByText('共 3 条').waitFor();
      await look(page, '03-departments');

      // A second tab of the same administrator follows additions live.
      const watcher = await context.newPage();
      await watcher.goto('/admin/departments');
      await watcher.getByTestId('department-table').getByRole('cell', { name: '住建局', exact: true }).waitFor();
      await watcher.getByText('实时更新已开启').waitFor();

      await page.getByRole('button', { name: '新建部门' }).click();
      const dialog = page.getByRole('dialog', { name: '新建部门' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: '创建' }).click();
      await dialog.getByText('请填写名称').waitFor();
      await dialog.getByText('请填写简称').waitFor();
      await look(page, '04-create-validation');

      await dialog.getByLabel('名称', { exact: true }).fill('县教育局');
      await dialog.getByLabel('简称', { exact: true }).fill('教育局');
      await dialog.getByLabel('简称', { exact: true }).press('Enter');
      await dialog.waitFor({ state: 'hidden' });
      await table.getByRole('cell', { name: '教育局', exact: true }).waitFor();
      await page.getByTestId('total-count').getByText('共 4 条').waitFor();
      await look(page, '05-department-created');

      await watcher.getByTestId('department-table').getByRole('cell', { name: '教育局', exact: true }).waitFor();
      await watcher.close();

      // A duplicate is refused next to the field.
      await page.getByRole('button', { name: '新建部门' }).click();
      await dialog.getByLabel('名称', { exact: true }).fill('县教育局');
      await dialog.getByLabel('简称', { exact: true }).fill('教育');
      await dialog.getByRole('button', { name: '创建' }).click();
      await dialog.getByText('该名称已被使用').waitFor();
      await dialog.getByRole('button', { name: '取消' }).click();
      await dialog.waitFor({ state: 'hidden' });

      // Search narrows the list on the server; no match shows the empty state.
      const search = page.getByRole('searchbox', { name: '搜索部门' });
      await search.fill('住建');
      await page.getByTestId('total-count').getByText('共 1 条').waitFor();
      expect(await table.getByRole('row').count()).toBe(2); // header and one department
      await search.fill('没有这个单位');
      await page.getByText('没有找到与“没有这个单位”匹配的部门。').waitFor();
      await look(page, '06-search-empty');
      await search.fill('');
      await page.getByTestId('total-count').getByText('共 4 条').waitFor();

      await page.getByLabel('语言').selectOption('en');
      await page.getByRole('heading', { name: 'Departments' }).waitFor();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      await page.getByRole('columnheader', { name: 'Short name' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await look(page, '07-english');

      // Accounts are the security administrator's (等保 separation of duties): the administrator has
      // no way to them; signed in as `security` (in English now), one starts on them.
      expect(await page.getByRole('link', { name: 'Accounts' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL((url) => url.pathname === '/login');
      await page.getByLabel('Username').fill('security');
      await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
      await page.getByLabel('Password', { exact: true }).press('Enter');
      await page.waitForURL('**/security/accounts');
      // Create one and see its initial password once.
      await page.getByTestId('account-table').getByRole('cell', { name: 'security', exact: true }).waitFor();
      await page.getByRole('button', { name: 'New account' }).click();
      const accountDialog = page.getByRole('dialog', { name: 'New account' });
      // Sent empty: the username is marked invalid and described by its error, for screen readers.
      await accountDialog.getByRole('button', { name: 'Create' }).click();
      const username = accountDialog.getByLabel('Username', { exact: true });
      await expect.poll(() => username.getAttribute('aria-invalid')).toBe('true');
      expect(await accountDialog.locator(`#${await username.getAttribute('aria-describedby')}`).textContent()).not.toBe('');
      // So is a department account's missing department, on the select's focusable combobox input.
      await accountDialog.getByText('Department', { exact: true }).click();
      await accountDialog.getByRole('button', { name: 'Create' }).click();
      const department = accountDialog.getByRole('combobox', { name: 'Department' });
      await expect.poll(() => department.getAttribute('aria-invalid')).toBe('true');
      const departmentError = accountDialog.locator(`#${await department.getAttribute('aria-describedby')}`);
      await departmentError.waitFor(); // until shown
      expect(await departmentError.textContent()).toBe('Department is required');
      await username.fill('li.si');
      await accountDialog.getByLabel('Name', { exact: true }).fill('李四');
      await accountDialog.getByText('Host', { exact: true }).click();
      expect(await accountDialog.getByRole('radio', { name: 'Host', exact: true }).isChecked()).toBe(true);
      await accountDialog.getByRole('button', { name: 'Create' }).click();
      const password = page.getByTestId('initial-password');
      await password.waitFor();
      await accountDialog.waitFor({ state: 'hidden' });
      const initialPassword = await password.inputValue();
      expect(initialPassword.length).toBeGreaterThanOrEqual(8);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
      await page.getByRole('button', { name: 'Copy password' }).click();
      await page.getByRole('button', { name: 'Copied' }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(initialPassword);
      await look(page, '08-initial-password');
      await page.getByRole('button', { name: 'I have saved it' }).click();
      await password.waitFor({ state: 'detached' });
      await page.getByTestId('account-table').getByRole('cell', { name: 'li.si', exact: true }).waitFor();
      await look(page, '09-accounts');

      // The choice of language survives a reload.
      await page.reload();
      await page.getByRole('heading', { name: 'Accounts' }).waitFor();

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL((url) => url.pathname === '/login');
      await page.getByText('You have signed out.').waitFor();
      await page.goto('/admin');
      await page.waitForURL((url) => url.pathname === '/login');
      expect(await shell.count()).toBe(0);
      // Signing in again (the page is in English now), the administrator starts on the sessions.
      await page.getByLabel('Username').fill('admin');
      await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
      await page.getByLabel('Password', { exact: true }).press('Enter');
      await page.waitForURL('**/admin/sessions');
    } catch (error) {
      await look(page, 'failure-admin').catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  });

  it('keeps a host out of the admin surface', async () => {
    const { context, page } = await newPage();
    try {
      await page.goto('/login');
      await signIn(page, 'host');
      await page.waitForURL((url) => url.pathname === '/host');
      await page.getByRole('heading', { name: '主持人控制台' }).waitFor();

      await page.goto('/security/accounts');
      await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('reason') === 'forbidden');
      await page.getByText('当前账号无权访问该页面').waitFor();
      expect(await page.getByTestId('admin-shell').count()).toBe(0);
      await look(page, '10-host-forbidden');
    } finally {
      await context.close();
    }
  });

  it('shows every surface an honest page', async () => {
    const { context, page } = await newPage();
    try {
      for (const [path, heading] of [
        ['/', '人大问政公开平台'],
        ['/vote', '网络测评'],
        ['/screen', '现场大屏'],
      ] as const) {
        if (path === '/screen') await page.setViewportSize({ width: 1920, height: 1080 });
        if (path === '/vote') await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(path);
        await page.getByRole('heading', { name: heading }).waitFor();
        await look(page, `11-surface${path === '/' ? '-public' : path.replace('/', '-')}`);
      }
    } finally {
      await context.close();
    }
  });
});

import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { shot, useBrowser } from './browser';

// The security administrator's area (等保 separation of duties): it starts on the accounts, reads
// the audit log with its filters and chain check, and downloads it for auditors; the business
// administrator is kept out.

const baseURL = inject('baseURL');
const { newDevice } = useBrowser(baseURL);
const DESK: BrowserContextOptions = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' };

async function signIn(page: Page, username: string) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill('wz-test-password');
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

describe('the security administrator’s audit log', () => {
  it('lands on the accounts, filters the log, shows the chain intact and exports what it shows', async () => {
    const { context, page } = await newDevice('security', DESK);
    try {
      await page.goto('/login');
      await signIn(page, 'security');
      await page.waitForURL('**/security/accounts');
      await page.getByTestId('account-table').waitFor();

      await page.getByRole('navigation', { name: '安全管理导航' }).getByRole('link', { name: '审计日志' }).click();
      await page.waitForURL('**/security/audit');
      await page.getByRole('heading', { name: '审计日志' }).waitFor();
      await page.getByTestId('audit-table').waitFor();
      await page.getByTestId('audit-chain-status').getByText(/完整/).waitFor();

      await page.getByTestId('audit-filter-action').fill('auth.login');
      await page.getByTestId('audit-apply').click();
      await expect
        .poll(async () => {
          const actions = await page.getByTestId('audit-table').locator('tbody tr td:nth-child(4)').allTextContents();
          return actions.length > 0 && actions.every((action) => action.trim().startsWith('auth.login'));
        })
        .toBe(true);
      await shot(page, 'security-01-audit-log', { fullPage: true });

      const csv = page.getByTestId('audit-export-csv');
      expect(await csv.getAttribute('href')).toBe('/exports/audit.csv?action=auth.login&lang=zh');
      // The download goes with the page's sign-in cookie.
      const download = await context.request.get(`${baseURL}${await csv.getAttribute('href')}`);
      expect(download.status()).toBe(200);
      const text = await download.text();
      expect(text.split('\r\n')[0]).toContain('链序号');
      expect(text).toContain('auth.login');
      const workbook = await context.request.get(`${baseURL}${await page.getByTestId('audit-export-xlsx').getAttribute('href')}`);
      expect(workbook.status()).toBe(200);
      expect(workbook.headers()['content-type']).toContain('spreadsheetml');
    } catch (error) {
      await shot(page, 'failure-security-audit').catch(() => undefined);
      throw error;
    } finally {
      await context.close();
    }
  });

  it('keeps the business administrator out of it', async () => {
    const { context, page } = await newDevice('admin', DESK);
    try {
      await page.goto('/login?redirect=/security/audit');
      await signIn(page, 'admin');
      await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('reason') === 'forbidden');
      expect(await page.getByTestId('security-shell').count()).toBe(0);
      expect((await context.request.get(`${baseURL}/exports/audit.csv`)).status()).toBe(403);
    } finally {
      await context.close();
    }
  });
});

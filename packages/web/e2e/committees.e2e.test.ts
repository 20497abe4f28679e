import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { BrowserContextOptions } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient, dispatchFollowUp, draftFollowUp } from './api';
import { chooseOption, shot, signIn, type Device, useBrowser } from './browser';

// 专（工）委 end to end: staff add a committee, give an item to it on the item page (the timeline
// records it), filter the board by it, and download its 督办报告 as PDF and Excel.

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const DESK: BrowserContextOptions = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };

let adminToken: string;
let hostToken: string;
const { newDevice } = useBrowser(baseURL);

beforeAll(async () => {
  [adminToken, hostToken] = await Promise.all([api.login('admin'), api.login('host')]);
});

/** A question aired without votes leaves a draft item for 住建局, dispatched here with a month to go. */
async function dispatchedItem(title: string): Promise<string> {
  const id = await draftFollowUp(api, { admin: adminToken, host: hostToken }, title, {
    title: '2026年第四季度电视问政（专委督办）',
    theme: '农村公路',
  });
  const deadline = new Date(Date.now() + 30 * 86_400_000);
  await dispatchFollowUp(api, adminToken, { id, title, commitment: '年底前完成通村公路破损路段修复。', deadline });
  return id;
}

describe('专（工）委 and the 督办报告', () => {
  it('adds a committee, gives it an item, filters the board by it and downloads its report as PDF and Excel', {
    timeout: 90_000,
  }, async () => {
    const suffix = randomUUID().slice(0, 4);
    const name = `农业农村委员会${suffix}`;
    const shortName = `农委${suffix}`;
    const title = `通村公路破损 ${suffix}`;
    const itemId = await dispatchedItem(title);
    const devices: Device[] = [];
    try {
      const staff = await newDevice('staff', DESK);
      devices.push(staff);
      const page = staff.page;
      await signIn(page, 'admin');
      await page.getByTestId('admin-shell').waitFor();

      // —— Add the committee.
      await page.goto('/admin/follow-ups/committees');
      await page.getByRole('heading', { name: '专（工）委与督办报告' }).waitFor();
      await page.getByTestId('committee-add').click();
      const dialog = page.getByRole('dialog', { name: '新增专（工）委' });
      await dialog.getByTestId('committee-save').click();
      await dialog.getByText('请输入全称（至少 2 个字）。').waitFor(); // the names are required
      await dialog.getByLabel('全称').fill(name);
      await dialog.getByLabel('简称').fill(shortName);
      await dialog.getByTestId('committee-save').click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByTestId(`committee-${shortName}`).getByText('在用').waitFor();
      await shot(page, 'committees-page', { fullPage: true });

      // —— Give the item to it; the timeline says so.
      await page.goto(`/admin/follow-ups/${itemId}`);
      await page.getByTestId('follow-up-title').getByText(title).waitFor();
      const panel = page.getByTestId('follow-up-committee-panel');
      await chooseOption(page, panel.getByTestId('follow-up-committee-select'), name);
      await panel.getByTestId('follow-up-committee-save').click();
      await page.getByTestId('follow-up-timeline').getByText(`确定由${name}督办`).waitFor();
      await shot(page, 'committees-item', { fullPage: true });

      // —— The board filtered by the committee shows the item.
      await page.goto('/admin/follow-ups');
      await chooseOption(page, page.getByTestId('follow-up-committee'), name);
      await page.waitForURL(/committee=/);
      await page.getByRole('link', { name: title }).waitFor();
      await expect.poll(() => page.getByTestId('total-count').textContent()).toBe('共 1 条');
      expect(await page.getByTestId('follow-up-row').getByTestId('row-committee').textContent()).toContain(shortName);
      await shot(page, 'committees-board');

      // —— The 督办报告, as PDF and as a workbook.
      await page.goto('/admin/follow-ups/committees');
      const report = page.getByTestId('supervision-report');
      await chooseOption(page, report.getByTestId('report-committee'), name);
      const [pdfDownload] = await Promise.all([page.waitForEvent('download'), report.getByTestId('report-pdf').click()]);
      expect(pdfDownload.suggestedFilename()).toContain('督办工作情况报告');
      const pdf = await readFile((await pdfDownload.path())!);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await report.getByTestId('report-outcome').getByText('督办报告已下载。').waitFor();
      const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), report.getByTestId('report-xlsx').click()]);
      const { default: ExcelJS } = await import('exceljs');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await readFile((await xlsxDownload.path())!)) as never);
      const summary = book.getWorksheet('汇总')!;
      const figures = Object.fromEntries(
        summary
          .getSheetValues()
          .slice(2)
          .map((row) => [(row as unknown[])[1], (row as unknown[])[2]]),
      );
      expect(figures).toMatchObject({ 督办事项: 1, 本期交办: 1 });
      expect(JSON.stringify(book.getWorksheet('事项')!.getSheetValues())).toContain(title);
      await shot(page, 'committees-report', { fullPage: true });

      // —— The security administrator binds a staff account to the committee.
      const securityToken = await api.login('security');
      const username = `wei${suffix}`;
      await api.ok(
        'mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }',
        { input: { username, displayName: `${shortName}工作人员`, role: 'ADMIN' } },
        securityToken,
      );
      const security = await newDevice('security', DESK);
      devices.push(security);
      await signIn(security.page, 'security');
      // Signed in once the login page has been left; going on earlier would cut the sign-in short.
      await security.page.waitForURL((url) => url.pathname !== '/login');
      await security.page.goto('/security/accounts');
      // The list is searched on the server: the row is picked from the answer, not from the rows before it.
      const searched = security.page.waitForResponse((response) =>
        (response.request().postData() ?? '').includes(JSON.stringify(username)),
      );
      await security.page.getByRole('searchbox', { name: '搜索账号' }).fill(username);
      await searched;
      const row = security.page.locator(`tr[data-username="${username}"]`);
      await row.waitFor();
      await chooseOption(security.page, row.getByTestId('account-committee'), name);
      await security.page.getByText(`已更新${shortName}工作人员的专（工）委。`).waitFor();
      await shot(security.page, 'committees-account');

      // —— Or a new staff account gets its committee when it is created.
      const newcomer = `xin${suffix}`;
      await security.page.getByRole('button', { name: '新建账号' }).click();
      const accountDialog = security.page.getByRole('dialog', { name: '新建账号' });
      await accountDialog.getByLabel('用户名', { exact: true }).fill(newcomer);
      await accountDialog.getByLabel('姓名', { exact: true }).fill(`${shortName}新同事`);
      expect(await accountDialog.getByTestId('create-account-committee').count()).toBe(0); // until the role is staff
      await accountDialog.getByText('管理员', { exact: true }).click();
      await chooseOption(security.page, accountDialog.getByTestId('create-account-committee'), name);
      await shot(security.page, 'committees-create-account');
      await accountDialog.getByRole('button', { name: '创建' }).click();
      await security.page.getByTestId('initial-password').waitFor();
      await security.page.getByRole('button', { name: '我已保存' }).click();
      const stored = await api.ok(
        'query($q: String) { accounts(first: 5, search: $q) { nodes { username committee { name } } } }',
        { q: newcomer },
        securityToken,
      );
      expect(stored.accounts.nodes).toEqual([{ username: newcomer, committee: { name } }]);
    } finally {
      for (const device of devices) await device.context.close();
    }
  });
});

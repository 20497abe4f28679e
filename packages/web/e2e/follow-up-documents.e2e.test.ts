import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { BrowserContextOptions } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient, dispatchFollowUp, draftFollowUp } from './api';
import { shot, signIn, type Device, useBrowser } from './browser';

// 文书 end to end: a dispatched item carries its 交办函; staff issue a 督办函 from the item page (a
// reason is required) and download its PDF, then a 情况通报 with its own 文号; the department sees
// the documents on its own page.

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
    title: '2026年第四季度电视问政',
    theme: '城市管理',
  });
  const deadline = new Date(Date.now() + 30 * 86_400_000);
  await dispatchFollowUp(api, adminToken, { id, title, commitment: '一个月内完成背街小巷路灯排查，年底前全部修复。', deadline });
  return id;
}

describe('文书 (交办函, 督办函)', () => {
  it('lets staff issue a 督办函 from the item page and download it; the department sees its documents', { timeout: 120_000 }, async () => {
    const title = `背街小巷路灯不亮 ${randomUUID().slice(0, 4)}`;
    const itemId = await dispatchedItem(title);
    const devices: Device[] = [];
    try {
      const staff = await newDevice('staff', DESK);
      devices.push(staff);
      await signIn(staff.page, 'admin');
      await staff.page.getByTestId('admin-shell').waitFor();
      await staff.page.goto(`/admin/follow-ups/${itemId}`);
      await staff.page.getByTestId('follow-up-title').getByText(title).waitFor();
      const documents = staff.page.getByTestId('follow-up-documents');
      // The 交办函 came with the dispatch.
      await documents
        .getByTestId('document-ASSIGN')
        .getByText(/人大办交〔\d{4}〕\d+号/)
        .waitFor();

      await documents.getByTestId('document-issue-supervise').click();
      const dialog = staff.page.getByRole('dialog', { name: '印发督办函' });
      await dialog.getByTestId('document-issue-submit').click();
      await dialog.getByText(/请填写事由/).waitFor(); // a reason is required
      await dialog.getByTestId('document-issue-note').fill('群众反映仍有路段不亮，列入重点督办。');
      await dialog.getByTestId('document-issue-submit').click();
      await dialog.waitFor({ state: 'hidden' });
      const row = documents.getByTestId('document-SUPERVISE');
      const number = (await row.locator('td').nth(1).textContent())?.trim() ?? '';
      expect(number).toMatch(/^人大办督〔\d{4}〕\d+号$/);
      // The timeline records it with its 文号.
      await staff.page.getByTestId('follow-up-timeline').getByText(`印发督办函（${number}）`).waitFor();

      const [download] = await Promise.all([staff.page.waitForEvent('download'), row.getByTestId('document-download').click()]);
      expect(download.suggestedFilename()).toContain('督办函');
      const pdf = await readFile((await download.path())!);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

      // A 情况通报 is a numbered document of its own series.
      await documents.getByTestId('document-issue-notice').click();
      const noticeDialog = staff.page.getByRole('dialog', { name: '印发情况通报' });
      await noticeDialog.getByTestId('document-issue-note').fill('经实地查看，仍有三处路灯不亮，整改不到位。');
      await noticeDialog.getByTestId('document-issue-submit').click();
      await noticeDialog.waitFor({ state: 'hidden' });
      const noticeNumber = (await documents.getByTestId('document-NOTICE').locator('td').nth(1).textContent())?.trim() ?? '';
      expect(noticeNumber).toMatch(/^人大办通〔\d{4}〕\d+号$/);
      await staff.page.getByTestId('follow-up-timeline').getByText(`印发情况通报（${noticeNumber}）`).waitFor();
      await staff.page.waitForTimeout(400); // let the success message settle for the picture
      await shot(staff.page, 'follow-up-documents', { fullPage: true });

      // —— 住建局 sees both letters on its own item page.
      const dept = await newDevice('department', DESK);
      devices.push(dept);
      await signIn(dept.page, 'dept');
      await dept.page.waitForURL('**/department');
      await dept.page.goto(`/department/items/${itemId}`);
      await dept.page.getByTestId('follow-up-title').getByText(title).waitFor();
      const own = dept.page.getByTestId('follow-up-documents');
      await own.getByTestId('document-SUPERVISE').getByText(number).waitFor();
      await own.getByTestId('document-ASSIGN').waitFor();
      await own.getByTestId('document-NOTICE').getByText(noticeNumber).waitFor();
      expect(await own.getByTestId('document-issue-supervise').count()).toBe(0);
    } finally {
      await Promise.all(devices.map((d) => d.context.close()));
    }
  });
});

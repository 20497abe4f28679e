import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient, planSession, startLive, TEST_PASSWORD } from './api';
import { deviceFactory, launchBrowser, shot, type Device } from './browser';

// 文书 end to end: a dispatched item carries its 交办函; staff issue a 督办函 from the item page (a
// reason is required) and download its PDF; the department sees both documents on its own page.

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const browserErrors: string[] = [];
const DESK: BrowserContextOptions = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };

let browser: Browser;
let adminToken: string;
let hostToken: string;
let newDevice: ReturnType<typeof deviceFactory>;

beforeAll(async () => {
  browser = await launchBrowser();
  newDevice = deviceFactory(browser, baseURL, browserErrors);
  [adminToken, hostToken] = await Promise.all([api.login('admin'), api.login('host')]);
});
afterAll(async () => {
  await browser?.close();
});
afterEach(({ task }) => {
  if (task.result?.state === 'fail' && browserErrors.length > 0) console.error(`Browser errors:\n${browserErrors.join('\n')}`);
  browserErrors.length = 0;
});

const host = (verb: string, id: string) => api.ok(`mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id }, hostToken);

async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(TEST_PASSWORD);
  await page.getByLabel('密码').press('Enter');
}

/** A question aired without votes: its round closing leaves a draft item for 住建局, dispatched here. */
async function dispatchedItem(title: string): Promise<string> {
  const session = await planSession(api, adminToken, {
    title: '2026年第四季度电视问政',
    theme: '城市管理',
    questions: [{ title, questioner: '县人大代表 王建华', respondent: '县住建局局长 李明' }],
  });
  const questionId = session.questions[0]!.id;
  await startLive(api, session.id, hostToken);
  for (const verb of ['askQuestion', 'startAnswer', 'openVoting', 'closeVoting']) await host(verb, questionId);
  let itemId: string | null = null;
  for (let i = 0; i < 100 && !itemId; i++) {
    const { followUps } = await api.ok<{ followUps: { nodes: { id: string }[] } }>(
      'query($first: Int!, $search: String) { followUps(first: $first, search: $search) { nodes { id } } }',
      { first: 10, search: title },
      adminToken,
    );
    itemId = followUps.nodes[0]?.id ?? null;
    if (!itemId) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!itemId) throw new Error('No item was created');
  const { departments } = await api.ok<{ departments: { nodes: { id: string; shortName: string }[] } }>(
    '{ departments(first: 10) { nodes { id shortName } } }',
    {},
    adminToken,
  );
  await api.ok(
    'mutation($input: FollowUpEditInput!) { editFollowUp(input: $input) { id } }',
    {
      input: {
        id: itemId,
        title,
        commitment: '一个月内完成背街小巷路灯排查，年底前全部修复。',
        deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        departmentId: departments.nodes.find((d) => d.shortName === '住建局')!.id,
        coDepartmentIds: [],
      },
    },
    adminToken,
  );
  await api.ok('mutation($ids: [ID!]!) { dispatchFollowUps(ids: $ids) { id } }', { ids: [itemId] }, adminToken);
  return itemId;
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
      expect(await own.getByTestId('document-issue-supervise').count()).toBe(0);
    } finally {
      await Promise.all(devices.map((d) => d.context.close()));
    }
  });
});

import { randomUUID } from 'node:crypto';
import type { BrowserContextOptions } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient, dispatchFollowUp, draftFollowUp } from './api';
import { shot, signIn, type Device, useBrowser } from './browser';

// 催办 and 延期 end to end: an item past its deadline is urged by staff, its department (住建局)
// reads the urge and asks for more time, and staff approve: the deadline moves and the timeline
// says why.

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const DESK: BrowserContextOptions = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };

let adminToken: string;
let hostToken: string;
const { newDevice } = useBrowser(baseURL);

beforeAll(async () => {
  [adminToken, hostToken] = await Promise.all([api.login('admin'), api.login('host')]);
});

const draftItem = (title: string) =>
  draftFollowUp(api, { admin: adminToken, host: hostToken }, title, { title: '2026年第四季度电视问政', theme: '噪音治理' });

/** A China date `days` from now, as a date input takes it. */
const chinaDay = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
const words = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

describe('催办 and 延期', () => {
  it('lets staff urge an overdue item, its department ask for an extension, and staff approve it', { timeout: 120_000 }, async () => {
    const title = `夜间施工噪音扰民 ${randomUUID().slice(0, 4)}`;
    const itemId = await draftItem(title);
    // Dispatched with a deadline seconds away, so it is overdue by the time the pages open.
    const commitment = '夜间施工一律审批公示，开通24小时投诉电话。';
    await dispatchFollowUp(api, adminToken, { id: itemId, title, commitment, deadline: new Date(Date.now() + 1500) });
    await new Promise((resolve) => setTimeout(resolve, 2000));

    const devices: Device[] = [];
    try {
      // —— Staff see it overdue and waiting for 住建局, and urge it with a note.
      const staff = await newDevice('staff', DESK);
      devices.push(staff);
      await signIn(staff.page, 'admin');
      await staff.page.getByTestId('admin-shell').waitFor();
      await staff.page.goto(`/admin/follow-ups/${itemId}`);
      await staff.page.getByTestId('follow-up-title').getByText(title).waitFor();
      await staff.page.getByTestId('follow-up-facts').getByTestId('overdue-badge').waitFor();
      await staff.page.getByTestId('action-urge').click();
      const urge = staff.page.getByRole('dialog', { name: '催办' });
      await urge.getByTestId('urge-submit').click();
      await urge.getByText('请填写催办内容').waitFor(); // a note is required
      await urge.getByTestId('urge-note').fill('该事项已逾期，请立即签收并报送办理方案。');
      await urge.getByTestId('urge-submit').click();
      await urge.waitFor({ state: 'hidden' });
      const timeline = staff.page.getByTestId('follow-up-timeline');
      await timeline.getByText('该事项已逾期，请立即签收并报送办理方案。').waitFor();

      // —— 住建局 reads the urge and asks for more time; a day not after the deadline is refused first.
      const dept = await newDevice('department', DESK);
      devices.push(dept);
      await signIn(dept.page, 'dept');
      await dept.page.waitForURL('**/department');
      await dept.page.getByTestId('follow-up-notices').getByTestId('notice').filter({ hasText: '催办' }).first().waitFor();
      await dept.page.goto(`/department/items/${itemId}`);
      await dept.page.getByTestId('follow-up-title').getByText(title).waitFor();
      await dept.page.getByTestId('action-extension').click();
      const ask = dept.page.getByRole('dialog', { name: '申请延期' });
      await ask.getByTestId('extension-date').fill(chinaDay(0));
      await ask.getByTestId('extension-reason').fill('夜间施工审批流程需与市住建局对接，申请延期。');
      await ask.getByTestId('extension-submit').click();
      await ask.getByText(/申请延期至须晚于当前期限/).waitFor();
      const proposed = chinaDay(20);
      await ask.getByTestId('extension-date').fill(proposed);
      await ask.getByTestId('extension-submit').click();
      await ask.waitFor({ state: 'hidden' });
      const extensions = dept.page.getByTestId('department-extensions');
      await extensions.getByTestId('extension-status').getByText('待审核').waitFor();
      await extensions.getByText('延期申请正在审核中').waitFor();
      expect(await dept.page.getByTestId('action-extension').count()).toBe(0); // one request at a time

      // —— Staff approve: the deadline becomes the day asked for, and the timeline says so.
      await staff.page.reload();
      await staff.page
        .getByTestId('extension-request')
        .getByText(`申请延期至${words(proposed)}`)
        .waitFor();
      await staff.page.getByTestId('extension-approve').click();
      await staff.page.getByTestId('extension-status').getByText('已同意').waitFor();
      await staff.page.getByTestId('follow-up-facts').getByText(words(proposed)).waitFor();
      expect(await staff.page.getByTestId('follow-up-facts').getByTestId('overdue-badge').count()).toBe(0);
      await timeline.getByTestId('timeline-step').filter({ hasText: '同意延期' }).waitFor();
      await staff.page.waitForTimeout(400); // let the success message settle for the picture
      await shot(staff.page, 'follow-up-urge-extension', { fullPage: true });

      // —— Staff may also move the deadline themselves, only with a reason, which the timeline keeps.
      await staff.page.getByTestId('action-change-deadline').click();
      const change = staff.page.getByRole('dialog', { name: '调整办理期限' });
      await change.getByTestId('extension-date').fill(chinaDay(25));
      await change.getByTestId('extension-submit').click();
      await change.getByText('请填写调整原因').waitFor();
      await change.getByTestId('extension-reason').fill('需与市级部门联合审批。');
      await change.getByTestId('extension-submit').click();
      await change.waitFor({ state: 'hidden' });
      await timeline.getByTestId('timeline-step').filter({ hasText: '需与市级部门联合审批。' }).waitFor();
      await staff.page
        .getByTestId('follow-up-facts')
        .getByText(words(chinaDay(25)))
        .waitFor();

      // —— The escalation ladder refuses overlapping steps on the settings page, before asking the server.
      await staff.page.goto('/admin/follow-ups');
      await staff.page.getByTestId('deadline-settings-link').click();
      await staff.page.getByRole('heading', { name: '逾期升级规则' }).waitFor();
      const second = staff.page.locator('input#ds-step-1');
      await second.fill('3');
      await second.press('Tab');
      await staff.page.getByTestId('step-error-1').getByText('须多于上一级的天数').waitFor();
      await shot(staff.page, 'follow-up-deadline-settings', { fullPage: true });

      // —— The department sees the decision.
      await dept.page.reload();
      await dept.page.getByTestId('department-extensions').getByTestId('extension-status').getByText('已同意').waitFor();
    } finally {
      await Promise.all(devices.map((d) => d.context.close()));
    }
  });
});

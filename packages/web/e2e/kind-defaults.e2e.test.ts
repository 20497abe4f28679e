import { randomUUID } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient } from './api';
import { shot, type Device, useBrowser, signInAt } from './browser';

// 测评规则默认值: an administrator adjusts a kind's default rules, a session planned afterwards starts
// from them, one planned before keeps its own, and the kind goes back to the shipped rules.

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const { errors: browserErrors, newDevice } = useBrowser(baseURL);
const DESK = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' };
const WAIT = 20_000;
const tag = randomUUID().slice(0, 4);

let adminToken: string;
let admin: Device;

beforeAll(async () => {
  adminToken = await api.login('admin');
  admin = await newDevice('admin', DESK);
});

afterAll(async () => {
  // Other tests plan 专题询问 sessions with the shipped rules.
  if (adminToken)
    await api.ok('mutation { resetSessionKindDefaults(kind: SPECIAL_INQUIRY) { kind } }', {}, adminToken).catch(() => undefined);
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail')
    await shot(admin.page, `kind-defaults-failure-${task.name.replace(/\W+/g, '-').slice(0, 40)}`).catch(() => undefined);
});

/** A full-page screenshot to look at, taken from the top (the list of kinds sticks while the page scrolls). */
async function look(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, `kind-defaults-${name}`, { fullPage: true });
}

const panel = (page: Page) => page.getByRole('tabpanel');
const tab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) });

/** Types a whole number into a rule's field and leaves it, as a person would. */
async function typeNumber(field: Locator, value: string) {
  await field.fill(value);
  await field.press('Tab');
}

/** The new-session form with 专题询问 chosen: its 满意 line, and the sentence that reads the grades. */
async function newInquiryForm(page: Page): Promise<{ grade: string; sentence: string }> {
  await page.goto('/admin/sessions/new');
  const form = page.locator('#session-form');
  await form.getByTestId('session-kind').locator('[data-kind="SPECIAL_INQUIRY"]').getByText('专题询问', { exact: true }).click();
  expect(await form.getByRole('radio', { name: '专题询问' }).isChecked()).toBe(true);
  await form.getByTestId('single-channel').getByText('本场只计现场投票', { exact: false }).waitFor({ timeout: WAIT });
  return {
    grade: await form.locator('input[name="satisfiedGrade"]').inputValue(),
    sentence: await form.getByTestId('grades-sentence').innerText(),
  };
}

const inquiryDefaults = async () =>
  (
    await api.ok<{ sessionKindProfiles: { kind: string; customized: boolean; settings: { satisfiedGrade: number } }[] }>(
      '{ sessionKindProfiles { kind customized settings { satisfiedGrade } } }',
    )
  ).sessionKindProfiles.find((p) => p.kind === 'SPECIAL_INQUIRY')!;

describe('default rules of each kind of session', () => {
  it('专题询问 graded 满意 from 85: saved, taken by a new session, then reset to 80', { timeout: 90_000 }, async () => {
    const page = admin.page;
    await signInAt(page, '/admin/sessions', 'admin');

    // From the sessions list's toolbar.
    await page.getByRole('link', { name: '测评规则默认值' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/sessions/kind-defaults');
    await page.getByRole('heading', { name: '测评规则默认值', level: 1 }).waitFor();
    const kinds = page.getByRole('tablist', { name: '活动类型' });
    await kinds.getByRole('tab', { selected: true }).waitFor({ timeout: WAIT });
    expect(await kinds.getByRole('tab').count()).toBe(6);
    expect(await tab(page, '电视问政').getAttribute('aria-selected')).toBe('true');
    expect(await tab(page, '专题询问').innerText()).toContain('出厂默认');
    await look(page, '01-overview');

    // By keyboard: the arrows move along the kinds, Enter opens one.
    await tab(page, '电视问政').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kind-tab-SPECIAL_INQUIRY');
    await page.keyboard.press('Enter');
    await panel(page).getByRole('heading', { name: '“专题询问”的默认规则' }).waitFor();
    expect(await tab(page, '专题询问').getAttribute('aria-selected')).toBe('true');
    await panel(page).getByText('只影响此后新建的“专题询问”活动', { exact: false }).waitFor();
    // A roll-only kind: no online rules, and no months for 二次办理 (only reports take them).
    await panel(page).getByTestId('single-channel').getByText('本场只计现场投票', { exact: false }).waitFor();
    expect(await panel(page).getByTestId('redo-months').count()).toBe(0);

    // Checked as the session form checks: the 满意 line cannot be below the 不满意 line.
    const form = page.locator('#kind-defaults-form');
    const grade = form.locator('input[name="satisfiedGrade"]');
    expect(await grade.inputValue()).toBe('80');
    await typeNumber(grade, '50');
    await form.getByRole('button', { name: '保存默认规则' }).click();
    await form.getByText('满意线不能低于不满意线（60%）').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('satisfiedGrade');

    await typeNumber(grade, '85');
    await form.getByTestId('grades-sentence').getByText('综合满意率 ≥ 85% 为“满意”', { exact: false }).waitFor();
    await tab(page, '专题询问').getByText('未保存').waitFor();
    await look(page, '02-edited');

    // Unsaved edits: choosing another kind asks first.
    await tab(page, '报告满意度测评').click();
    const leave = page.getByRole('dialog', { name: '放弃未保存的修改？' });
    await leave.waitFor();
    await look(page, '03-unsaved-guard');
    await leave.getByRole('button', { name: '继续编辑' }).click();
    await leave.waitFor({ state: 'hidden' });
    expect(await tab(page, '专题询问').getAttribute('aria-selected')).toBe('true');
    expect(await grade.inputValue()).toBe('85');

    await form.getByRole('button', { name: '保存默认规则' }).click();
    await page.getByText('“专题询问”的默认规则已保存', { exact: false }).waitFor({ timeout: WAIT });
    await panel(page).getByTestId('kind-defaults-current-state').getByText('已调整').waitFor();
    expect(await tab(page, '专题询问').innerText()).toContain('已调整');
    expect(await tab(page, '电视问政').innerText()).toContain('出厂默认');
    await look(page, '04-saved');
    expect(await inquiryDefaults()).toMatchObject({ customized: true, settings: { satisfiedGrade: 85 } });

    // A new 专题询问 session starts with 85.
    const planned = await newInquiryForm(page);
    expect(planned.grade).toBe('85');
    expect(planned.sentence).toContain('≥ 85%');
    const form2 = page.locator('#session-form');
    await form2.getByLabel('标题', { exact: true }).fill(`${tag} 关于物业管理的专题询问`);
    await form2.getByLabel('主题', { exact: true }).fill('物业管理');
    await form2.getByLabel('计划时间').fill('2026-12-01T19:30');
    await look(page, '05-new-session');
    await form2.getByRole('button', { name: '创建' }).click();
    await page.waitForURL((url) => /^\/admin\/sessions\/[\w-]{20,}$/.test(url.pathname), { timeout: WAIT });
    const sessionId = new URL(page.url()).pathname.split('/').pop()!;
    const settingsOf = async () =>
      (
        await api.ok<{ session: { settings: { satisfiedGrade: number } } }>(
          'query($id: ID!) { session(id: $id) { settings { satisfiedGrade } } }',
          { id: sessionId },
          adminToken,
        )
      ).session.settings;
    expect(await settingsOf()).toEqual({ satisfiedGrade: 85 });

    // Back to the shipped rules, after confirming.
    await page.goto('/admin/sessions/kind-defaults');
    await tab(page, '专题询问').click();
    await panel(page).getByRole('heading', { name: '“专题询问”的默认规则' }).waitFor();
    await form.getByRole('button', { name: '恢复出厂默认' }).click();
    const confirmReset = page.getByRole('dialog', { name: '恢复出厂默认' });
    await confirmReset.getByText('已经创建的活动不受影响', { exact: false }).waitFor();
    await look(page, '06-reset-confirm');
    await confirmReset.getByRole('button', { name: '恢复出厂默认' }).click();
    await page.getByText('“专题询问”已恢复出厂默认规则', { exact: false }).waitFor({ timeout: WAIT });
    await panel(page).getByTestId('kind-defaults-current-state').getByText('出厂默认').waitFor();
    expect(await grade.inputValue()).toBe('80');
    expect(await form.getByRole('button', { name: '恢复出厂默认' }).isDisabled()).toBe(true);
    await look(page, '07-reset');
    expect(await inquiryDefaults()).toMatchObject({ customized: false, settings: { satisfiedGrade: 80 } });

    // A new session starts from 80 again; the one planned meanwhile keeps 85.
    const again = await newInquiryForm(page);
    expect(again.grade).toBe('80');
    expect(again.sentence).toContain('≥ 80%');
    expect(await settingsOf()).toEqual({ satisfiedGrade: 85 });

    // Only administrators may change the defaults.
    const host = await api.login('host');
    const refused = await api.request('mutation { resetSessionKindDefaults(kind: SPECIAL_INQUIRY) { kind } }', {}, host);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(browserErrors).toEqual([]);
  });

  it('shows the months for 二次办理 on report assessment, and in English', { timeout: 45_000 }, async () => {
    const page = admin.page;
    await page.goto('/admin/sessions/kind-defaults');
    await tab(page, '报告满意度测评').click();
    const months = panel(page).getByTestId('redo-months');
    await months.waitFor();
    expect(await months.getByLabel('二次办理期限（月）').inputValue()).toBe('6');
    await look(page, '08-report');

    await page.getByLabel('语言').selectOption('en');
    await page.getByRole('heading', { name: 'Default rules', level: 1 }).waitFor({ timeout: WAIT });
    await panel(page).getByRole('heading', { name: 'Default rules for “Report assessment”' }).waitFor();
    await look(page, '09-english');
    expect(browserErrors).toEqual([]);
  });
});

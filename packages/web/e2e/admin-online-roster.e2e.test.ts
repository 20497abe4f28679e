import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient, planSession, startLive } from './api';
import { screenshots, shot, type Device, useBrowser, signInAt } from './browser';

// The online identity tier and the online roster (网络测评名册), planned by the administrator.

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const { newDevice } = useBrowser(baseURL);
const DESKTOP = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' };

let adminToken: string;
const devices: Device[] = [];
let files: string;

beforeAll(async () => {
  adminToken = await api.login('admin');
  files = mkdtempSync(path.join(tmpdir(), 'wz-roster-'));
});

afterAll(async () => {
  rmSync(files, { recursive: true, force: true });
});

let failureShot: (() => Promise<unknown>) | null = null;

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await failureShot?.().catch(() => undefined);
  failureShot = null;
  await Promise.all(devices.splice(0).map((device) => device.context.close()));
});

/** Waits until no dialog, dropdown or message is still fading in or out, for a steady screenshot. */
async function steady(page: Page) {
  await page.waitForFunction(() => !document.querySelector('[class*="-enter-active"], [class*="-leave-active"]'));
}

const shotOf = (locator: Locator, name: string) => locator.screenshot({ path: `${screenshots}${name}.png` });

const onlineRoster = (sessionId: string) =>
  api.ok<{ onlineRoster: { name: string; maskedPhone: string }[] }>(
    'query($id: ID!) { onlineRoster(sessionId: $id) { name maskedPhone } }',
    { id: sessionId },
    adminToken,
  );

describe('the online identity tier and the online roster', () => {
  it('sets the tier to ROSTER, imports a CSV file after a preview, and lists the masked numbers', { timeout: 90_000 }, async () => {
    const title = `名册验证专场 ${Date.now().toString(36)}`;
    const session = await planSession(api, adminToken, {
      title,
      theme: '网络测评名册',
      questions: [{ title: '老旧小区加装电梯', questioner: '市民代表', respondent: '住建局局长' }],
    });
    const { page } = await newDevice('admin', DESKTOP);
    devices.push({ context: page.context(), page });
    failureShot = () => shot(page, 'online-roster-failure', { fullPage: true });

    await signInAt(page, `/admin/sessions/${session.id}`);
    await page.getByRole('heading', { name: title }).waitFor();
    const form = page.locator('#session-form');
    const panel = page.getByTestId('online-roster');

    // —— The device pass by default: no roster, and the panel says how to use one.
    const tier = form.getByRole('radiogroup', { name: '网络投票身份验证' });
    expect(await tier.getByRole('radio', { name: '设备通行证' }).isChecked()).toBe(true);
    expect(await tier.getByRole('radio', { name: '名册验证' }).getAttribute('aria-describedby')).toBe('session-onlineIdentity-ROSTER-help');
    await panel.getByTestId('online-roster-off').getByText('本场网络投票身份为“设备通行证”，不使用名册').waitFor();

    // —— ROSTER, chosen: the panel shows before saving, and says the choice is not saved yet.
    await form.getByText('名册验证', { exact: true }).click();
    await panel.getByTestId('roster-unsaved').waitFor();
    await panel.getByTestId('roster-empty').getByText('名册为空不能开始直播').waitFor();
    await steady(page);
    await shotOf(page.getByTestId('online-identity'), 'online-roster-01-tier');
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存。').waitFor();
    await panel.getByTestId('roster-unsaved').waitFor({ state: 'hidden' });
    const saved = await api.ok<{ session: { settings: { onlineIdentity: string } } }>(
      'query($id: ID!) { session(id: $id) { settings { onlineIdentity } } }',
      { id: session.id },
      adminToken,
    );
    expect(saved.session.settings.onlineIdentity).toBe('ROSTER');

    // —— A CSV file with a header, numbers written as people write them: previewed, nothing sent yet.
    const csv = path.join(files, '网络测评名册.csv');
    writeFileSync(csv, '\uFEFF姓名,手机号\r\n王建华,138 0013 8000\r\n李秀英,+86 139-0013-9000\r\n张国强,13700137000\r\n');
    await panel.getByLabel('名册文件').setInputFiles(csv);
    await panel.getByTestId('roster-file-name').getByText('网络测评名册.csv').waitFor();
    const preview = panel.getByTestId('roster-preview');
    await preview.getByTestId('roster-preview-count').getByText('共 3 人').waitFor();
    await preview.getByText('没有发现问题').waitFor();
    expect(await preview.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.line))).toEqual([
      '2',
      '3',
      '4',
    ]);
    expect(await preview.locator('tbody th').allInnerTexts()).toEqual(['王建华', '李秀英', '张国强']);
    expect((await onlineRoster(session.id)).onlineRoster).toEqual([]);
    await steady(page);
    await shot(page, 'online-roster-00-page', { fullPage: true });

    // —— Importing replaces the roster, after a confirmation.
    await panel.getByRole('button', { name: '导入（替换现有名册）' }).click();
    const confirm = page.getByRole('dialog', { name: '导入（替换现有名册）' });
    await confirm.getByText('现有名册（0 人）将整体替换为这 3 人').waitFor();
    await confirm.getByRole('button', { name: '导入并替换' }).click();
    await page.getByText('已导入 3 人。').waitFor();
    await panel.getByTestId('roster-count').getByText('名册 3 人').waitFor();
    const table = panel.getByTestId('roster-table');
    expect(await table.locator('tbody th').allInnerTexts()).toEqual(['王建华', '李秀英', '张国强']);
    expect(await table.locator('tbody td.admin-table__mono').allInnerTexts()).toEqual(['138****8000', '139****9000', '137****7000']);
    // The preview is gone with the whole numbers; only masked ones are on the page.
    expect(await preview.count()).toBe(0);
    await panel.getByTestId('roster-file-name').getByText('未选择文件').waitFor();
    expect(await page.locator('body').innerText()).not.toContain('13800138000');
    expect((await onlineRoster(session.id)).onlineRoster.map((p) => p.maskedPhone)).toEqual(['138****8000', '139****9000', '137****7000']);

    // —— Searched by name.
    await panel.getByLabel('按姓名搜索').fill('秀英');
    await panel.getByTestId('roster-matches').getByText('找到 1 人').waitFor();
    expect(await table.locator('tbody th').allInnerTexts()).toEqual(['李秀英']);
    await panel.getByLabel('按姓名搜索').fill('');
    await steady(page);
    await shotOf(panel, 'online-roster-03-imported');

    // —— On air, the tier and the roster are frozen, and the panel says why.
    await startLive(api, session.id, adminToken);
    await page.reload();
    await panel.getByTestId('roster-frozen').getByText('网络测评名册已冻结').waitFor();
    await panel.getByTestId('roster-count').getByText('名册 3 人').waitFor();
    expect(await panel.getByLabel('名册文件').count()).toBe(0);
    expect(await panel.getByRole('button', { name: '导入（替换现有名册）' }).count()).toBe(0);
    expect(await form.getByRole('radio', { name: '名册验证' }).isDisabled()).toBe(true);
    expect(await form.getByRole('radio', { name: '名册验证' }).isChecked()).toBe(true);
    await steady(page);
    await shotOf(panel, 'online-roster-04-frozen');
  });

  it('shows a pasted line with a bad number, imports nothing, then replaces the roster once it is fixed', { timeout: 90_000 }, async () => {
    const title = `名册粘贴 ${Date.now().toString(36)}`;
    const session = await planSession(api, adminToken, {
      title,
      theme: '网络测评名册',
      questions: [],
      settings: { onlineIdentity: 'ROSTER' },
    });
    await api.ok(
      'mutation($input: ImportRosterInput!) { importOnlineRoster(input: $input) }',
      { input: { sessionId: session.id, people: [{ name: '原有人员', phone: '13100131000' }] } },
      adminToken,
    );
    const { page } = await newDevice('admin-paste', DESKTOP);
    devices.push({ context: page.context(), page });
    failureShot = () => shot(page, 'online-roster-paste-failure', { fullPage: true });

    await signInAt(page, `/admin/sessions/${session.id}`);
    const panel = page.getByTestId('online-roster');
    await panel.getByTestId('roster-count').getByText('名册 1 人').waitFor();
    expect(await panel.getByTestId('roster-table').locator('tbody td.admin-table__mono').allInnerTexts()).toEqual(['131****1000']);

    // —— A pasted list: comma, spaces and a tab; line 2's number is a digit short.
    await panel.getByRole('tab', { name: '粘贴名单' }).click();
    const text = panel.getByLabel('名单（每行一人）');
    await text.fill('赵敏,13600136000\n钱伟 136 0013 600\n孙丽\t13500135000');
    const preview = panel.getByTestId('roster-preview');
    await preview.getByTestId('roster-preview-count').getByText('共 3 人').waitFor();
    await preview.getByTestId('roster-preview-problems').getByText('1 行有问题').waitFor();
    const bad = preview.locator('tr.roster__row--bad');
    expect(await bad.count()).toBe(1);
    expect(await bad.getAttribute('data-line')).toBe('2');
    expect(await bad.innerText()).toContain('不是 11 位大陆手机号');

    // —— Importing says which line to fix, beside the field, and sends nothing: no confirmation either.
    await panel.getByRole('button', { name: '导入（替换现有名册）' }).click();
    const error = '第 2 行有问题（共 1 行），请改正后再导入；本次未导入任何人';
    await panel.getByTestId('roster-error').getByText(error).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await text.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await text.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ')[0]}"]`).innerText()).toBe(error);
    expect(await text.evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await onlineRoster(session.id)).onlineRoster).toEqual([{ name: '原有人员', maskedPhone: '131****1000' }]);
    await panel.getByTestId('roster-count').getByText('名册 1 人').waitFor();
    await steady(page);
    await shotOf(panel, 'online-roster-02-preview-error');

    // —— Fixed, it replaces the roster whole.
    await text.fill('赵敏,13600136000\n钱伟 136 0013 6001\n孙丽\t13500135000');
    await preview.getByText('没有发现问题').waitFor();
    expect(await text.getAttribute('aria-invalid')).toBeNull();
    await panel.getByRole('button', { name: '导入（替换现有名册）' }).click();
    const confirm = page.getByRole('dialog', { name: '导入（替换现有名册）' });
    await confirm.getByText('现有名册（1 人）将整体替换为这 3 人').waitFor();
    await confirm.getByRole('button', { name: '导入并替换' }).click();
    await panel.getByTestId('roster-count').getByText('名册 3 人').waitFor();
    expect(await panel.getByTestId('roster-table').locator('tbody th').allInnerTexts()).toEqual(['赵敏', '钱伟', '孙丽']);
    expect(await text.inputValue()).toBe('');

    // —— The same panel, in English.
    await page.getByLabel('语言').selectOption('en');
    await panel.getByRole('heading', { name: 'Online roster' }).waitFor();
    await panel.getByTestId('roster-count').getByText('Roster: 3 people').waitFor();
    await page.locator('#session-form').getByRole('radio', { name: 'Roster' }).waitFor();
  });

  it('reads an Excel workbook, loading the spreadsheet library only then', { timeout: 60_000 }, async () => {
    const session = await planSession(api, adminToken, {
      title: `名册表格 ${Date.now().toString(36)}`,
      theme: '网络测评名册',
      questions: [],
      settings: { onlineIdentity: 'ROSTER' },
    });
    const { page } = await newDevice('admin-xlsx', DESKTOP);
    devices.push({ context: page.context(), page });
    failureShot = () => shot(page, 'online-roster-xlsx-failure', { fullPage: true });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });

    // A sheet without a header, numbers stored as numbers, one of them twice.
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('名册');
    sheet.addRows([
      ['周杰', 13800138001],
      ['吴芳', '139 0013 9001'],
      ['郑强', 13800138001],
    ]);
    const xlsx = path.join(files, 'roster.xlsx');
    writeFileSync(xlsx, Buffer.from(await book.xlsx.writeBuffer()));

    await signInAt(page, `/admin/sessions/${session.id}`);
    const panel = page.getByTestId('online-roster');
    await panel.getByTestId('roster-empty').waitFor();
    const before = scripts.length;
    expect(scripts.some((url) => /exceljs/i.test(url))).toBe(false);

    await panel.getByLabel('名册文件').setInputFiles(xlsx);
    const preview = panel.getByTestId('roster-preview');
    await preview.getByTestId('roster-preview-count').getByText('共 3 人').waitFor();
    expect(scripts.slice(before).some((url) => /exceljs/i.test(url))).toBe(true);
    const bad = preview.locator('tr.roster__row--bad');
    expect(await bad.getAttribute('data-line')).toBe('3');
    expect(await bad.innerText()).toContain('与第 1 行手机号相同');
    await steady(page);
    await shotOf(panel, 'online-roster-05-xlsx-duplicate');

    // A file that is no roster says so beside the field.
    const pdf = path.join(files, '名册.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    await panel.getByLabel('名册文件').setInputFiles(pdf);
    await panel.getByTestId('roster-error').getByText('“名册.pdf”不是 CSV 或 Excel（.xlsx）文件').waitFor();
    expect(await panel.getByLabel('名册文件').getAttribute('aria-invalid')).toBe('true');
    expect(await preview.count()).toBe(0);
    expect((await onlineRoster(session.id)).onlineRoster).toEqual([]);
  });
});

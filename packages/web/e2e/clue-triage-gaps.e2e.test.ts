import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient } from './api';
import { shot, type Device, useBrowser, signInAt } from './browser';

// Triage beyond the first decision: why a clue is suggested, merging into a clue found by search,
// undoing a rejection, and a referred clue made into a follow-up item.

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const { errors: browserErrors, newDevice } = useBrowser(baseURL);
const DESKTOP = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' };

let adminToken: string;
const devices: Device[] = [];

beforeAll(async () => {
  adminToken = await api.login('admin');
});

let failureShot: (() => Promise<unknown>) | null = null;

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await failureShot?.().catch(() => undefined);
  failureShot = null;
  await Promise.all(devices.splice(0).map((device) => device.context.close()));
});

/** A clue sent as the public pages send it: with a device pass. */
async function submitClue(input: Record<string, unknown>): Promise<string> {
  const device = (await api.ok<{ registerDevice: string }>('mutation { registerDevice }')).registerDevice;
  const response = await fetch(`${baseURL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-public-device': device },
    body: JSON.stringify({ query: 'mutation($input: SubmitClueInput!) { submitClue(input: $input) { id } }', variables: { input } }),
  });
  const body = (await response.json()) as { data?: { submitClue: { id: string } }; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.submitClue.id;
}

/** Waits until no dialog, drawer or message is still fading in or out, for a steady screenshot. */
async function steady(page: Page) {
  await page.waitForFunction(() => !document.querySelector('[class*="-enter-active"], [class*="-leave-active"]'));
}

describe('clue triage gaps', () => {
  it('merges into a searched clue, says why suggestions matched, undoes a rejection, and makes an item from a referred clue', {
    timeout: 90_000,
  }, async () => {
    await submitClue({
      title: '城南公园健身器材损坏',
      description: '城南公园东门的健身器材断了两根扶手，老人锻炼时容易受伤。',
      category: 'FACILITIES',
      location: '城南公园东门',
      phone: '13811112222',
    });
    await submitClue({
      title: '东门那边的设施没人管',
      description: '晚上去散步发现好几处坏掉，一直没有修理，希望尽快处理。',
      category: 'FACILITIES',
      location: '城南公园东门',
      phone: '13811112222',
    });
    const swing = await submitClue({
      title: '滨河小区儿童秋千松动',
      description: '滨河小区游乐场的秋千链条松动，孩子玩耍有危险，物业说没有经费。',
      category: 'PROPERTY_SERVICE',
      location: '滨河小区游乐场',
    });
    await submitClue({
      title: '夜市噪音扰民到凌晨',
      description: '建设路夜市每天营业到凌晨两点，音响声音很大，附近居民无法休息。',
      category: 'MARKET',
      location: '建设路夜市',
    });
    const referred = await submitClue({
      title: '背街小巷路面坑洼积水',
      description: '青石巷路面坑洼，下雨后积水没过脚踝，居民出行困难。',
      category: 'FACILITIES',
      location: '青石巷',
    });
    const { departments } = await api.ok('{ departments(first: 10) { nodes { id shortName } } }', {}, adminToken);
    const housing = departments.nodes.find((d: { shortName: string }) => d.shortName === '住建局').id;
    await api.ok(
      'mutation($input: ReferClueInput!) { referClue(input: $input) { id } }',
      { input: { clueId: referred, departmentId: housing } },
      adminToken,
    );

    const { page } = await newDevice('admin', DESKTOP);
    devices.push({ context: page.context(), page });
    failureShot = () => shot(page, 'failure-clue-triage-gaps', { fullPage: true });
    await signInAt(page, '/admin/clues');
    const table = page.getByTestId('clue-table');
    const drawer = page.getByRole('dialog', { name: '问题线索详情' });
    const detail = drawer.getByTestId('clue-detail');
    const status = detail.locator('.clue-detail__header').getByTestId('clue-status');

    // —— The suggestion says why it matched: the same submitter, the same place, the same category (no "0%").
    await table.getByRole('button', { name: '查看线索“东门那边的设施没人管”' }).click();
    await detail.getByRole('heading', { name: '东门那边的设施没人管' }).waitFor();
    const reasons = detail.getByTestId('clue-duplicates').getByTestId('clue-match-reasons').first();
    await reasons.getByText('同一提交人手机号').waitFor();
    await reasons.getByText('地点相同').waitFor();
    await reasons.getByText('分类相同').waitFor();
    expect(await detail.getByTestId('clue-duplicates').innerText()).not.toContain('0%');

    // —— Merge it into a clue the search finds, though it was not suggested.
    await detail.getByRole('button', { name: '合并', exact: true }).click();
    const merge = page.getByRole('dialog', { name: '合并重复线索' });
    await merge.waitFor();
    await merge.getByRole('radio', { name: /城南公园健身器材损坏/ }).waitFor();
    await merge.getByLabel('搜索其他线索').fill('秋千');
    const found = merge.getByRole('radio', { name: /滨河小区儿童秋千松动/ });
    await found.waitFor();
    await merge.locator(`[data-candidate-id="${swing}"]`).getByText('搜索结果').waitFor();
    await merge.locator(`[data-candidate-id="${swing}"]`).click();
    expect(await found.isChecked()).toBe(true);
    await steady(page);
    await shot(page, 'clue-merge-dialog-reasons-search');
    await merge.getByRole('button', { name: '合并', exact: true }).click();
    await merge.waitFor({ state: 'hidden' });
    await detail.getByTestId('clue-merged-into').getByText('滨河小区儿童秋千松动').waitFor();
    // The merge can be undone as well, for a while.
    await detail.getByTestId('clue-undo').getByRole('button', { name: '撤销合并' }).waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // —— Reject one, then undo the rejection: it is pending again.
    await table.getByRole('button', { name: '查看线索“夜市噪音扰民到凌晨”' }).click();
    await detail.getByRole('heading', { name: '夜市噪音扰民到凌晨' }).waitFor();
    await detail.getByRole('button', { name: '不予采纳' }).click();
    const reject = page.getByRole('dialog', { name: '不予采纳' });
    await reject.waitFor();
    await reject.getByLabel('原因').click({ force: true });
    await page.getByRole('option', { name: '其他', exact: true }).click();
    await reject.getByRole('button', { name: '不予采纳' }).click();
    await reject.waitFor({ state: 'hidden' });
    await status.getByText('不予采纳').waitFor();
    const undo = detail.getByTestId('clue-undo');
    await undo.getByText(/前可撤销/).waitFor();
    await undo.getByRole('button', { name: '撤销不予采纳' }).click();
    await status.getByText('待处理').waitFor();
    await page.getByText('已撤销，线索回到待处理。').waitFor();
    expect(await detail.getByTestId('clue-undo').count()).toBe(0);
    expect(await detail.getByRole('button', { name: '采纳', exact: true }).isDisabled()).toBe(false);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // —— The referred clue becomes a follow-up item, and links to it.
    await table.getByRole('button', { name: '查看线索“背街小巷路面坑洼积水”' }).click();
    await detail.getByRole('heading', { name: '背街小巷路面坑洼积水' }).waitFor();
    await detail.getByRole('button', { name: '生成督办事项' }).click();
    const item = page.getByRole('dialog', { name: '由转办线索生成督办事项' });
    await item.waitFor();
    await item.getByTestId('clue-follow-up-department').getByText('县住房和城乡建设局').waitFor();
    await item.getByRole('button', { name: '生成事项' }).click();
    await item.getByText('请填写办理要求').waitFor();
    await item.getByLabel('办理要求').fill('一个月内完成青石巷路面修补和排水改造。');
    await steady(page);
    await shot(page, 'clue-follow-up-dialog');
    await item.getByRole('button', { name: '生成事项' }).click();
    await item.waitFor({ state: 'hidden' });
    const link = detail.getByTestId('clue-follow-up-link');
    await link.waitFor();
    await link.click();
    await page.waitForURL((url) => /^\/admin\/follow-ups\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByTestId('follow-up-title').getByText('背街小巷路面坑洼积水').waitFor();
    expect(browserErrors).toEqual([]);
  });
});

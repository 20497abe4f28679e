import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient } from './api';
import { shot, type Device, useBrowser, signInAt } from './browser';

// The studio roll (代表名册) and the quorum rules, planned by the administrator before the show.

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const { newDevice } = useBrowser(baseURL);
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

/** A draft session with one question, so it could go live. */
async function draftSession(title: string): Promise<string> {
  const created = await api.ok<{ createSession: { id: string } }>(
    'mutation($input: SessionInput!) { createSession(input: $input) { id } }',
    { input: { title, theme: '代表名册与法定人数', scheduledAt: new Date(Date.now() + 86_400_000).toISOString() } },
    adminToken,
  );
  const sessionId = created.createSession.id;
  const departments = await api.ok<{ departments: { nodes: { id: string }[] } }>(
    '{ departments(first: 1) { nodes { id } } }',
    {},
    adminToken,
  );
  await api.ok(
    'mutation($sessionId: ID!, $input: QuestionInput!) { addQuestion(sessionId: $sessionId, input: $input) { id } }',
    {
      sessionId,
      input: {
        title: '物业费收了服务跟不上',
        body: '请答复。',
        questioner: '县人大代表 王建华',
        respondent: '县住建局局长 李明',
        departmentId: departments.departments.nodes[0]!.id,
      },
    },
    adminToken,
  );
  return sessionId;
}

/** Waits until no dialog, dropdown or message is still fading in or out, for a steady screenshot. */
async function steady(page: Page) {
  await page.waitForFunction(() => !document.querySelector('[class*="-enter-active"], [class*="-leave-active"]'));
}

describe('the studio roll and quorum rules', () => {
  it('puts pasted names and a representative account on the roll, and keeps a two-thirds quorum', { timeout: 90_000 }, async () => {
    const title = `代表名册专场 ${Date.now().toString(36)}`;
    const sessionId = await draftSession(title);
    const { page } = await newDevice('admin', DESKTOP);
    devices.push({ context: page.context(), page });
    failureShot = () => shot(page, 'roll-failure', { fullPage: true });

    await signInAt(page, `/admin/sessions/${sessionId}`);
    await page.getByRole('heading', { name: title }).waitFor();
    const roll = page.getByTestId('studio-roll');
    await roll.getByTestId('roll-count').getByText('名册 0 人').waitFor();
    await roll.getByTestId('roll-empty').waitFor();
    // The form counts the quorum from the roll: empty, so it says where to add people.
    await page.getByTestId('quorum-needed').getByText('代表名册还没有人').waitFor();

    // —— A name too long is refused beside the field, pointing at its line.
    const names = roll.getByLabel('姓名（每行一个）');
    await names.fill(`王建华\n${'李'.repeat(61)}`);
    await roll.getByRole('button', { name: '添加到名册' }).click();
    await roll.getByText('第 2 行的姓名超过 60 个字').waitFor();
    expect(await names.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await names.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ')[0]}"]`).innerText()).toBe('第 2 行的姓名超过 60 个字');

    // —— Two pasted names; empty lines and spaces do not count.
    await names.fill('  县人大代表 王建华 \n\n县人大代表 李秀英\n');
    await roll.getByTestId('roll-names-found').getByText('识别到 2 个姓名').waitFor();
    await roll.getByRole('button', { name: '添加到名册' }).click();
    await roll.getByTestId('roll-count').getByText('名册 2 人').waitFor();
    expect(await names.inputValue()).toBe('');
    expect(await names.getAttribute('aria-invalid')).toBeNull();

    // —— One representative account, picked from those not yet on the roll.
    await roll.getByRole('tab', { name: '选择代表账号' }).click();
    await roll.getByTestId('roll-accounts').click();
    await page.getByRole('option', { name: /测试代表/ }).click();
    await page.keyboard.press('Escape');
    await roll.getByRole('button', { name: '添加所选代表' }).click();
    await roll.getByTestId('roll-count').getByText('名册 3 人').waitFor();

    const table = roll.getByTestId('seat-table');
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.locator('th').allInnerTexts()).toEqual(['县人大代表 王建华', '县人大代表 李秀英', '测试代表']);
    expect(await rows.locator('td:first-child').allInnerTexts()).toEqual(['1号席', '2号席', '3号席']);
    const seatCodes = await table.locator('tbody td.admin-table__mono').allInnerTexts();
    expect(seatCodes).toHaveLength(3);
    for (const code of seatCodes) expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await rows.nth(2).getByText('测试代表').nth(1).waitFor();
    // The account is on the roll now, so it is no longer offered.
    await roll.getByTestId('roll-accounts').click();
    await page.getByRole('option', { name: /测试代表/ }).waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape');

    // —— The quorum, counted from the roll of 3: 过半数 by default, then 三分之二.
    const form = page.locator('#session-form');
    await page.getByTestId('quorum-needed').getByText('按名册 3 人计，每轮现场至少 2 人投票。').waitFor();
    await form.getByTestId('studio-quorum').click();
    await page.getByRole('option', { name: '三分之二' }).click();
    await form.getByLabel('网络最少票数').fill('20');
    await form.getByText('未达到时本轮无有效结果').click();
    await steady(page);
    await shot(page, 'roll-01-planned', { fullPage: true });
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存。').waitFor();

    await page.reload();
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByTestId('studio-quorum').getByText('三分之二').waitFor();
    expect(await form.getByLabel('网络最少票数').inputValue()).toBe('20');
    expect(await form.getByRole('radio', { name: '未达到时本轮无有效结果' }).isChecked()).toBe(true);
    await page.getByTestId('studio-roll').getByTestId('roll-count').getByText('名册 3 人').waitFor();
    const saved = await api.ok<{ session: { studioElectorate: number; settings: Record<string, unknown> } }>(
      'query($id: ID!) { session(id: $id) { studioElectorate settings { studioQuorum minOnlineBallots quorumFallback } } }',
      { id: sessionId },
      adminToken,
    );
    expect(saved.session).toEqual({
      studioElectorate: 3,
      settings: { studioQuorum: 'TWO_THIRDS', minOnlineBallots: 20, quorumFallback: 'NO_RESULT' },
    });

    // —— Taking someone off asks first; the roll and the quorum follow.
    await page.getByRole('button', { name: '从名册移除 2号席 县人大代表 李秀英' }).click();
    const confirm = page.getByRole('dialog', { name: '移出名册' });
    await confirm.getByText('名册减为 2 人').waitFor();
    await confirm.getByRole('button', { name: '移除' }).click();
    await roll.getByTestId('roll-count').getByText('名册 2 人').waitFor();
    await page.getByTestId('quorum-needed').getByText('按名册 2 人计，每轮现场至少 2 人投票。').waitFor();

    // —— On air, the roll is frozen: it says why, and offers no changes.
    await api.ok('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: sessionId }, adminToken);
    await api.ok(
      'mutation($input: StartSessionInput!) { startSession(input: $input) { id } }',
      { input: { sessionId, rehearsal: true } },
      adminToken,
    );
    await page.reload();
    await roll.getByTestId('roll-frozen').getByText('代表名册已冻结').waitFor();
    await roll.getByTestId('roll-count').getByText('名册 2 人').waitFor();
    expect(await roll.getByRole('tab').count()).toBe(0);
    expect(await roll.getByRole('button', { name: /从名册移除/ }).count()).toBe(0);
    expect(await roll.getByTestId('seat-table').locator('tbody tr').count()).toBe(2);
    await shot(page, 'roll-02-frozen', { fullPage: true });
  });

  it('shows the server’s refusal beside the account field, in English too', { timeout: 60_000 }, async () => {
    const sessionId = await draftSession(`Roll refusal ${Date.now().toString(36)}`);
    const { page } = await newDevice('admin-en', DESKTOP);
    devices.push({ context: page.context(), page });
    failureShot = () => shot(page, 'roll-failure-en', { fullPage: true });

    await signInAt(page, `/admin/sessions/${sessionId}`);
    const roll = page.getByTestId('studio-roll');
    await roll.getByRole('tab', { name: '选择代表账号' }).click();
    await roll.getByTestId('roll-accounts').click();
    await page.getByRole('option', { name: /测试代表/ }).click();
    await page.keyboard.press('Escape');

    // Meanwhile another administrator puts the same representative on the roll.
    const reps = await api.ok<{ accounts: { nodes: { id: string }[] } }>(
      '{ accounts(role: REPRESENTATIVE, search: "rep") { nodes { id } } }',
      {},
      adminToken,
    );
    await api.ok(
      'mutation($input: AddToRollInput!) { addToRoll(input: $input) { id } }',
      { input: { sessionId, people: [{ accountId: reps.accounts.nodes[0]!.id }] } },
      adminToken,
    );

    await roll.getByRole('button', { name: '添加所选代表' }).click();
    await roll.getByText('“测试代表”已在名册上').waitFor();
    const combobox = roll.getByRole('combobox', { name: '代表账号', exact: true });
    expect(await combobox.getAttribute('aria-invalid')).toBe('true');
    const errorId = ((await combobox.getAttribute('aria-describedby')) ?? '').split(' ')[0]!;
    expect(await page.locator(`[id="${errorId}"]`).innerText()).toBe('“测试代表”已在名册上');
    // The roll is read again: the person added elsewhere shows.
    await roll.getByTestId('roll-count').getByText('名册 1 人').waitFor();

    // The same, in English.
    await page.getByLabel('语言').selectOption('en');
    await roll.getByText('“测试代表” is already on the roll').waitFor();
    await roll.getByTestId('roll-count').getByText('Roll: 1 person').waitFor();
    await page.getByTestId('quorum-needed').getByText('With 1 on the roll, at least 1 must vote in the studio each round.').waitFor();
    await steady(page);
    await shot(page, 'roll-03-refused-en', { fullPage: true });
  });
});

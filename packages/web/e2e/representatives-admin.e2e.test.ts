import { randomUUID } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient, planSession } from './api';
import { chooseOption, searchOption, type Device, useBrowser, signInAt, shot } from './browser';

// The staff side of the representatives (issue 18): records imported from a CSV file with a
// preview, their 代表码 cards printed, a supervising representative assigned to a follow-up item,
// a clue addressed to one found on the clue board, and the participation figures.

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const { newDevice } = useBrowser(baseURL);
const DESKTOP = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' };

let adminToken: string;
const devices: Device[] = [];
let failureShot: (() => Promise<unknown>) | null = null;

beforeAll(async () => {
  adminToken = await api.login('admin');
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await failureShot?.().catch(() => undefined);
  failureShot = null;
  await Promise.all(devices.splice(0).map((device) => device.context.close()));
});

const look = (page: Page, name: string, fullPage = false) => shot(page, `rep-admin-${name}`, { fullPage });

/** Waits until no dialog, dropdown or message is still fading in or out, for a steady screenshot. */
async function steady(page: Page) {
  await page.waitForFunction(() => !document.querySelector('[class*="-enter-active"], [class*="-leave-active"]'));
}

/** A small grey PNG, as a camera's photo would arrive (the server re-encodes it). */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height, 0x99);
  for (let y = 0; y < height; y++) rows[y * (width * 3 + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A public GraphQL request with a device pass, as the clue pages send it. */
async function publicRequest<T>(query: string, variables: Record<string, unknown>, device?: string): Promise<T> {
  const response = await fetch(`${baseURL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(device ? { 'x-public-device': device } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(`${query.slice(0, 50)}…: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/** A dispatched follow-up item of a referred clue, through the API as staff would make it. */
async function followUpItem(title: string): Promise<string> {
  const device = (await publicRequest<{ registerDevice: string }>('mutation { registerDevice }', {})).registerDevice;
  const { clueCategories } = await publicRequest<{ clueCategories: { code: string }[] }>('{ clueCategories { code } }', {});
  const { submitClue } = await publicRequest<{ submitClue: { id: string } }>(
    'mutation($input: SubmitClueInput!) { submitClue(input: $input) { id } }',
    { input: { title, description: `${title}，请尽快处理。`, category: clueCategories[0]!.code, anonymous: true } },
    device,
  );
  const { departments } = await api.ok<{ departments: { nodes: { id: string }[] } }>(
    '{ departments(first: 1) { nodes { id } } }',
    {},
    adminToken,
  );
  await api.ok(
    'mutation($input: ReferClueInput!) { referClue(input: $input) { id } }',
    {
      input: { clueId: submitClue.id, departmentId: departments.nodes[0]!.id },
    },
    adminToken,
  );
  const { createFollowUpFromClue } = await api.ok<{ createFollowUpFromClue: { id: string } }>(
    'mutation($input: FollowUpFromClueInput!) { createFollowUpFromClue(input: $input) { id } }',
    { input: { clueId: submitClue.id, commitment: '一个月内修复', deadline: new Date(Date.now() + 30 * 86_400_000).toISOString() } },
    adminToken,
  );
  // Dispatched, as supervision counts from then on.
  await api.ok('mutation($ids: [ID!]!) { dispatchFollowUps(ids: $ids) { id } }', { ids: [createFollowUpFromClue.id] }, adminToken);
  return createFollowUpFromClue.id;
}

/** Element Plus selects: their placeholder lies over the input and takes the click, as it does for people. */
describe('representatives for staff', () => {
  it('imports two representatives from a CSV, prints their cards, assigns one to an item and shows the figures', {
    timeout: 150_000,
  }, async () => {
    const suffix = randomUUID().slice(0, 4);
    const first = `王建华${suffix}`;
    const second = `李秀英${suffix}`;
    const { page } = await newDevice('admin', DESKTOP);
    devices.push({ context: page.context(), page });
    failureShot = () => look(page, 'failure', true);

    await signInAt(page, '/admin/representatives');
    await page.getByRole('heading', { name: '代表管理' }).waitFor();
    await page
      .getByRole('navigation', { name: /导航|管理/ })
      .getByRole('link', { name: '人大代表' })
      .waitFor();

    // —— A sheet with a bad row: the preview marks it, and nothing can be sent.
    await page.getByTestId('representative-import').click();
    const importer = page.getByRole('dialog', { name: '批量导入代表' });
    await importer.waitFor();
    const file = importer.getByTestId('representative-import-file');
    await file.setInputFiles({
      name: '代表名单.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `姓名,选区/代表团,联络站,简介\n${first},城关镇选区,城关镇人大代表联络站,关注老旧小区改造\n${second},,东城联络站,\n`,
      ),
    });
    await importer.getByTestId('representative-import-problems').getByText('1 行有问题').waitFor();
    await importer.locator('tr[data-line="3"]').getByText('缺少选区/代表团').waitFor();
    expect(await importer.getByTestId('representative-import-submit').isDisabled()).toBe(true);
    await steady(page);
    await look(page, 'import-problem');

    // —— Corrected: both rows fine, imported at once.
    await file.setInputFiles({
      name: '代表名单.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `\uFEFF姓名,选区/代表团,联络站,简介\n${first},城关镇选区,城关镇人大代表联络站,关注老旧小区改造\n${second},东城选区,东城联络站,\n`,
      ),
    });
    await importer.getByText('全部可以导入').waitFor();
    await steady(page);
    await look(page, 'import-preview');
    await importer.getByTestId('representative-import-submit').click();
    await page.getByText('导入完成：新增 2 名，更新 0 名').waitFor();
    await importer.waitFor({ state: 'hidden' });

    await page.getByRole('searchbox', { name: '搜索代表' }).fill(suffix);
    const table = page.getByTestId('representative-table');
    await table.getByText(first).waitFor();
    await table.getByText(second).waitFor();
    await page.getByTestId('total-count').getByText('共 2 条').waitFor();
    const firstCode = (await table.locator('tr', { hasText: first }).getByTestId('representative-code').innerText()).trim();
    expect(firstCode).toMatch(/^[A-Z0-9]{8}$/);

    // —— A photo for the first, from the edit dialog.
    await page.getByRole('button', { name: `编辑代表 ${first}` }).click();
    const editor = page.getByRole('dialog', { name: `编辑代表：${first}` });
    await editor.waitFor();
    await editor.getByTestId('representative-photo').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png(120, 160) });
    await page.getByText('照片已更新').waitFor();
    await editor.locator('img').first().waitFor();
    await steady(page);
    await look(page, 'edit-dialog');
    await editor.getByRole('button', { name: '取消' }).click();
    await editor.waitFor({ state: 'hidden' });
    await table.locator('tr', { hasText: first }).locator('img').waitFor();
    await steady(page);
    await look(page, 'list');

    // —— The cards: one per active representative, the QR opening /r/<code>.
    await page.getByTestId('cards-link').click();
    await page.waitForURL((url) => url.pathname === '/admin/representatives/cards');
    const card = page.locator(`li[data-code="${firstCode}"]`);
    await card.getByText(first).waitFor();
    expect(await card.getByTestId('card-code').innerText()).toBe(firstCode);
    const qr = card.getByRole('img', { name: new RegExp(`${first}的代表码二维码`) });
    expect(await qr.getAttribute('data-url')).toBe(`${baseURL}/r/${firstCode}`);
    await card.scrollIntoViewIfNeeded();
    await look(page, 'cards');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('cards-print').isVisible()).toBe(false);
    await look(page, 'cards-print');
    await page.emulateMedia({ media: 'screen' });

    // —— A follow-up item gets the first as its supervisor.
    const itemTitle = `路灯不亮 ${suffix}`;
    const itemId = await followUpItem(itemTitle);
    await page.goto(`/admin/follow-ups/${itemId}`);
    const panel = page.getByTestId('follow-up-supervisors');
    await panel.getByText('还没有指定领办代表').waitFor();
    await panel.getByTestId('supervisors-edit').click();
    const assign = page.getByRole('dialog', { name: '指定领办代表' });
    await assign.waitFor();
    const select = assign.getByTestId('supervisors-select');
    await searchOption(page, select, first, new RegExp(first));
    await page.keyboard.press('Escape');
    await steady(page);
    await look(page, 'supervisors-dialog');
    await assign.getByTestId('supervisors-submit').click();
    await page.getByText('领办代表已更新').waitFor();
    await panel.getByTestId('supervisor-list').getByText(first).waitFor();
    await steady(page);
    await panel.scrollIntoViewIfNeeded();
    await look(page, 'follow-up');

    // —— The figures: this year's, the first with one supervised item.
    await page.goto('/admin/representatives/participation');
    await page.getByRole('heading', { name: '代表履职统计' }).waitFor();
    await page.getByRole('searchbox', { name: '搜索代表' }).fill(suffix);
    const row = page.getByTestId('participation-table').locator(`tr[data-name="${first}"]`);
    await row.waitFor();
    expect(await row.locator('[data-figure="itemsSupervised"]').innerText()).toBe('1');
    const href = (await page.getByTestId('participation-export').getAttribute('href')) ?? '';
    expect(href).toContain('/exports/representatives/participation.xlsx?');
    const exported = await page.request.get(href);
    expect(exported.status()).toBe(200);
    expect(exported.headers()['content-type']).toContain('spreadsheetml');
    await look(page, 'participation');
  });

  it('finds a clue addressed to a representative on the clue board and gives it to another', { timeout: 90_000 }, async () => {
    const suffix = randomUUID().slice(0, 4);
    const created = async (name: string, district: string) =>
      (
        await api.ok<{ createRepresentative: { id: string; code: string } }>(
          'mutation($input: RepresentativeInput!) { createRepresentative(input: $input) { id code } }',
          { input: { name, district } },
          adminToken,
        )
      ).createRepresentative;
    const from = await created(`张卫东${suffix}`, '西城选区');
    const to = await created(`赵丽${suffix}`, '南城选区');
    const device = (await publicRequest<{ registerDevice: string }>('mutation { registerDevice }', {})).registerDevice;
    const { clueCategories } = await publicRequest<{ clueCategories: { code: string }[] }>('{ clueCategories { code } }', {});
    const title = `小区门口积水 ${suffix}`;
    await publicRequest(
      'mutation($input: SubmitClueInput!) { submitClue(input: $input) { id } }',
      {
        input: {
          title,
          description: '下雨就积水，出行不便。',
          category: clueCategories[0]!.code,
          anonymous: true,
          representativeCode: from.code,
        },
      },
      device,
    );

    const { page } = await newDevice('admin', DESKTOP);
    devices.push({ context: page.context(), page });
    failureShot = () => look(page, 'clues-failure', true);
    await signInAt(page, '/admin/clues');
    await chooseOption(page, page.getByLabel('代表', { exact: true }), '码上提（群众向代表反映）');
    const row = page.getByTestId('clue-table').locator('tr', { hasText: title });
    await row.getByTestId('clue-representative-cell').getByText(`张卫东${suffix}`).waitFor();
    // One representative, found by a search on the server (the first page of them need not hold them).
    await searchOption(page, page.getByLabel('代表', { exact: true }), `张卫东${suffix}`, `张卫东${suffix}（西城选区）`);
    // Chosen, it is named in the filter (not by its id).
    await page.getByTestId('clue-representative').first().getByText(`张卫东${suffix}（西城选区）`).waitFor();
    await row.getByTestId('clue-representative-cell').getByText(`张卫东${suffix}`).waitFor();
    await row.getByRole('button', { name: new RegExp(title) }).click();
    const detail = page.getByTestId('clue-detail');
    await detail.getByTestId('clue-representative').getByText(`反映给 张卫东${suffix}（西城选区）`).waitFor();
    await detail.getByTestId('clue-reassign-representative').click();
    const dialog = page.getByRole('dialog', { name: '改派代表' });
    await dialog.waitFor();
    const select = dialog.getByTestId('clue-representative-select');
    await searchOption(page, select, `赵丽${suffix}`, new RegExp(`赵丽${suffix}`));
    await steady(page);
    await look(page, 'clue-reassign');
    await dialog.getByTestId('clue-representative-submit').click();
    await page.getByText(`已改派给 赵丽${suffix}`).waitFor();
    await detail.getByTestId('clue-representative').getByText(`反映给 赵丽${suffix}（南城选区）`).waitFor();
    expect(to.id).toBeTruthy();
    await steady(page);
    await look(page, 'clues');
  });

  it('takes a representative’s proposal into the session’s running order, and declines another with a reason', {
    timeout: 90_000,
  }, async () => {
    const suffix = randomUUID().slice(0, 4);
    const sessionTitle = `代表出题专场 ${suffix}`;
    const session = await planSession(api, adminToken, {
      title: sessionTitle,
      theme: '民生实事',
      questions: [{ title: '物业费收了服务跟不上', questioner: '市民代表', respondent: '县住建局局长 李明' }],
      // Yesterday: the public home page's newest sessions stay those of results-index, which runs later.
      scheduledAt: new Date(Date.now() - 86_400_000),
    });
    // The seeded representative account (rep) has a record: it proposes two questions.
    const repToken = await api.login('rep');
    const { departments } = await api.ok<{ departments: { nodes: { id: string }[] } }>(
      '{ departments(first: 1) { nodes { id } } }',
      {},
      adminToken,
    );
    const propose = (title: string) =>
      api.ok(
        'mutation($input: ProposeQuestionInput!) { proposeQuestion(input: $input) { id } }',
        {
          input: { sessionId: session.id, title, body: `${title}，群众反映强烈，请相关部门说明。`, departmentId: departments.nodes[0]!.id },
        },
        repToken,
      );
    const accepted = `学校门口交通拥堵 ${suffix}`;
    const declined = `菜市场噪音扰民 ${suffix}`;
    await propose(accepted);
    await propose(declined);

    const { page } = await newDevice('admin', DESKTOP);
    devices.push({ context: page.context(), page });
    failureShot = () => look(page, 'proposals-failure', true);
    await signInAt(page, `/admin/sessions/${session.id}`);
    const panel = page.getByTestId('question-proposals');
    const acceptedItem = panel.locator('li', { hasText: accepted });
    await acceptedItem.getByText('待处理').waitFor();
    await panel.scrollIntoViewIfNeeded();
    await look(page, 'proposals');

    await acceptedItem.getByRole('button', { name: `采纳 ${accepted}`, exact: true }).click();
    await page.getByText(`已采纳“${accepted}”，已加入议程`).waitFor();
    await acceptedItem.getByText('已采纳').first().waitFor();
    // The running order shows it, asked by the representative.
    await page
      .getByRole('heading', { name: /议程|问题/ })
      .first()
      .waitFor();
    await page.getByText(accepted).first().waitFor();

    const declinedItem = panel.locator('li', { hasText: declined });
    await declinedItem.getByRole('button', { name: `不采纳 ${declined}` }).click();
    const dialog = page.getByRole('dialog', { name: '不采纳代表出题' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '不采纳' }).click();
    await dialog.getByText('请填写理由').waitFor();
    await dialog.getByLabel('理由').fill('本场议题已确定，建议转为督办事项');
    await dialog.getByRole('button', { name: '不采纳' }).click();
    await page.getByText(`已答复“${declined}”不采纳`).waitFor();
    await declinedItem.getByText('理由：本场议题已确定，建议转为督办事项').waitFor();
    const { session: saved } = await api.ok<{ session: { questions: { title: string; questioner: string }[] } }>(
      'query($id: ID!) { session(id: $id) { questions { title questioner } } }',
      { id: session.id },
      adminToken,
    );
    expect(saved.questions.find((q) => q.title === accepted)?.questioner).toMatch(/^人大代表 /);
    expect(saved.questions.some((q) => q.title === declined)).toBe(false);
    await steady(page);
    await panel.scrollIntoViewIfNeeded();
    await look(page, 'proposals-decided');
  });
});

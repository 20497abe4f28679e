import { crc32, deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient, planSession, type PlannedSession } from './api';
import { chooseOption, shot, type Device, useBrowser, signInAt } from './browser';

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const { newDevice } = useBrowser(baseURL);
const DESKTOP = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' };

let adminToken: string;
let session: PlannedSession;
const devices: Device[] = [];

beforeAll(async () => {
  adminToken = await api.login('admin');
  session = await planSession(api, adminToken, {
    title: '物业管理专题问政',
    theme: '加强物业管理',
    questions: [{ title: '物业费收了服务跟不上', questioner: '县人大代表 王建华', respondent: '县住建局局长 李明' }],
  });
  // The session's call for clues is open, so the public may answer it.
  await api.ok(
    'mutation($input: ClueCallInput!) { setClueCall(input: $input) { open } }',
    {
      input: {
        sessionId: session.id,
        opensAt: new Date(Date.now() - 3_600_000).toISOString(),
        closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      },
    },
    adminToken,
  );
});

/** A screenshot of the page under test, taken when a test fails. */
let failureShot: (() => Promise<unknown>) | null = null;

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await failureShot?.().catch(() => undefined);
  failureShot = null;
  await Promise.all(devices.splice(0).map((device) => device.context.close()));
});

// ─── The public side, through the API ───

/** A GraphQL request as the public pages make it: with their device pass, no cookie. */
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

const registerDevice = async () => (await publicRequest<{ registerDevice: string }>('mutation { registerDevice }', {})).registerDevice;

interface ClueSent {
  title: string;
  description: string;
  category: string;
  location?: string;
  phone?: string;
  name?: string;
  anonymous?: boolean;
  sessionId?: string;
  latitude?: number;
  longitude?: number;
  photoIds?: string[];
}

async function submitClue(device: string, input: ClueSent): Promise<string> {
  const data = await publicRequest<{ submitClue: { id: string } }>(
    'mutation($input: SubmitClueInput!) { submitClue(input: $input) { id trackingCode } }',
    { input },
    device,
  );
  return data.submitClue.id;
}

/** A small PNG (a colour gradient), as a phone's photo would arrive. */
function gradientPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) rows.set([60 + (x * 150) / width, 90 + (y * 120) / height, 160], row + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function uploadPhoto(device: string): Promise<string> {
  const form = new FormData();
  form.append('photo', new Blob([new Uint8Array(gradientPng(320, 240))], { type: 'image/png' }), 'photo.png');
  const response = await fetch(`${baseURL}/uploads/clue-photos`, { method: 'POST', headers: { 'x-public-device': device }, body: form });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

// ─── The staff side, in the browser ───

/** Waits until no dialog, drawer or message is still fading in or out, for a steady screenshot. */
async function steady(page: Page) {
  await page.waitForFunction(() => !document.querySelector('[class*="-enter-active"], [class*="-leave-active"]'));
}

/** Picks an option of an element-plus select by its visible name, and closes a multiple one. */
describe('the clue triage board', () => {
  it('triages clues live: filters, details, phone reveal, merge, reject, refer, accept, publish, reply, export', {
    timeout: 75_000,
  }, async () => {
    // —— The public sends clues: two about the same lift, with a photo and a place on the map.
    const [first, second] = await Promise.all([registerDevice(), registerDevice()]);
    const photoId = await uploadPhoto(first);
    const lift = await submitClue(first, {
      sessionId: session.id,
      title: '阳光花园电梯经常停运',
      description: '阳光花园3号楼电梯经常停运，物业不及时维修，老人上下楼非常困难。',
      category: 'PROPERTY_SERVICE',
      location: '阳光花园3号楼',
      latitude: 30.274151,
      longitude: 120.155151,
      phone: '13812345678',
      name: '张先生',
      photoIds: [photoId],
    });
    const liftAgain = await submitClue(second, {
      sessionId: session.id,
      title: '阳光花园3号楼电梯又坏了',
      description: '阳光花园3号楼电梯又坏了，已经停运一周，物业一直不维修。',
      category: 'PROPERTY_SERVICE',
      location: '阳光花园3号楼',
      phone: '13900001111',
    });
    await submitClue(first, {
      title: '幸福路垃圾清运不及时',
      description: '幸福路垃圾站每天下午才清运，夏天气味很大。',
      category: 'SANITATION',
      location: '幸福路垃圾站',
    });
    await submitClue(second, {
      title: '农贸市场门口占道经营',
      description: '城东农贸市场门口摊贩占道经营，早高峰车辆无法通行。',
      category: 'MARKET',
      location: '城东农贸市场',
    });
    await submitClue(first, {
      sessionId: session.id,
      title: '小区停车位被长期占用',
      description: '锦绣家园地下车库的公共车位被僵尸车长期占用，物业不处理。',
      category: 'PARKING',
      location: '锦绣家园',
      phone: '0571-88886666',
    });
    await submitClue(second, {
      title: '路灯晚上不亮',
      description: '建设路北段路灯已经坏了半个月，晚上走路很危险。',
      category: 'FACILITIES',
      anonymous: true,
      phone: '13700000000',
    });

    const { page } = await newDevice('admin', DESKTOP);
    devices.push({ context: page.context(), page });
    failureShot = () => shot(page, 'failure-admin-clues', { fullPage: true });
    await signInAt(page, '/admin/clues');
    await page.getByRole('heading', { name: '问题线索', level: 1 }).waitFor();
    const table = page.getByTestId('clue-table');
    const total = page.getByTestId('total-count');
    await total.getByText('共 6 条').waitFor();
    await table.getByRole('button', { name: '查看线索“阳光花园电梯经常停运”' }).waitFor();
    // Only masked numbers in the list; anonymous clues show no number at all.
    expect(await table.innerText()).toContain('138****5678');
    expect(await table.innerText()).not.toContain('13812345678');
    expect(await table.innerText()).not.toContain('137****0000');
    await page.getByTestId('clue-stat-received').getByText('6').waitFor();
    await page.getByText('实时更新已开启').waitFor();
    await steady(page);
    await shot(page, 'admin-clues-board');

    // —— Search for a Chinese word: only the two lift clues.
    const search = page.getByLabel('搜索', { exact: true });
    await search.fill('电梯');
    await total.getByText('共 2 条').waitFor();
    expect(await table.locator('tbody tr').count()).toBe(2);
    await search.fill('');
    await total.getByText('共 6 条').waitFor();

    // —— A clue's details, its photo, its place, and the audited phone reveal.
    const drawer = page.getByRole('dialog', { name: '问题线索详情' });
    const detail = drawer.getByTestId('clue-detail');
    await table.getByRole('button', { name: '查看线索“阳光花园电梯经常停运”' }).click();
    await detail.getByRole('heading', { name: '阳光花园电梯经常停运' }).waitFor();
    await detail.getByText('张先生').waitFor();
    await detail.getByTestId('clue-coordinates').getByText('纬度 30.274151，经度 120.155151').waitFor();
    const thumb = detail.getByRole('button', { name: '查看第 1 张照片原图' });
    await thumb.waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('[data-testid="clue-detail"] img')].every(
        (img) => img.complete && img.naturalWidth > 0,
      ),
    );
    await detail.getByTestId('clue-phone-number').getByText('138****5678').waitFor();
    await detail.getByText('查看完整号码会记入审计日志（查看人、时间和线索）。').waitFor();
    await detail.getByRole('button', { name: '显示完整号码' }).click();
    await detail.getByTestId('clue-phone-number').getByText('13812345678').waitFor();
    // The suggested duplicate: the same lift, at the same place.
    const duplicates = detail.getByTestId('clue-duplicates');
    await duplicates.locator(`[data-duplicate-id="${liftAgain}"]`).getByText('地点相同').waitFor();
    await detail.getByText('已显示完整号码，本次查看已记入审计日志。').waitFor();
    await duplicates.scrollIntoViewIfNeeded();
    await steady(page);
    await shot(page, 'admin-clues-detail-duplicates');

    // The photo opens at full size, and Escape closes it.
    await thumb.click();
    const viewer = page.locator('.el-image-viewer__wrapper');
    await viewer.waitFor();
    expect(await viewer.locator('img.el-image-viewer__img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });

    // —— Merge the second report into the first, from the second one's suggestions.
    await duplicates.getByRole('button', { name: '查看线索“阳光花园3号楼电梯又坏了”' }).click();
    await detail.getByRole('heading', { name: '阳光花园3号楼电梯又坏了' }).waitFor();
    await detail.getByRole('button', { name: '合并到此条：“阳光花园电梯经常停运”' }).click();
    const merge = page.getByRole('dialog', { name: '合并重复线索' });
    await merge.waitFor();
    expect(await merge.getByRole('radio', { name: /阳光花园电梯经常停运/ }).isChecked()).toBe(true);
    await steady(page);
    await shot(page, 'admin-clues-merge-dialog');
    await merge.getByRole('button', { name: '合并', exact: true }).click();
    await merge.waitFor({ state: 'hidden' });
    await detail.getByTestId('clue-status').getByText('已合并').waitFor();
    await detail.getByTestId('clue-merged-into').getByText('阳光花园电梯经常停运').waitFor();
    expect(await detail.getByRole('button', { name: '采纳', exact: true }).isDisabled()).toBe(true);
    await table.locator(`[data-clue-id="${liftAgain}"]`).getByText('已合并').waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // —— Reject one, with a reason (asked for when missing).
    await table.getByRole('button', { name: '查看线索“幸福路垃圾清运不及时”' }).click();
    await detail.getByRole('heading', { name: '幸福路垃圾清运不及时' }).waitFor();
    await detail.getByRole('button', { name: '不予采纳' }).click();
    const reject = page.getByRole('dialog', { name: '不予采纳' });
    await reject.waitFor();
    await reject.getByRole('button', { name: '不予采纳' }).click();
    await reject.getByText('请选择原因').waitFor();
    await steady(page);
    await shot(page, 'admin-clues-reject-dialog');
    await chooseOption(page, reject.getByLabel('原因'), '已解决');
    await reject.getByLabel('说明（提交人可见）').fill('幸福路垃圾站已调整为每天上午清运。');
    await reject.getByRole('button', { name: '不予采纳' }).click();
    await reject.waitFor({ state: 'hidden' });
    await detail.getByTestId('clue-reject-reason').getByText('已解决').waitFor();
    await detail.getByText('幸福路垃圾站已调整为每天上午清运。').waitFor();
    expect(await detail.getByRole('switch', { name: '在公开线索列表展示' }).isDisabled()).toBe(true);

    // —— Refer one to a department.
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await table.getByRole('button', { name: '查看线索“农贸市场门口占道经营”' }).click();
    await detail.getByRole('heading', { name: '农贸市场门口占道经营' }).waitFor();
    await detail.getByRole('button', { name: '转办' }).click();
    const refer = page.getByRole('dialog', { name: '转办' });
    await refer.waitFor();
    await chooseOption(page, refer.getByLabel('承办单位'), /^县市场监督管理局/);
    await refer.getByLabel('转办说明').fill('请核查占道经营情况并依法处理。');
    await steady(page);
    await shot(page, 'admin-clues-refer-dialog');
    await refer.getByRole('button', { name: '转办', exact: true }).click();
    await refer.waitFor({ state: 'hidden' });
    await detail.getByTestId('clue-status').getByText('已转办').waitFor();
    await detail.getByTestId('clue-department').getByText('县市场监督管理局').waitFor();

    // —— Accept one as a new question of its session, drafted from the clue.
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await table.getByRole('button', { name: '查看线索“小区停车位被长期占用”' }).click();
    await detail.getByRole('heading', { name: '小区停车位被长期占用' }).waitFor();
    await detail.getByRole('button', { name: '采纳', exact: true }).click();
    const accept = page.getByRole('dialog', { name: '采纳为问政问题' });
    await accept.waitFor();
    expect(await accept.getByLabel('问题标题').inputValue()).toBe('小区停车位被长期占用');
    expect(await accept.getByLabel('问题内容').inputValue()).toContain('僵尸车长期占用');
    await accept.getByRole('button', { name: '采纳', exact: true }).click();
    await accept.getByText('请填写提问人').waitFor();
    // The clue names no department: the select's focusable combobox input is marked invalid and described by its error.
    const department = accept.getByRole('combobox', { name: '应询部门' });
    expect(await department.getAttribute('aria-invalid')).toBe('true');
    expect(await accept.locator(`#${await department.getAttribute('aria-describedby')}`).textContent()).toBe('请选择应询部门');
    await accept.getByLabel('提问人').fill('市民代表 陈红');
    await chooseOption(page, accept.getByLabel('应询部门'), /^县住房和城乡建设局/);
    await accept.getByLabel('答复人').fill('县住建局副局长 赵强');
    await steady(page);
    await shot(page, 'admin-clues-accept-dialog');
    await accept.getByRole('button', { name: '采纳', exact: true }).click();
    await accept.waitFor({ state: 'hidden' });
    await detail.getByTestId('clue-status').getByText('已采纳').waitFor();
    await detail.getByTestId('clue-question').getByText('小区停车位被长期占用').waitFor();
    const order = await api.ok<{ session: { questions: { title: string; questioner: string }[] } }>(
      'query($id: ID!) { session(id: $id) { questions { title questioner } } }',
      { id: session.id },
      adminToken,
    );
    expect(order.session.questions.map((q) => q.title)).toEqual(['物业费收了服务跟不上', '小区停车位被长期占用']);

    // —— Publish it and reply in public.
    const publish = detail.getByRole('switch', { name: '在公开线索列表展示' });
    expect(await publish.isChecked()).toBe(false);
    await detail.locator('label', { hasText: '在公开线索列表展示' }).click();
    await detail.getByText('已公开', { exact: true }).waitFor();
    expect(await publish.isChecked()).toBe(true);
    await detail.getByRole('button', { name: '公开答复' }).click();
    const reply = page.getByRole('dialog', { name: '公开答复' });
    await reply.waitFor();
    await reply.getByLabel('答复内容').fill('已纳入本场问政，将由县住建局现场答复。');
    await steady(page);
    await shot(page, 'admin-clues-reply-dialog');
    await reply.getByRole('button', { name: '发布答复' }).click();
    await reply.waitFor({ state: 'hidden' });
    await detail.getByTestId('clue-reply').getByText('已纳入本场问政，将由县住建局现场答复。').waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await table.locator('tbody tr', { hasText: '小区停车位被长期占用' }).getByText('已公开').waitFor();

    // —— A clue sent now appears without reloading, marked new.
    await submitClue(await registerDevice(), {
      title: '公园健身器材损坏',
      description: '人民公园东门的健身器材坏了很久，孩子玩耍容易受伤。',
      category: 'FACILITIES',
      location: '人民公园东门',
    });
    await table.getByRole('button', { name: '查看线索“公园健身器材损坏”' }).waitFor();
    await page.getByTestId('clue-arrivals').getByText('收到 1 条新线索').waitFor();
    await total.getByText('共 7 条').waitFor();
    expect(await table.locator('tbody tr').first().innerText()).toContain('公园健身器材损坏');
    // The statistics count it too, once arrivals settle.
    await page.getByTestId('clue-stat-received').getByText('7').waitFor();
    await steady(page);
    await shot(page, 'admin-clues-live');

    // —— Filter by status, then search within it.
    await chooseOption(page, page.getByLabel('状态', { exact: true }), '待处理', { multiple: true });
    await total.getByText('共 3 条').waitFor();
    expect(await table.innerText()).not.toContain('幸福路垃圾清运不及时');
    await search.fill('电梯');
    await total.getByText('共 1 条').waitFor();
    await table.getByRole('button', { name: '查看线索“阳光花园电梯经常停运”' }).waitFor();
    await search.fill('');
    await page.getByRole('button', { name: '清除筛选' }).click();
    await total.getByText('共 7 条').waitFor();

    // —— The session's statistics.
    await chooseOption(page, page.getByLabel('来源', { exact: true }), '物业管理专题问政');
    await total.getByText('共 3 条').waitFor();
    const stats = page.getByTestId('clue-stats');
    await stats.getByText('“物业管理专题问政”的线索').waitFor();
    await stats.getByTestId('clue-stat-received').getByText('3').waitFor();
    await stats.getByTestId('clue-stat-accepted').getByText('1').waitFor();
    await stats.getByTestId('clue-stat-merged').getByText('1').waitFor();
    await stats.getByTestId('clue-stat-published').getByText('1').waitFor();
    await steady(page);
    await shot(page, 'admin-clues-stats');

    // —— The export of the clues shown, with the staff cookie: an Excel workbook (a zip).
    const exportLink = page.getByTestId('clue-export');
    const href = await exportLink.getAttribute('href');
    expect(href).toBe(`/exports/clues.xlsx?sessionId=${session.id}&lang=zh`);
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = await response.body();
    expect(workbook.subarray(0, 2).toString('latin1')).toBe('PK');
    const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    // —— Decided elsewhere meanwhile: the board says so with the server's words and shows the new state.
    await table.getByRole('button', { name: '查看线索“阳光花园电梯经常停运”' }).click();
    await detail.getByRole('heading', { name: '阳光花园电梯经常停运' }).waitFor();
    await api.ok(
      'mutation($input: RejectClueInput!) { rejectClue(input: $input) { id } }',
      { input: { clueId: lift, reason: 'OUT_OF_SCOPE' } },
      adminToken,
    );
    await detail.getByRole('button', { name: '不予采纳' }).click();
    await chooseOption(page, reject.getByLabel('原因'), '其他');
    await reject.getByRole('button', { name: '不予采纳' }).click();
    await reject.getByText(/现在的状态是“不予采纳”.*服务器说明：.*REJECTED/).waitFor();
    await steady(page);
    await shot(page, 'admin-clues-decided-elsewhere');
    await reject.getByRole('button', { name: '取消' }).click();
    await detail.getByTestId('clue-reject-reason').getByText('不属于本次问政范围').waitFor();
    await table.locator(`[data-clue-id="${lift}"]`).getByText('不予采纳').waitFor();
    await stats.getByTestId('clue-stat-rejected').getByText('1').waitFor();

    // —— The board in English: labels, statuses and the export's language follow.
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await page.getByLabel('语言').selectOption('en');
    await page.getByRole('heading', { name: 'Clues', level: 1 }).waitFor();
    await page.getByRole('columnheader', { name: 'Submitted' }).waitFor();
    await table.locator(`[data-clue-id="${liftAgain}"]`).getByText('Merged').waitFor();
    await stats.getByText('Reasons for rejection').waitFor();
    expect(await exportLink.getAttribute('href')).toBe(`/exports/clues.xlsx?sessionId=${session.id}&lang=en`);
    await steady(page);
    await shot(page, 'admin-clues-english');
  });

  it('opens and ends a session’s call for clues on its page', async () => {
    const { page } = await newDevice('admin-call', DESKTOP);
    devices.push({ context: page.context(), page });
    failureShot = () => shot(page, 'failure-admin-clue-call', { fullPage: true });
    await signInAt(page, `/admin/sessions/${session.id}`);
    const panel = page.getByTestId('clue-call');
    await panel.getByTestId('clue-call-phase').getByText('正在征集').waitFor();
    expect(await panel.getByTestId('clue-call-url').inputValue()).toBe(`${baseURL}/clues?session=${session.id}`);

    await panel.getByRole('button', { name: '结束征集' }).click();
    await panel.getByTestId('clue-call-phase').getByText('未开启征集').waitFor();

    await panel.getByLabel('开始时间').fill('2030-05-10T09:00');
    await panel.getByLabel('截止时间').fill('2030-05-01T18:00');
    await panel.getByRole('button', { name: '保存征集时间' }).click();
    await panel.getByText('截止时间必须晚于开始时间').waitFor();
    await panel.getByLabel('截止时间').fill('2030-05-20T18:00');
    await panel.getByRole('button', { name: '保存征集时间' }).click();
    await panel.getByTestId('clue-call-phase').getByText('尚未开始').waitFor();
    await panel.scrollIntoViewIfNeeded();
    await steady(page);
    await shot(page, 'admin-clues-call-panel');

    const { clueCall } = await api.ok<{ clueCall: { opensAt: string; open: boolean } }>(
      'query($id: ID!) { clueCall(sessionId: $id) { opensAt open } }',
      { id: session.id },
    );
    expect(clueCall.open).toBe(false);
    expect(new Date(clueCall.opensAt).getTime()).toBe(new Date('2030-05-10T09:00').getTime());

    await panel.getByRole('link', { name: '查看本场的问题线索' }).click();
    await page.waitForURL((url) => url.pathname === '/admin/clues' && url.searchParams.get('session') === session.id);
    await page.getByTestId('clue-stats').getByText('“物业管理专题问政”的线索').waitFor();
  });
});

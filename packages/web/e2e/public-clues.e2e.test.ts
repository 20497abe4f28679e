import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient, planSession, submitClueAsPhone, type PlannedSession } from './api';
import { PHONE, shot, STAGE, type Device, useBrowser } from './browser';

// The public clue pages (征集问题线索) on a phone: send a clue with a photo, track it by its code
// while staff handle it, find it on the public list and support it, and the refusals.

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const { newDevice } = useBrowser(baseURL);

let adminToken: string;
let openSession: PlannedSession;
let closedSession: PlannedSession;
const devices: Device[] = [];

/** A small real PNG (a warm gradient), so the server's image decoder accepts it. */
function gradientPng(width: number, height: number): Buffer {
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
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++)
      rows.set([180 + Math.round((x / width) * 70), 60 + Math.round((y / height) * 120), 50], row + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();
const device = async (name: string, options = PHONE) => {
  const created = await newDevice(name, options);
  devices.push(created);
  return created;
};

/** The clue staff see for a tracking code. */
async function staffClue(code: string): Promise<{ id: string; status: string; supportCount: number }> {
  const data = await api.ok<{ clues: { nodes: { id: string; trackingCode: string; status: string; supportCount: number }[] } }>(
    '{ clues(first: 50) { nodes { id trackingCode status supportCount } } }',
    {},
    adminToken,
  );
  const clue = data.clues.nodes.find((c) => c.trackingCode === code);
  if (!clue) throw new Error(`no clue ${code}`);
  return clue;
}

/** A clue sent through the API by another phone (its own device token), for the list and the statistics. */
async function submitByApi(sessionId: string, title: string): Promise<string> {
  const input = {
    sessionId,
    title,
    description: `${title}，已经持续很长时间，希望有关部门尽快处理。`,
    category: 'PROPERTY_SERVICE',
    anonymous: true,
  };
  return (await submitClueAsPhone(baseURL, input)).id;
}

// Shared by the tests, in order: the first sends it, the next ones follow it.
let trackingCode = '';
const TITLE = '梧桐苑小区电梯频繁停运';

beforeAll(async () => {
  adminToken = await api.login('admin');
  const question = { title: '老旧小区电梯安全谁来管？', questioner: '县人大代表 王敏', respondent: '局长 李强' };
  [openSession, closedSession] = await Promise.all([
    planSession(api, adminToken, { title: '物业管理专题问政', theme: '加强物业管理', questions: [question] }),
    planSession(api, adminToken, {
      title: '食品安全专题问政',
      theme: '守护舌尖安全',
      questions: [{ ...question, title: '校园周边食品安全如何保障？' }],
    }),
  ]);
  const setCall = (sessionId: string, opensAt: string, closesAt: string) =>
    api.ok(
      'mutation($input: ClueCallInput!) { setClueCall(input: $input) { open } }',
      { input: { sessionId, opensAt, closesAt } },
      adminToken,
    );
  await Promise.all([setCall(openSession.id, hours(-1), hours(48)), setCall(closedSession.id, hours(-48), hours(-24))]);
});

afterAll(async () => {
  await Promise.all(devices.map((each) => each.context.close()));
});

describe('the public clue pages', () => {
  it('send a clue with a photo to an open call and show its tracking code', async () => {
    const { page } = await device('submitter', {
      ...PHONE,
      permissions: ['geolocation'],
      geolocation: { latitude: 30.2741, longitude: 120.1551, accuracy: 25 },
    });
    await page.goto(`/clues?session=${openSession.id}`);
    await page.getByTestId('clue-call-theme').getByText('加强物业管理').waitFor();
    await page.getByTestId('clue-call-theme').getByText('征集中').waitFor();
    await shot(page, 'public-clue-01-form');

    await page.getByLabel('标题').fill(TITLE);
    await page.getByLabel('问题描述').fill('梧桐苑小区 3 栋电梯一个月停运五次，物业迟迟不修，老人上下楼非常困难。');
    await page.getByLabel('问题分类').selectOption('PROPERTY_SERVICE');
    await page.getByLabel('地点（选填）').fill('城关镇梧桐苑小区 3 栋');
    await page.getByRole('button', { name: '使用我的位置' }).click();
    await page.getByText('已附上当前位置（误差约 25 米）').waitFor();
    await page.locator('#clue-photo-input').setInputFiles({ name: 'elevator.png', mimeType: 'image/png', buffer: gradientPng(160, 120) });
    await page.locator('[data-testid="clue-photo"][data-status="done"]').waitFor();
    await page.getByText('已上传').waitFor();

    // Anonymous hides name and phone; unticking gives them back.
    await page.getByLabel('匿名反映').check();
    expect(await page.getByLabel('电话').isDisabled()).toBe(true);
    expect(await page.getByLabel('姓名').isDisabled()).toBe(true);
    await page.getByLabel('匿名反映').uncheck();
    await page.getByLabel('姓名').fill('张女士');
    await page.getByLabel('电话').fill('138 1234 5678');
    await shot(page, 'public-clue-02-filled', { fullPage: true });

    await page.getByRole('button', { name: '提交线索' }).click();
    await page.getByTestId('clue-sent').getByRole('heading', { name: '提交成功' }).waitFor();
    trackingCode = await page.getByTestId('clue-tracking-code').inputValue();
    expect(trackingCode).toMatch(/^WZ[0-9A-Z]{8}$/);
    await shot(page, 'public-clue-03-sent');

    const clue = await staffClue(trackingCode);
    expect(clue.status).toBe('SUBMITTED');
    const staff = await api.ok<{
      clue: {
        session: { id: string };
        photos: { url: string }[];
        phoneMasked: string;
        submitterName: string;
        latitude: number;
        longitude: number;
      };
    }>(
      'query($id: ID!) { clue(id: $id) { session { id } photos { url } phoneMasked submitterName latitude longitude } }',
      { id: clue.id },
      adminToken,
    );
    expect(staff.clue).toMatchObject({
      session: { id: openSession.id },
      phoneMasked: '138****5678',
      submitterName: '张女士',
      latitude: 30.2741,
      longitude: 120.1551,
    });
    expect(staff.clue.photos).toHaveLength(1);
  });

  it('track the clue by its code while staff accept, reply and publish it', async () => {
    expect(trackingCode).not.toBe('');
    const { page } = await device('tracker');
    await page.goto('/clues/track');
    await page.getByLabel('查询码').fill(trackingCode.toLowerCase().replace(/(.{5})/, '$1 '));
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.waitForURL(`**/clues/track/${trackingCode}`);
    await page.getByTestId('clue-tracking-status').getByText('待处理').waitFor();
    await page.getByTestId('clue-timeline').getByText('提交线索').waitFor();
    await shot(page, 'public-clue-04-track-submitted');

    const clue = await staffClue(trackingCode);
    await api.ok(
      'mutation($input: ReplyToClueInput!) { replyToClue(input: $input) { id } }',
      { input: { clueId: clue.id, reply: '已约谈物业公司，电梯将于本月底前完成维修。' } },
      adminToken,
    );
    await api.ok('mutation($id: ID!) { setCluePublished(clueId: $id, published: true) { id } }', { id: clue.id }, adminToken);
    await api.ok(
      'mutation($input: AcceptClueInput!) { acceptClue(input: $input) { status } }',
      { input: { clueId: clue.id, questionId: openSession.questions[0]!.id } },
      adminToken,
    );

    await page.reload();
    await page.getByTestId('clue-tracking-status').getByText('已采纳').waitFor();
    await page.getByTestId('clue-tracking-reply').getByText('已约谈物业公司，电梯将于本月底前完成维修。').waitFor();
    await page.getByTestId('clue-tracking-question').getByText('老旧小区电梯安全谁来管？').waitFor();
    const timeline = page.getByTestId('clue-timeline');
    for (const step of ['提交线索', '公开答复', '公开展示', '采纳为问政问题']) await timeline.getByText(step, { exact: true }).waitFor();
    await shot(page, 'public-clue-05-track-accepted', { fullPage: true });

    // A wrong code, then one too short to be a code.
    await page.goto('/clues/track/WZAAAAAAAA');
    await page.getByTestId('clue-track-not-found').getByText('没有找到这个查询码对应的线索').waitFor();
    await shot(page, 'public-clue-06-track-not-found');
    await page.getByLabel('查询码').fill('WZ1');
    await page.getByLabel('查询码').press('Enter');
    await page.getByText('请输入完整的查询码（字母和数字）。').waitFor();
  });

  it('list the published clue, find it by a Chinese word, and support it once', async () => {
    expect(trackingCode).not.toBe('');
    // Two more clues for the statistics: one turned down with a reason, one still waiting.
    const rejected = await submitByApi(openSession.id, '小区广场舞噪音扰民');
    await submitByApi(openSession.id, '地下车库照明灯长期不亮');
    await api.ok(
      'mutation($input: RejectClueInput!) { rejectClue(input: $input) { status } }',
      { input: { clueId: rejected, reason: 'OUT_OF_SCOPE', note: '请向城管部门反映。' } },
      adminToken,
    );

    const { page } = await device('reader');
    await page.goto(`/clues/list?session=${openSession.id}`);
    const card = page.getByTestId('public-clue').filter({ hasText: TITLE });
    await card.waitFor();
    await card.getByText('已约谈物业公司').waitFor();
    await page.getByTestId('clue-stats').getByText('已采纳').first().waitFor();
    expect(await page.getByTestId('clue-stats-received').textContent()).toBe('3');
    await page.getByTestId('clue-stats').getByText('不属于本次问政范围').waitFor();
    // The photo is public once the clue is.
    const photo = card.getByRole('img', { name: '线索照片 1' });
    await photo.waitFor();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await shot(page, 'public-clue-07-list', { fullPage: true });

    await page.getByLabel('搜索线索').fill('梧桐');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.waitForURL(/q=/);
    await card.waitFor();
    await page.getByText('共 1 条').waitFor();
    await page.getByLabel('搜索线索').fill('不存在的词语');
    await page.getByLabel('搜索线索').press('Enter');
    const empty = page.getByTestId('public-clues-empty');
    await empty.getByText('没有找到包含“不存在的词语”的线索。').waitFor();
    await empty.scrollIntoViewIfNeeded();
    await shot(page, 'public-clue-08-list-empty-search');
    await page.getByLabel('搜索线索').fill('梧桐');
    await page.getByLabel('搜索线索').press('Enter');
    await card.waitFor();

    // 附议 once: the count goes up by one, a second tap changes nothing, and a reload remembers it.
    const support = card.getByTestId('clue-support');
    expect(await card.getByTestId('clue-support-count').textContent()).toBe('0');
    await support.click();
    await support.and(page.locator('[aria-pressed="true"]')).waitFor();
    expect(await card.getByTestId('clue-support-count').textContent()).toBe('1');
    await support.click({ force: true });
    await page.waitForTimeout(300);
    expect(await card.getByTestId('clue-support-count').textContent()).toBe('1');
    await shot(page, 'public-clue-09-supported');
    await page.reload();
    await card.getByTestId('clue-support').and(page.locator('[aria-pressed="true"]')).waitFor();
    expect(await card.getByTestId('clue-support-count').textContent()).toBe('1');
    expect((await staffClue(trackingCode)).supportCount).toBe(1);

    // Most supported first also works.
    await page.getByRole('button', { name: '附议最多' }).click();
    await page.waitForURL(/order=MOST_SUPPORTED/);
    await card.waitFor();
  });

  it('explain a bad field, a refused photo and a closed call, and send it as a general submission', async () => {
    const { page } = await device('mistakes');
    await page.goto(`/clues?session=${openSession.id}`);
    await page.getByTestId('clue-call-theme').waitFor();
    await page.getByLabel('标题').fill('电梯');
    await page.getByLabel('问题描述').fill('太短');
    await page.getByLabel('电话').fill('12345');
    await page.getByRole('button', { name: '提交线索' }).click();
    await page.getByText('请用 4–100 个字概括问题。').waitFor();
    await page.getByText('请用 10–3000 个字描述问题。').waitFor();
    await page.getByText('请选择问题分类。').waitFor();
    await page.getByText('请填写 11 位手机号，或带区号的固定电话').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('clue-title');
    expect(await page.getByLabel('标题').getAttribute('aria-invalid')).toBe('true');
    await shot(page, 'public-clue-10-bad-input');

    // A file that only claims to be a photo passes the phone's check; the server reads the bytes and refuses it.
    await page
      .locator('#clue-photo-input')
      .setInputFiles({ name: 'fake.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a picture at all') });
    await page.locator('[data-testid="clue-photo"][data-status="error"]').getByText('只能上传 JPG、PNG 或 WebP 格式的照片。').waitFor();
    // And one it can: a GIF is refused at once.
    await page.locator('#clue-photo-input').setInputFiles({ name: 'a.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
    await page.locator('#clue-photos-error').getByText('只能上传 JPG、PNG 或 WebP 格式的照片。').waitFor();
    await page.getByRole('button', { name: '删除第 1 张照片' }).click();
    expect(await page.getByTestId('clue-photo').count()).toBe(0);

    // A closed call: explained up front, refused by the server if sent anyway, then sent as a general submission.
    await page.goto(`/clues?session=${closedSession.id}`);
    await page.getByTestId('clue-call-closed').waitFor();
    await shot(page, 'public-clue-11-closed-notice');
    await page.getByLabel('标题').fill('学校门口流动摊贩食品卫生堪忧');
    await page.getByLabel('问题描述').fill('实验小学门口每天放学时有十几个流动摊贩，食品没有任何卫生保障。');
    await page.getByLabel('问题分类').selectOption('MARKET');
    await page.getByLabel('匿名反映').check();
    await page.getByRole('button', { name: '提交线索' }).click();
    const failure = page.getByTestId('clue-form-failure');
    await failure.getByText('这场问政的线索征集已经截止').waitFor();
    await failure.scrollIntoViewIfNeeded();
    await shot(page, 'public-clue-12-closed-refused');
    await failure.getByRole('button', { name: '作为日常反映提交' }).click();
    await page.getByTestId('clue-sent').waitFor();
    const code = await page.getByTestId('clue-tracking-code').inputValue();
    const general = await api.ok<{ trackClue: { session: null | { id: string } } }>(
      'query($code: String!) { trackClue(code: $code) { session { id } } }',
      { code },
    );
    expect(general.trackClue.session).toBeNull();
  });

  it('offer the clue pages from the home page, with a QR code on a wide screen only', async () => {
    const wide = await device('poster', STAGE);
    await wide.page.goto('/');
    const qr = wide.page.getByTestId('clue-qr');
    await qr.waitFor();
    expect(await qr.getAttribute('data-url')).toBe(`${baseURL}/clues`);
    await shot(wide.page, 'public-clue-13-home-wide');

    const phone = await device('home-phone');
    await phone.page.goto('/');
    await phone.page.getByRole('link', { name: '我要反映问题' }).click();
    await phone.page.waitForURL('**/clues');
    await phone.page.getByLabel('标题').waitFor();
    expect(await phone.page.evaluate(() => document.title)).toBe('反映问题线索 · 问政');
    await phone.page.goto('/');
    expect(await phone.page.getByTestId('clue-qr').count()).toBe(0);
    await shot(phone.page, 'public-clue-14-home-phone', { fullPage: true });

    // Nothing sticks out sideways on a small phone (360 px wide).
    const small = await device('small-phone', { ...PHONE, viewport: { width: 360, height: 740 } });
    for (const address of [`/clues?session=${openSession.id}`, `/clues/track/${trackingCode}`, '/clues/list']) {
      await small.page.goto(address);
      await small.page.getByRole('heading', { level: 1 }).waitFor();
      await small.page.waitForLoadState('networkidle');
      expect(await small.page.evaluate(() => document.documentElement.scrollWidth), address).toBeLessThanOrEqual(360);
    }
    await shot(small.page, 'public-clue-16-list-360', { fullPage: true });

    // English on request.
    await phone.page.goto('/clues/list');
    await phone.page.getByRole('button', { name: /English/ }).click();
    await phone.page.getByRole('heading', { name: 'Public clues', level: 1 }).waitFor();
    await shot(phone.page, 'public-clue-15-list-english', { fullPage: true });
  });
});

describe('the public clue pages’ JavaScript', () => {
  // Reads the build made by global-setup.ts, as vote-bundle.e2e.test.ts does.
  const dist = fileURLToPath(new URL('../dist', import.meta.url));
  type Manifest = Record<string, { file: string; imports?: string[] }>;
  const files = (manifest: Manifest, keys: string[]) => {
    const found = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk) throw new Error(`${key} is not in the build manifest`);
      if (found.has(chunk.file)) return;
      found.add(chunk.file);
      chunk.imports?.forEach(visit);
    };
    ['index.html', ...keys].forEach(visit);
    return [...found].filter((file) => file.endsWith('.js'));
  };

  it('loads neither vue-i18n, urql, Element Plus, ECharts nor the QR encoder', () => {
    const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
    for (const page of ['PublicClueSubmitPage', 'PublicClueTrackPage', 'PublicClueListPage']) {
      const loaded = files(manifest, [`src/surfaces/public/${page}.vue`]);
      const text = loaded.map((file) => readFileSync(path.join(dist, file), 'utf8')).join('\n');
      expect(text, page).not.toMatch(/name:\s*["'`]El[A-Z]\w+["'`]/);
      expect(text, page).not.toMatch(/\[GraphQL\] |\[Network\] /);
      expect(text, page).not.toMatch(/createI18n|zrender|qrcode/i);
    }
  });
});

import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient, planSession, startLive, submitClueAsPhone, TEST_PASSWORD, type PlannedSession } from './api';
import { axeViolations } from './axe';
import { shot, STAGE, type Device, useBrowser } from './browser';

// WCAG 2.1 A/AA on the staff pages: every page each role lands on or opens from its navigation, the
// planning page with its dialog open, the host console (its health figures shown) and the broadcast
// screen with a live session; then the host console driven with the keyboard alone through a round.
// Each test gathers every page's violations before it fails, so one run names them all.

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const { newDevice } = useBrowser(baseURL);
const devices: Device[] = [];
const DESK = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' };

let adminToken: string;
let hostToken: string;
/** A draft, for the planning page. */
let draftId: string;
/** On air with its first question not yet asked: the consoles, the screen. */
let live: PlannedSession;
/** On air, for the keyboard run. */
let keyboardLive: PlannedSession;
/** A follow-up item (from a round closed without votes). */
let itemId: string;

const hours = (n: number) => new Date(Date.now() + n * 3600_000).toISOString();
const host = (verb: string, id: string) => api.ok(`mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id }, hostToken);

/** A clue as a phone sends it (its own device token), for the triage board. */
async function sendClue(sessionId: string, title: string): Promise<void> {
  const input = { sessionId, title, description: `${title}，请尽快处理。`, category: 'PROPERTY_SERVICE', anonymous: true };
  await submitClueAsPhone(baseURL, input);
}

beforeAll(async () => {
  [adminToken, hostToken] = await Promise.all([api.login('admin'), api.login('host')]);

  const draft = await api.ok<{ createSession: { id: string } }>(
    'mutation($input: SessionInput!) { createSession(input: $input) { id } }',
    { input: { title: '无障碍检查草稿', theme: '公共服务', scheduledAt: hours(48), settings: {} } },
    adminToken,
  );
  draftId = draft.createSession.id;

  // An item for the follow-up pages: a question aired and closed without votes leaves one.
  const aired = await planSession(api, adminToken, {
    title: '无障碍检查已播场次',
    theme: '道路养护',
    questions: [{ title: '背街小巷路灯长期不亮', questioner: '县人大代表 王敏', respondent: '县住建局局长 李强' }],
  });
  await api.ok(
    'mutation($input: ClueCallInput!) { setClueCall(input: $input) { open } }',
    { input: { sessionId: aired.id, opensAt: hours(-1), closesAt: hours(48) } },
    adminToken,
  );
  await sendClue(aired.id, '小区门口井盖松动');
  await startLive(api, aired.id, hostToken);
  for (const verb of ['askQuestion', 'startAnswer', 'openVoting', 'closeVoting']) await host(verb, aired.questions[0]!.id);
  await api.ok('mutation($id: ID!) { endSession(id: $id) { id } }', { id: aired.id }, hostToken);
  for (let i = 0; i < 100 && !itemId; i++) {
    const { followUps } = await api.ok<{ followUps: { nodes: { id: string }[] } }>(
      'query($search: String) { followUps(first: 5, search: $search) { nodes { id } } }',
      { search: '背街小巷路灯长期不亮' },
      adminToken,
    );
    if (followUps.nodes[0]) itemId = followUps.nodes[0].id;
    else await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!itemId) throw new Error('no follow-up item was made');

  const question = (title: string) => ({ title, questioner: '县人大代表 张丽', respondent: '县住建局局长 李强' });
  live = await planSession(api, adminToken, {
    title: '无障碍检查直播场次',
    theme: '老旧小区改造',
    questions: [question('老旧小区加装电梯进展缓慢'), question('雨污分流工程扰民')],
  });
  await api.ok(
    'mutation($id: ID!, $input: MessageSettingsInput!) { setMessageSettings(sessionId: $id, input: $input) { enabled } }',
    { id: live.id, input: { enabled: true } },
    adminToken,
  );
  await startLive(api, live.id, hostToken);
  keyboardLive = await planSession(api, adminToken, {
    title: '键盘主持场次',
    theme: '停车管理',
    questions: [question('老城区停车难'), question('共享单车乱停放')],
  });
  await startLive(api, keyboardLive.id, hostToken);
}, 120_000);

afterAll(async () => {
  // The live sessions end, so the tests after this one find nothing of theirs on air.
  for (const session of [live, keyboardLive]) if (session) await host('endSession', session.id).catch(() => undefined);
});

afterEach(async () => {
  await Promise.all(devices.splice(0).map((device) => device.context.close()));
});

async function signedIn(username: string, landing: RegExp): Promise<Page> {
  const device = await newDevice(username, DESK);
  devices.push(device);
  const { page } = device;
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(TEST_PASSWORD);
  await page.getByLabel('密码').press('Enter');
  await page.waitForURL((url) => landing.test(url.pathname));
  return page;
}

/** Lets the page finish loading: its requests answered, its loading notes gone. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  await page
    .waitForFunction(
      () => ![...document.querySelectorAll('[role="status"]')].some((s) => /加载中|正在加载/.test(s.textContent ?? '')),
      undefined,
      {
        timeout: 5_000,
      },
    )
    .catch(() => undefined);
  // Element Plus's transitions (dialogs, tabs) take 0.3 s; axe measures contrast on the final colours.
  await page.waitForTimeout(400);
}

/** Violations found so far in this test, each prefixed with where. */
const found: string[] = [];
async function check(page: Page, where: string): Promise<void> {
  await settled(page);
  found.push(...(await axeViolations(page)).map((violation) => `${where} — ${violation}`));
}
async function visit(page: Page, address: string): Promise<void> {
  await page.goto(address);
  await check(page, address);
}
afterEach(() => {
  found.length = 0;
});

describe('the staff pages', () => {
  it('have no WCAG 2.1 A/AA violation for the administrator, dialogs open included', { timeout: 240_000 }, async () => {
    const page = await signedIn('admin', /^\/admin\/sessions$/);
    await check(page, 'landing /admin/sessions');
    for (const address of [
      '/admin/sessions/new',
      '/admin/sessions/kind-defaults',
      '/admin/clues/categories',
      '/admin/follow-ups',
      '/admin/follow-ups/settings',
      '/admin/follow-ups/committees',
      `/admin/follow-ups/${itemId}`,
      '/admin/representatives',
      '/admin/representatives/participation',
      '/admin/sensitive-words',
      '/admin/stats',
      '/admin/departments',
      '/account',
    ])
      await visit(page, address);

    // Planning: the draft with the question dialog open.
    await visit(page, `/admin/sessions/${draftId}`);
    await page.getByRole('button', { name: '添加问题' }).click();
    await page.getByRole('dialog', { name: '添加问题' }).waitFor();
    await check(page, 'planning, 添加问题 dialog');
    await page.keyboard.press('Escape');
    // A live session's planning page: frozen plan, roll and join details.
    await visit(page, `/admin/sessions/${live.id}`);

    // Clue triage: the board, then a clue opened.
    await visit(page, '/admin/clues');
    const clue = page.getByText('小区门口井盖松动').first();
    await clue.click();
    await check(page, 'clue triage, a clue opened');

    expect(found).toEqual([]);
  });

  it('have no WCAG 2.1 A/AA violation for the host: the sessions, the console with its figures, the broadcast screen', {
    timeout: 120_000,
  }, async () => {
    const page = await signedIn('host', /^\/host$/);
    await check(page, 'landing /host');
    await page.goto(`/host/${live.id}`);
    await page.getByTestId('live-status').getByText('实时同步中').waitFor();
    await check(page, 'host console');
    await page.getByTestId('health-toggle').click();
    const panel = page.getByTestId('health-panel');
    await panel.locator('tr[data-figure="database"]').getByText('正常').first().waitFor();
    await check(page, 'host console, server health open');
    await shot(page, 'a11y-staff-host-health');
    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    await host('askQuestion', live.questions[0]!.id);
    await page.getByTestId('on-air-phase').getByText('提问中').waitFor();
    await check(page, 'host console, a question on air');

    const screen = await newDevice('screen', STAGE);
    devices.push(screen);
    await screen.page.goto(`/screen/${live.id}`);
    await screen.page.getByText('老旧小区加装电梯进展缓慢').first().waitFor();
    await check(screen.page, 'broadcast screen');
    await visit(screen.page, `/screen/${live.id}/overlay`);

    expect(found).toEqual([]);
  });

  it('have no WCAG 2.1 A/AA violation for the department, the representative, the moderator and the security administrator', {
    timeout: 180_000,
  }, async () => {
    const department = await signedIn('dept', /^\/department$/);
    await check(department, 'landing /department');
    await visit(department, `/department/items/${itemId}`);

    const representative = await signedIn('rep', /^\/representative$/);
    await check(representative, 'landing /representative');
    for (const address of ['/representative/items', '/representative/proposals', '/representative/figures', '/representative/code'])
      await visit(representative, address);

    const moderator = await signedIn('mod', /^\/moderate$/);
    await check(moderator, 'landing /moderate');
    await visit(moderator, `/moderate/${live.id}`);

    // 安全管理员: the staff accounts and the audit log.
    const security = await signedIn('security', /^\/security/);
    await check(security, 'landing /security');
    for (const address of ['/security/accounts', '/security/audit']) await visit(security, address);

    expect(found).toEqual([]);
  });
});

/** Presses Tab until `target` has the focus, at most `max` times; the focus must show. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) {
      await expectVisibleFocus(page);
      return;
    }
  }
  throw new Error(`${target} was not reached with ${max} presses of Tab`);
}

/** The focused element is drawn with an outline or a ring (not just the browser's default, which some resets hide). */
async function expectVisibleFocus(page: Page): Promise<void> {
  const ring = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    return {
      name: element.textContent?.trim().slice(0, 30),
      visible: element.matches(':focus-visible'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      shadow: style.boxShadow !== 'none',
    };
  });
  expect(ring.visible, `${ring.name}: :focus-visible`).toBe(true);
  expect(ring.outline || ring.shadow, `${ring.name}: no outline or ring when focused`).toBe(true);
}

describe('the host console with the keyboard alone', () => {
  it('asks, opens the vote, closes it, reveals and moves on with Tab, Enter and Space; the focus shows', { timeout: 120_000 }, async () => {
    const page = await signedIn('host', /^\/host$/);
    // From the sessions list to the console by keyboard.
    await tabTo(page, page.getByRole('link', { name: '进入控制台：键盘主持场次' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/host/${keyboardLive.id}`);
    await page.getByTestId('live-status').getByText('实时同步中').waitFor();
    const phase = page.getByTestId('on-air-phase');

    // The connection indicator is reached and opened with the keyboard too.
    await tabTo(page, page.getByTestId('health-toggle'));
    await page.keyboard.press('Enter');
    await page.getByTestId('health-panel').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('health-toggle').evaluate((b) => b === document.activeElement)).toBe(true);

    await tabTo(page, page.getByRole('button', { name: '提问下一题' }));
    await page.keyboard.press('Enter');
    await phase.getByText('提问中').waitFor();

    await tabTo(page, page.getByRole('button', { name: '开始答复' }));
    await page.keyboard.press('Space');
    await phase.getByText('答复中').waitFor();

    await tabTo(page, page.getByRole('button', { name: '开始测评投票' }));
    await page.keyboard.press('Enter');
    await phase.getByText('测评中').waitFor();

    await tabTo(page, page.getByRole('button', { name: '提前结束投票' }));
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog', { name: '提前结束投票' });
    await confirm.waitFor();
    await tabTo(page, confirm.getByRole('button', { name: '提前结束投票' }), 10);
    await page.keyboard.press('Enter');
    await phase.getByText('已测评').waitFor();

    // Closing hands the focus to the reveal: Enter reveals.
    const reveal = page.getByTestId('reveal-next');
    await expect.poll(() => reveal.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByTestId('reveal-state').getByText('已在大屏和手机公布').waitFor();

    await tabTo(page, page.getByRole('button', { name: '提问下一题' }));
    await expectVisibleFocus(page);
    await shot(page, 'a11y-staff-host-keyboard');
    await page.keyboard.press('Space');
    await page.getByTestId('on-air').getByText('共享单车乱停放').first().waitFor();
    await phase.getByText('提问中').waitFor();
  });
});

import { randomUUID } from 'node:crypto';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { contrastRatio, shot, signInAt, useBrowser } from './browser';

const baseURL = inject('baseURL');
const { newDevice } = useBrowser(baseURL);
const contexts: BrowserContext[] = [];

/** A desk's page, closed after each test. */
async function newPage(): Promise<Page> {
  const { context, page } = await newDevice('desk', { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  contexts.push(context);
  context.setDefaultTimeout(10_000);
  return page;
}

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

const look = (page: Page, name: string) => shot(page, name, { fullPage: true });

/** A GraphQL request as a phone makes it: no cookie, an audience pass in a header if it has one. */
async function api<T>(query: string, variables: Record<string, unknown>, deviceToken?: string): Promise<T> {
  const response = await fetch(`${baseURL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(deviceToken ? { 'x-device-token': deviceToken } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(`${query.slice(0, 50)}…: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

async function joinOnline(joinCode: string): Promise<string> {
  const data = await api<{ joinSession: { token: string } }>('mutation($code: String!) { joinSession(joinCode: $code) { token } }', {
    code: joinCode,
  });
  return data.joinSession.token;
}

async function claimSeat(joinCode: string, seatCode: string): Promise<string> {
  const data = await api<{ claimSeat: { token: string } }>('mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { token } }', {
    input: { joinCode, seatCode },
  });
  return data.claimSeat.token;
}

async function vote(token: string, roundId: string, choice: string) {
  await api(
    'mutation($input: CastVoteInput!) { castVote(input: $input) { roundId } }',
    { input: { roundId, choice, ballotId: randomUUID() } },
    token,
  );
}

async function openRoundId(sessionId: string): Promise<string> {
  const data = await api<{ liveState: { question: { round: { id: string } | null } | null } }>(
    'query($id: ID!) { liveState(sessionId: $id) { question { round { id } } } }',
    { id: sessionId },
  );
  const id = data.liveState.question?.round?.id;
  if (!id) throw new Error('no round is open');
  return id;
}

async function addQuestion(page: Page, question: { title: string; body: string; questioner: string; respondent: string }) {
  await page.getByRole('button', { name: '添加问题' }).click();
  const dialog = page.getByRole('dialog', { name: '添加问题' });
  // The dialog puts the cursor in its first field once it has opened.
  await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'title');
  await dialog.getByLabel('问题标题').fill(question.title);
  await dialog.getByLabel('问题内容').fill(question.body);
  await dialog.getByLabel('提问人').fill(question.questioner);
  await dialog.getByLabel('答复人').fill(question.respondent);
  await dialog.getByLabel('应询部门').click();
  await dialog.getByRole('option', { name: /住建局/ }).click();
  await dialog.getByRole('button', { name: '添加问题' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByTestId('running-order').getByText(question.title).waitFor();
}

/** The question titles of a running order, in order. */
const titles = (list: Locator) =>
  list
    .locator('[data-question-id]')
    .evaluateAll((items) => items.map((item) => item.querySelector('[data-testid="question-title"]')?.textContent?.trim()));

/** Clicks an action that asks first, and confirms it in the dialog. */
async function confirmAction(page: Page, button: string, dialogTitle: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: dialogTitle });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('session planning and the host console', () => {
  it('plans a session, runs a rehearsal of it from two consoles and resets it', { timeout: 110_000 }, async () => {
    const title = `住建专场问政 ${Date.now().toString(36)}`;

    // —— The administrator plans the session.
    const admin = await newPage();
    try {
      await signInAt(admin, '/admin/departments', 'admin');
      await admin.getByRole('link', { name: '问政活动' }).click();
      await admin.waitForURL('**/admin/sessions');
      await admin.getByRole('heading', { name: '问政活动' }).waitFor();
      await admin.getByRole('button', { name: '新建问政活动' }).click();
      await admin.waitForURL('**/admin/sessions/new');

      const form = admin.locator('#session-form');
      await form.getByLabel('标题', { exact: true }).fill(title);
      await form.getByLabel('主题', { exact: true }).fill('加强物业管理');
      await form.getByLabel('计划时间').fill('2026-06-01T19:30');
      await form.getByLabel('现场权重（%）').fill('70');
      await form.getByRole('button', { name: '创建' }).click();
      // Weights that do not add up to 100 are refused beside the field, with the formula shown.
      await admin.getByTestId('weights-error').getByText('现场与网络权重之和须为 100%（现为 110%）').waitFor();
      await admin.getByTestId('weights-formula').getByText('综合满意率 = 现场满意率 × 70% + 网络满意率 × 40%').waitFor();
      // The cursor goes to the field to fix.
      expect(await form.getByLabel('网络权重（%）').evaluate((input) => input === document.activeElement)).toBe(true);
      await look(admin, 'host-01-weights-invalid');

      await form.getByLabel('网络权重（%）').fill('30');
      await form.getByRole('button', { name: '创建' }).click();
      await admin.waitForURL((url) => /^\/admin\/sessions\/[\w-]{20,}$/.test(url.pathname));
      const sessionId = new URL(admin.url()).pathname.split('/').pop()!;
      await admin.getByRole('heading', { name: title }).waitFor();
      await admin.getByTestId('session-status').getByText('草稿').waitFor();
      expect(await contrastRatio(admin.getByTestId('session-status'))).toBeGreaterThanOrEqual(4.5);
      await admin.getByTestId('weights-sum').getByText('合计 100%').waitFor();

      await addQuestion(admin, {
        title: '物业费收了服务跟不上',
        body: '小区物业收费后长期不修电梯，主管部门如何监管？',
        questioner: '县人大代表 王建华',
        respondent: '县住建局局长 李明',
      });
      await addQuestion(admin, {
        title: '老旧小区加装电梯进展缓慢',
        body: '加装电梯的补贴为何迟迟不到位？',
        questioner: '市民代表 张丽',
        respondent: '县住建局副局长 赵强',
      });
      const order = admin.getByTestId('running-order');
      expect(await titles(order)).toEqual(['物业费收了服务跟不上', '老旧小区加装电梯进展缓慢']);

      // Reordering by keyboard: the focus stays on the moved question.
      await admin.getByRole('button', { name: '将“老旧小区加装电梯进展缓慢”上移一位' }).focus();
      await admin.keyboard.press('Enter');
      await admin.getByText('“老旧小区加装电梯进展缓慢”已移到第 1 位。').waitFor({ state: 'attached' });
      expect(await titles(order)).toEqual(['老旧小区加装电梯进展缓慢', '物业费收了服务跟不上']);
      expect(await admin.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('将“老旧小区加装电梯进展缓慢”下移一位');

      // Three blank seats on the studio roll: its size is the studio electorate.
      const roll = admin.getByTestId('studio-roll');
      await roll.getByRole('tab', { name: '空白席位码' }).click();
      await roll.getByLabel('空白席位码数量').fill('3');
      await roll.getByRole('button', { name: '发放席位码' }).click();
      await roll.getByTestId('roll-count').getByText('名册 3 人').waitFor();
      await roll.getByTestId('seat-summary').getByText('已认领席位码 0 个').waitFor();
      const seatCodes = await admin.getByTestId('seat-table').locator('tbody td.admin-table__mono').allInnerTexts();
      expect(seatCodes).toHaveLength(3);
      const joinCode = (await admin.getByTestId('join-code').innerText()).trim();
      expect(joinCode).toMatch(/^\d{6}$/);
      expect(await admin.getByTestId('join-url').inputValue()).toBe(`${baseURL}/vote/${joinCode}`);
      await look(admin, 'host-02-session-planned');

      await admin.getByRole('link', { name: '打印席位码' }).click();
      await admin.getByTestId('seat-sheet').getByText(seatCodes[0]!).waitFor();
      expect(await admin.getByTestId('seat-sheet').locator('li').count()).toBe(3);
      // As printed: cards only, no toolbar.
      await admin.emulateMedia({ media: 'print' });
      expect(await admin.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
      await look(admin, 'host-03-seat-sheet');
      await admin.emulateMedia({ media: 'screen' });
      await admin.getByRole('link', { name: '返回活动' }).click();

      await admin.getByRole('button', { name: '发布' }).click();
      const publish = admin.getByRole('dialog', { name: '发布问政活动' });
      await publish.getByRole('button', { name: '确定' }).click();
      await admin.getByTestId('session-status').getByText('已发布').waitFor();
      expect(await contrastRatio(admin.getByTestId('session-status'))).toBeGreaterThanOrEqual(4.5);
      await admin.getByRole('link', { name: '返回问政活动列表' }).click();
      await admin.getByRole('searchbox', { name: '搜索问政活动' }).fill(title);
      await admin.getByTestId('total-count').getByText('共 1 条').waitFor();
      await admin.getByTestId('session-table').getByRole('cell', { name: '已发布' }).waitFor();
      await look(admin, 'host-04-session-list');
      await admin.getByRole('link', { name: title }).click();
      await admin.getByRole('heading', { name: title }).waitFor();

      // —— The host opens the console.
      const host = await newPage();
      await signInAt(host, '/host', 'host');
      await host.getByRole('heading', { name: '主持人控制台' }).waitFor();
      // However many sessions there are, the title finds this one.
      await host.getByRole('searchbox', { name: '搜索问政活动' }).fill(title);
      await host.getByTestId('host-sessions').getByTestId('session-pick').getByText(title).waitFor();
      await expect.poll(() => host.getByTestId('session-pick').count()).toBe(1);
      await look(host, 'host-04b-session-picker');
      await host.getByRole('link', { name: `进入控制台：${title}` }).click();
      await host.waitForURL(`**/host/${sessionId}`);
      await host.getByRole('heading', { name: title }).waitFor();
      await host.getByTestId('live-status').getByText('实时同步中').waitFor();
      // Before air, the pre-live check: warnings (no rehearsal yet, no stream address), no blocker.
      const preLive = host.getByTestId('pre-live');
      await preLive.locator('[data-code="NO_REHEARSAL"]').getByText('本场尚未排练').waitFor();
      await preLive.locator('[data-code="NO_STREAM_URL"]').getByText('未设置直播流地址').waitFor();
      expect(await preLive.locator('[data-code="NO_QUESTIONS"]').count()).toBe(0);
      expect(await host.getByRole('button', { name: '正式开始直播' }).isEnabled()).toBe(true);
      // The volume per address is watched from the start; nobody has joined yet.
      await host.getByTestId('address-volumes').getByText('还没有网络参与记录。').waitFor();
      await look(host, 'host-05-console-ready');

      // A rehearsal starts without confirming the warnings.

      await host.getByRole('button', { name: '开始排练' }).click();
      await host.getByTestId('rehearsal-banner').waitFor();
      await host.getByTestId('session-status').getByText('直播中').waitFor();
      // 直播中 and 彩排 read clearly in a dim control room: WCAG AA contrast (4.5:1).
      expect(await contrastRatio(host.getByTestId('session-status'))).toBeGreaterThanOrEqual(4.5);
      expect(await contrastRatio(host.getByTestId('rehearsal-tag'))).toBeGreaterThanOrEqual(4.5);

      const phase = host.getByTestId('on-air-phase');
      await host.getByRole('button', { name: '提问下一题' }).click();
      await phase.getByText('提问中').waitFor();
      expect(await contrastRatio(phase)).toBeGreaterThanOrEqual(4.5);
      expect(await host.getByTestId('on-air').getByRole('heading').innerText()).toBe('老旧小区加装电梯进展缓慢');
      await host.getByRole('button', { name: '开始答复' }).click();
      await phase.getByText('答复中').waitFor();
      await host.getByRole('button', { name: '撤销上一步' }).click();
      await phase.getByText('提问中').waitFor();
      // The keyboard stays in the controls when the button used goes away.
      expect(await host.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
      await host.getByRole('button', { name: '开始答复' }).click();
      await phase.getByText('答复中').waitFor();

      // A second console (another browser) follows the same state. The test can hold back its live
      // updates, to use a control that has gone out of date.
      const second = await newPage();
      let holdUpdates = false;
      await second.routeWebSocket(/\/graphql$/, (socket) => {
        const server = socket.connectToServer();
        server.onMessage((message) => {
          if (!holdUpdates) socket.send(message);
        });
      });
      await signInAt(second, `/host/${sessionId}`, 'host');
      await second.getByTestId('on-air-phase').getByText('答复中').waitFor();
      await second.getByTestId('rehearsal-banner').waitFor();

      await host.getByRole('button', { name: '开始测评投票' }).click();
      await phase.getByText('测评中').waitFor();
      await host
        .getByTestId('studio-countdown')
        .getByText(/^剩余 [01]:\d\d$/)
        .waitFor();
      await second.getByTestId('on-air-phase').getByText('测评中').waitFor();

      // Votes arrive from phones over the API: one representative in the studio, two online.
      const roundId = await openRoundId(sessionId);
      const [studio, phoneA, phoneB] = await Promise.all([claimSeat(joinCode, seatCodes[0]!), joinOnline(joinCode), joinOnline(joinCode)]);
      await vote(studio, roundId, 'SATISFIED');
      await vote(phoneA, roundId, 'SATISFIED');
      await vote(phoneB, roundId, 'UNSATISFIED');
      await host.getByTestId('studio-turnout').getByText('现场 1 / 名册 3 人').waitFor();
      await host.getByTestId('online-turnout').getByText('网络 2 票').waitFor();
      await host.getByTestId('channel-ONLINE').getByText('满意率 50%').waitFor();
      // One of three on the roll is not more than half (the default quorum): the online vote decides.
      await host.getByTestId('composite').getByText('50%').waitFor();
      await host
        .getByTestId('quorum-note')
        .getByText('截至目前：现场参评 1 人，未过名册 3 人的半数（需 2 人），按网络测评结果计')
        .waitFor();
      await second.getByTestId('studio-turnout').getByText('现场 1 / 名册 3 人').waitFor();
      // The passes from this machine's address are counted, and not flagged.
      await host.getByTestId('address-volume').first().getByText('127.0.0.1').waitFor({ timeout: 15_000 });
      await host.getByTestId('flagged-count').getByText('超限 0 个').waitFor();
      await look(host, 'host-06-voting');

      await confirmAction(host, '提前结束投票', '提前结束投票');
      await host.getByRole('heading', { name: '最终结果' }).waitFor();
      await host.getByTestId('reveal-state').getByText('尚未公布').waitFor();
      await host.getByTestId('outcome').getByText('不满意', { exact: true }).waitFor();
      await host.getByTestId('quorum-note').getByText('现场参评 1 人，未过名册 3 人的半数（需 2 人），按网络测评结果计').waitFor();
      await phase.getByText('已测评').waitFor();
      // Revealing is the next step: the big button, with the keyboard on it.
      const reveal = host.getByTestId('reveal-next');
      await expect.poll(() => reveal.evaluate((button) => button === document.activeElement)).toBe(true);
      expect(await reveal.innerText()).toBe('公布结果');
      await host.getByTestId('reveal-next-hint').getByText('投票已结束，下一步：公布结果。').waitFor();
      await look(host, 'host-06b-closed-quorum');
      // Moving on without revealing asks first, and going back leaves the result as it was.
      await host.getByRole('button', { name: '提问下一题' }).click();
      const unrevealed = host.getByRole('dialog', { name: '结果尚未公布' });
      await unrevealed.getByText('第 1 题“老旧小区加装电梯进展缓慢”的测评结果尚未公布', { exact: false }).waitFor();
      await host.waitForTimeout(400); // the dialog's fade-in, for the picture
      await look(host, 'host-06c-move-on-confirm');
      await unrevealed.getByRole('button', { name: '返回' }).click();
      await unrevealed.waitFor({ state: 'hidden' });
      await phase.getByText('已测评').waitFor();
      await host.getByTestId('reveal-state').getByText('尚未公布').waitFor();

      await reveal.click();
      await host.getByTestId('reveal-state').getByText('已在大屏和手机公布').waitFor();
      await second.getByTestId('reveal-state').getByText('已在大屏和手机公布').waitFor();
      await look(host, 'host-07-revealed');
      await look(second, 'host-08-second-console');

      await second.getByRole('button', { name: '提问下一题' }).waitFor();
      holdUpdates = true;
      await host.getByRole('button', { name: '提问下一题' }).click();
      await phase.getByText('提问中').waitFor();
      // The second console did not hear of it; the server refuses its stale step, and it catches up.
      await second.getByRole('button', { name: '提问下一题' }).click();
      await second
        .getByTestId('action-error')
        .getByText(/^当前状态下不能这样操作/)
        .waitFor();
      await second.getByTestId('on-air-phase').getByText('提问中').waitFor();
      holdUpdates = false;
      await look(second, 'host-09-stale-step-refused');
      // What the console counts: phones connected with a pass, e.g. one on the vote page.
      const phone = await newDevice('phone', { viewport: { width: 390, height: 844 } });
      await phone.page.goto(`/vote/${joinCode}`);
      await host
        .getByTestId('connected-phones')
        .getByText(/^在线手机 [1-9]/)
        .waitFor();
      await phone.context.close();

      await confirmAction(host, '结束直播', '结束直播');
      await host.getByTestId('session-status').getByText('已结束').waitFor();
      expect(await contrastRatio(host.getByTestId('session-status'))).toBeGreaterThanOrEqual(4.5);
      await confirmAction(host, '重置排练', '重置排练');
      await host.getByTestId('session-status').getByText('已发布').waitFor();
      await host.getByTestId('rehearsal-banner').waitFor({ state: 'detached' });
      expect(await host.getByTestId('host-question').evaluateAll((items) => items.map((item) => item.getAttribute('data-phase')))).toEqual([
        'PENDING',
        'PENDING',
      ]);
      await second.getByRole('button', { name: '正式开始直播' }).waitFor();
      await look(host, 'host-10-reset');

      // The console in English.
      await host.getByLabel('语言').selectOption('en');
      await host.getByRole('heading', { name: 'Controls' }).waitFor();
      await host.getByRole('button', { name: 'Go on air' }).waitFor();
      await look(host, 'host-11-english');
      await host.getByLabel('Language').selectOption('zh-CN');

      // Going on air lists the warnings still open and needs them acknowledged first.
      await host.getByTestId('pre-live').locator('[data-code="NO_REHEARSAL"]').waitFor({ state: 'detached' });
      await host.getByRole('button', { name: '正式开始直播' }).click();
      const goLive = host.getByRole('dialog', { name: '正式开始直播' });
      const warnings = goLive.getByTestId('start-live-warnings');
      await warnings.locator('li').first().waitFor();
      // One claimed seat of three cannot reach a majority; no stream address was set.
      expect(await warnings.locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-code')))).toEqual([
        'QUORUM_UNREACHABLE',
        'NO_STREAM_URL',
      ]);
      await warnings.getByText('未设置直播流地址').waitFor();
      const goLiveButton = goLive.getByRole('button', { name: '正式开始直播', exact: true });
      expect(await goLiveButton.isDisabled()).toBe(true);
      await look(host, 'host-12a-go-live-warnings');
      await goLive.getByText('我已知悉以上提示', { exact: true }).click();
      expect(await goLive.getByRole('checkbox', { name: '我已知悉以上提示' }).isChecked()).toBe(true);
      expect(await goLiveButton.isEnabled()).toBe(true);
      await goLiveButton.click();
      await goLive.waitFor({ state: 'hidden' });
      await host.getByTestId('session-status').getByText('直播中').waitFor();

      // Once on air, the plan's settings are frozen for the administrator.
      await admin.reload();
      await admin.getByTestId('session-notice').getByText('已冻结', { exact: false }).waitFor();
      expect(await admin.locator('#session-form').getByLabel('标题', { exact: true }).isDisabled()).toBe(true);
      await look(admin, 'host-12-frozen');
    } catch (error) {
      for (const [index, context] of contexts.entries()) {
        for (const page of context.pages()) await look(page, `failure-host-${index}`).catch(() => undefined);
      }
      throw error;
    }
  });
});

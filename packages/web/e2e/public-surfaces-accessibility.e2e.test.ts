import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient, planSession, startLive, submitClueAsPhone, type PlannedSession } from './api';
import { expectNoAxeViolations } from './axe';
import { PHONE, shot, type Device, useBrowser } from './browser';

// 适老化 and accessibility on the public pages and the vote page: no WCAG 2.1 A/AA violation axe-core
// can find, in the standard look and in 长辈模式 (elder mode); elder mode switched, remembered and
// applied from the first paint; the vote's progress read out to screen readers; the vote and the
// clue form used with the keyboard alone. (Named to run after the clue board's test, which counts the
// clues it finds: the browser tests share one database and run in name order.)

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const { newDevice } = useBrowser(baseURL);
const devices: Device[] = [];

let adminToken: string;
let hostToken: string;
/** A held session with an open call for clues and one published clue. */
let held: PlannedSession;

const hours = (n: number) => new Date(Date.now() + n * 3600_000).toISOString();
const CLUE_TITLE = '社区卫生服务中心挂号排队太久';

/** A clue sent as a phone would (its own device token), then published by staff with a reply. */
async function publishedClue(sessionId: string): Promise<void> {
  const input = {
    sessionId,
    title: CLUE_TITLE,
    description: `${CLUE_TITLE}，老人常常要等一上午。`,
    category: 'PROPERTY_SERVICE',
    anonymous: true,
  };
  const submitClue = await submitClueAsPhone(baseURL, input);
  await api.ok(
    'mutation($input: ReplyToClueInput!) { replyToClue(input: $input) { id } }',
    { input: { clueId: submitClue.id, reply: '已协调增加挂号窗口。' } },
    adminToken,
  );
  await api.ok('mutation($id: ID!) { setCluePublished(clueId: $id, published: true) { id } }', { id: submitClue.id }, adminToken);
}

/**
 * The innermost elements reaching past the phone's width, to name them when a page scrolls sideways
 * (a mobile browser widens its window to the content, so the phone's width is passed in).
 */
const overflowing = (page: Page) =>
  page.evaluate((width) => {
    const beyond = (element: Element) => element.getBoundingClientRect().right > width + 1;
    return [...document.querySelectorAll('body *')]
      .filter((element) => beyond(element) && ![...element.children].some(beyond))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} “${element.textContent?.slice(0, 40)}”`)
      .join('; ');
  }, PHONE.viewport!.width);

beforeAll(async () => {
  [adminToken, hostToken] = await Promise.all([api.login('admin'), api.login('host')]);
  held = await planSession(api, adminToken, {
    title: '方便老年人办事专题问政',
    theme: '方便老年人办事',
    questions: [{ title: '老年人看病挂号难如何解决？', questioner: '县人大代表 王敏', respondent: '县卫健局局长 李强' }],
  });
  await api.ok(
    'mutation($input: ClueCallInput!) { setClueCall(input: $input) { open } }',
    { input: { sessionId: held.id, opensAt: hours(-1), closesAt: hours(48) } },
    adminToken,
  );
  await publishedClue(held.id);
  await startLive(api, held.id, hostToken);
  await api.ok('mutation($id: ID!) { endSession(id: $id) { id } }', { id: held.id }, hostToken);
}, 90_000);

afterEach(async () => {
  await Promise.all(devices.splice(0).map((device) => device.context.close()));
});

async function open(name: string): Promise<Page> {
  const device = await newDevice(name, PHONE);
  devices.push(device);
  return device.page;
}

/** Presses Tab until `target` has the focus (it must be reachable by keyboard), at most `max` times. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${target} was not reached with ${max} presses of Tab`);
}

/** The type size the reader sees (the computed size times the zoom elder mode applies). */
const shownFontSize = (locator: Locator) =>
  locator.evaluate(
    (element) =>
      parseFloat(getComputedStyle(element).fontSize) * ((element as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1),
  );

const elderClass = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('elder'));

/** Each public page, and what shows once it has loaded. */
const publicPages = (): { address: string; ready: (page: Page) => Locator }[] => [
  { address: '/', ready: (page) => page.getByTestId('home-sessions') },
  { address: `/clues?session=${held.id}`, ready: (page) => page.getByTestId('clue-call-theme') },
  { address: '/clues/track', ready: (page) => page.getByLabel('查询码') },
  { address: `/clues/list?session=${held.id}`, ready: (page) => page.getByTestId('public-clue').filter({ hasText: CLUE_TITLE }) },
  // 代表码: the test seed's representative, with the clue form addressed to them.
  { address: '/r/TESTREP2', ready: (page) => page.getByTestId('representative-name') },
  { address: '/results', ready: (page) => page.getByTestId('session-card').first() },
  { address: `/results/${held.id}`, ready: (page) => page.getByTestId('disclosure-title') },
  { address: '/no-such-page', ready: (page) => page.getByRole('status') },
];

describe('the public pages', () => {
  it('have no WCAG 2.1 A/AA violation, in the standard look and in elder mode, which is switched and remembered', {
    timeout: 120_000,
  }, async () => {
    const page = await open('reader');
    for (const { address, ready } of publicPages()) {
      await page.goto(address);
      await ready(page).waitFor();
      await expectNoAxeViolations(page, address);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${address}: ${await overflowing(page)}`).toBeLessThanOrEqual(
        PHONE.viewport!.width,
      );
    }
    await page.goto(`/results/${held.id}`);
    await page.getByTestId('disclosure-title').waitFor();
    await shot(page, 'a11y-00-results-standard');

    // The switch is beside the language switch; it is a toggle button named by its words.
    await page.goto('/');
    const toggle = page.getByRole('button', { name: '长辈模式' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const description = page.locator('.intro__description');
    expect(await shownFontSize(description)).toBeLessThan(18);
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await elderClass(page)).toBe(true);
    expect(await shownFontSize(page.locator('.home__staff'))).toBeGreaterThanOrEqual(18 * 0.9);
    await shot(page, 'a11y-01-home-elder', { fullPage: true });

    // Remembered, and applied by the entry before the page renders: no flash of the small type.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.getElementById('app')?.firstElementChild) return;
        (window as unknown as { elderAtFirstRender: boolean }).elderAtFirstRender = document.documentElement.classList.contains('elder');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    await page.getByTestId('home-sessions').waitFor();
    expect(await page.evaluate(() => (window as unknown as { elderAtFirstRender?: boolean }).elderAtFirstRender)).toBe(true);
    for (const { address, ready } of publicPages()) {
      await page.goto(address);
      await ready(page).waitFor();
      expect(await elderClass(page)).toBe(true);
      await expectNoAxeViolations(page, `${address} in elder mode`);
      // The larger type still fits a phone's width: nothing to scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${address}: ${await overflowing(page)}`).toBeLessThanOrEqual(
        PHONE.viewport!.width,
      );
    }
    // Body text is at least 18 px on the clue form.
    await page.goto(`/clues?session=${held.id}`);
    await page.getByTestId('clue-call-theme').waitFor();
    expect(await shownFontSize(page.getByLabel('标题'))).toBeGreaterThanOrEqual(18);
    await shot(page, 'a11y-02-clue-form-elder');
    await page.goto(`/clues/list?session=${held.id}`);
    await page.getByTestId('public-clue').first().waitFor();
    await shot(page, 'a11y-03-clue-list-elder');
    await page.goto(`/results/${held.id}`);
    await page.getByTestId('disclosure-title').waitFor();
    await shot(page, 'a11y-04-results-elder');

    // Switched off from any public page's bar, for every page.
    await page.getByRole('button', { name: '长辈模式' }).click();
    expect(await elderClass(page)).toBe(false);
    await page.goto('/');
    await page.getByTestId('home-sessions').waitFor();
    expect(await elderClass(page)).toBe(false);
  });

  it('take a clue from the keyboard alone', { timeout: 60_000 }, async () => {
    const page = await open('keyboard');
    await page.goto(`/clues?session=${held.id}`);
    await page.getByTestId('clue-call-theme').waitFor();

    await tabTo(page, page.getByLabel('标题'));
    await page.keyboard.type('养老服务中心的台阶太高');
    await tabTo(page, page.getByLabel('问题描述'));
    await page.keyboard.type('城关镇养老服务中心门口台阶很高，没有扶手，坐轮椅的老人进不去。');
    const category = page.getByLabel('问题分类');
    await tabTo(page, category);
    await page.keyboard.press('ArrowDown');
    expect(await category.inputValue()).not.toBe('');
    await tabTo(page, page.getByLabel('匿名反映'));
    await page.keyboard.press('Space');
    expect(await page.getByLabel('匿名反映').isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: '提交线索' }));
    await page.keyboard.press('Enter');
    await page.getByTestId('clue-sent').getByRole('heading', { name: '提交成功' }).waitFor();
    expect(await page.getByTestId('clue-tracking-code').inputValue()).toMatch(/^WZ[0-9A-Z]{8}$/);
    await expectNoAxeViolations(page, 'the clue sent');
  });
});

describe('the vote page', () => {
  it('joins and votes from the keyboard, reads the vote out, and has no WCAG 2.1 A/AA violation in either look', {
    timeout: 150_000,
  }, async () => {
    const session = await planSession(api, adminToken, {
      title: '无障碍测评专题问政',
      theme: '适老化改造',
      questions: [{ title: '老旧小区加装电梯为何推进慢？', questioner: '县人大代表 张敏', respondent: '县住建局局长 赵刚' }],
      settings: { windowSeconds: 45 },
    });
    const host = (verb: string, id: string) => api.ok(`mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id }, hostToken);
    const question = session.questions[0]!;

    // The standard look, from the keyboard: the code, then Enter.
    const phone = await open('keyboard-phone');
    await phone.goto('/vote');
    await phone.getByRole('heading', { name: '网络测评', level: 1 }).waitFor();
    await expectNoAxeViolations(phone, '/vote');
    await tabTo(phone, phone.getByLabel('场次码'));
    await phone.keyboard.type(session.joinCode);
    await phone.keyboard.press('Enter');
    await phone.waitForURL(`**/vote/${session.joinCode}`);
    await phone.getByTestId('vote-notice').getByText('问政尚未开始').waitFor();
    await expectNoAxeViolations(phone, 'the vote page before the start');

    // Another phone in elder mode, switched on from the vote page's bar.
    const elder = await open('elder-phone');
    await elder.goto('/vote');
    await elder.getByRole('button', { name: '长辈模式' }).click();
    expect(await elderClass(elder)).toBe(true);
    await expectNoAxeViolations(elder, '/vote in elder mode');
    await elder.goto(`/vote/${session.joinCode}`);
    await elder.getByTestId('vote-notice').waitFor();
    expect(await elderClass(elder)).toBe(true);
    expect(await shownFontSize(elder.getByTestId('vote-notice'))).toBeGreaterThanOrEqual(18);
    await expectNoAxeViolations(elder, 'the vote page before the start, in elder mode');

    await startLive(api, session.id, hostToken);
    await host('askQuestion', question.id);
    await host('startAnswer', question.id);
    await host('openVoting', question.id);

    // The opening is read out, then the last seconds, not every second.
    const announcer = phone.getByTestId('vote-announcer');
    await announcer.getByText('投票开始，限时 45 秒。请进行满意度测评').waitFor();
    expect(await announcer.getAttribute('aria-live')).toBe('polite');
    await announcer.evaluate((element) => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver(() => said.push(element.textContent ?? '')).observe(element, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const satisfied = phone.getByRole('button', { name: '满意', exact: true });
    await satisfied.waitFor();
    await expectNoAxeViolations(phone, 'the vote page, voting open');
    await elder.getByRole('button', { name: '满意', exact: true }).waitFor();
    await expectNoAxeViolations(elder, 'the vote page, voting open, in elder mode');
    // Zoomed by a fifth, the header's switches still fit on a narrow phone's screen.
    const offScreen = await elder.evaluate(() =>
      [...document.querySelectorAll('header button')]
        .filter((button) => button.getBoundingClientRect().right > document.documentElement.clientWidth)
        .map((button) => button.textContent?.trim()),
    );
    expect(offScreen).toEqual([]);
    await shot(elder, 'a11y-05-vote-elder');

    // Voting from the keyboard: Tab to the choice, Enter; the count is confirmed in a live region.
    await tabTo(phone, satisfied);
    await phone.keyboard.press('Enter');
    const status = phone.getByTestId('vote-status');
    await status.getByText('您的选择：满意').waitFor();
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await expectNoAxeViolations(phone, 'the vote page, vote counted');
    await elder.getByRole('button', { name: '基本满意', exact: true }).click();
    await elder.getByTestId('vote-status').getByText('您的选择：基本满意').waitFor();
    await expectNoAxeViolations(elder, 'the vote page, vote counted, in elder mode');
    await shot(elder, 'a11y-06-vote-counted-elder');

    // Less than 30, then less than 10 seconds left: read out once each, while the countdown ticked every second.
    await announcer.getByText('剩余不到 10 秒').waitFor({ timeout: 45_000 });
    await phone.waitForTimeout(2_000);
    expect(await phone.evaluate(() => (window as unknown as { said?: string[] }).said)).toEqual(['剩余不到 30 秒', '剩余不到 10 秒']);

    await host('closeVoting', question.id);
    await announcer.getByText('投票已截止').waitFor();
    await expectNoAxeViolations(phone, 'the vote page, voting closed');
  });
});

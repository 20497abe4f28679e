import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient, planSession, startLive } from './api';
import { PHONE, shot, type Device, useBrowser } from './browser';

// 问政场次与结果公示: the public list of sessions at /results and the latest few on the home page,
// each leading to its results; drafts never shown; the vote offered while a session is on air.

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const { newDevice } = useBrowser(baseURL);
const DESK: BrowserContextOptions = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' };

let adminToken: string;
let hostToken: string;
const devices: Device[] = [];

// One tag per run, so searches find this run's sessions only.
const tag = randomUUID().slice(0, 4);
const titles = {
  ended: `${tag} 2026年第二季度电视问政`,
  live: `${tag} 2026年第三季度电视问政`,
  upcoming: `${tag} 2026年第四季度电视问政`,
  draft: `${tag} 尚未公布的草稿场次`,
};
let ended: { id: string };
let live: { id: string; joinCode: string };

async function open(name: string, options: BrowserContextOptions): Promise<Page> {
  const device = await newDevice(name, options);
  devices.push(device);
  return device.page;
}

async function createSession(title: string, theme: string, scheduledAt: Date, publish: boolean): Promise<string> {
  const { createSession: created } = await api.ok<{ createSession: { id: string } }>(
    'mutation($input: SessionInput!) { createSession(input: $input) { id } }',
    { input: { title, theme, scheduledAt: scheduledAt.toISOString() } },
    adminToken,
  );
  if (publish) await api.ok('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: created.id }, adminToken);
  return created.id;
}

const start = (sessionId: string) => startLive(api, sessionId, hostToken);
const end = (id: string) => api.ok('mutation($id: ID!) { endSession(id: $id) { id } }', { id }, hostToken);

beforeAll(async () => {
  [adminToken, hostToken] = await Promise.all([api.login('admin'), api.login('host')]);

  // Older sessions, held and ended, so the list has more than one page (10) and this run's three are the newest.
  for (let month = 1; month <= 9; month++) {
    // A session goes on air only with a question in its running order (the pre-live check's blocker).
    const { id } = await planSession(api, adminToken, {
      title: `${tag} 2025年第${month}期网络问政`,
      theme: '优化营商环境',
      scheduledAt: new Date(Date.UTC(2025, month - 1, 15, 11)),
      questions: [{ title: `办事窗口排队久 ${tag}-${month}`, questioner: '县人大代表 王建华', respondent: '县政务服务中心主任 刘洋' }],
    });
    await start(id);
    await end(id);
  }
  // The other browser tests plan sessions of their own in the same database, up to a week ahead: this run's
  // three are scheduled after all of them, so they are the newest on the home page.
  const later = (days: number) => new Date(Date.now() + days * 24 * 3600_000);
  ended = await planSession(api, adminToken, {
    title: titles.ended,
    theme: '加强物业管理',
    scheduledAt: later(60),
    questions: [{ title: `老旧小区加装电梯审批慢 ${tag}`, questioner: '县人大代表 王建华', respondent: '县住建局局长 李明' }],
  });
  await start(ended.id);
  await end(ended.id);
  live = await planSession(api, adminToken, {
    title: titles.live,
    theme: '群众身边的教育问题',
    scheduledAt: later(61),
    questions: [{ title: `校外培训退费难 ${tag}`, questioner: '县人大代表 张敏', respondent: '县教育局局长 赵刚' }],
  });
  await start(live.id);
  await createSession(titles.upcoming, '城乡供水保障', later(62), true);
  await createSession(titles.draft, '不应公开', later(90), false);
}, 90_000);

afterEach(async () => {
  await Promise.all(devices.splice(0).map((device) => device.context.close()));
});

const cardTitles = (page: Page) => page.getByTestId('session-card').getByRole('heading').allInnerTexts();
const noSidewaysScroll = async (page: Page, width: number) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

describe('the public sessions and results', () => {
  it('lists the latest sessions on the home page and all of them at /results, on a phone', async () => {
    const page = await open('phone', PHONE);
    await page.goto('/');
    const home = page.getByTestId('home-sessions');
    await home.getByRole('heading', { name: '问政场次' }).waitFor();
    const rows = home.getByRole('listitem');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(3);
    // The session on air also offers its vote (网络测评), and only it.
    expect(await rows.getByRole('link').allInnerTexts()).toEqual([titles.upcoming, titles.live, '进入网络测评', titles.ended]);
    expect(await home.getByTestId('session-status').allInnerTexts()).toEqual(['即将开始', '直播中', '已结束']);
    const homeVote = rows.filter({ hasText: titles.live }).getByRole('link', { name: '进入网络测评' });
    expect(await homeVote.getAttribute('href')).toBe(`/vote/${live.joinCode}`);
    expect(await page.getByText('正在建设中').count()).toBe(0);
    // The clue box stays below.
    await page.getByRole('link', { name: '我要反映问题' }).waitFor();
    await noSidewaysScroll(page, 390);
    await shot(page, 'results-index-01-home-phone', { fullPage: true });

    // The vote link opens that session's vote page, not its results.
    await homeVote.click();
    await page.waitForURL(`**/vote/${live.joinCode}`);
    await page.getByTestId('session-title').getByText(titles.live).waitFor();
    await page.goBack();
    await home.getByRole('link', { name: titles.ended }).waitFor();

    // A row leads to its results page.
    await rows.getByRole('link', { name: titles.ended }).click();
    await page.waitForURL(`**/results/${ended.id}`);
    await page.getByTestId('disclosure-title').getByText(titles.ended).waitFor();
    await page.goBack();

    await home.getByRole('link', { name: '全部场次与结果公示' }).click();
    await page.waitForURL('**/results');
    await page.getByRole('heading', { name: '问政场次与结果公示', level: 1 }).waitFor();
    await page.getByTestId('session-card').first().waitFor();
    expect(await page.title()).toBe('问政场次与结果公示 · 问政');
    const firstPage = await cardTitles(page);
    expect(firstPage).toHaveLength(10);
    expect(firstPage.slice(0, 3)).toEqual([titles.upcoming, titles.live, titles.ended]);
    expect(firstPage).not.toContain(titles.draft);

    // On air: the card offers the vote, with the session's join code.
    const liveCard = page.getByTestId('session-card').filter({ hasText: titles.live });
    expect(await liveCard.getByRole('link', { name: '进入网络测评' }).getAttribute('href')).toBe(`/vote/${live.joinCode}`);
    // Only a session on air offers the vote (other tests' live sessions may be listed too).
    for (const title of [titles.upcoming, titles.ended]) {
      expect(await page.getByTestId('session-card').filter({ hasText: title }).getByRole('link', { name: '进入网络测评' }).count()).toBe(0);
    }
    await noSidewaysScroll(page, 390);
    await shot(page, 'results-index-02-list-phone');

    // Load more, page by page, until this run's older sessions are all listed (other test files' sessions
    // on the same server may come between them).
    const more = page.getByRole('button', { name: '加载更多' });
    const ours = async () => (await cardTitles(page)).filter((title) => title.startsWith(tag)).length;
    for (let pages = 1; (await ours()) < 12 && pages < 10; pages++) {
      const shown = (await cardTitles(page)).length;
      await more.click();
      await expect.poll(async () => (await cardTitles(page)).length).toBeGreaterThan(shown);
    }
    expect(await ours()).toBe(12);
    expect(await cardTitles(page)).not.toContain(titles.draft);

    // Search: by title, kept in the address; then a search that finds nothing.
    const search = page.getByRole('searchbox', { name: '搜索场次' });
    await search.fill(`${tag} 2026年第三季度`);
    await search.press('Enter');
    await expect.poll(() => cardTitles(page)).toEqual([titles.live]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(`${tag} 2026年第三季度`);
    await shot(page, 'results-index-03-search-phone');

    await search.fill(`${tag} 没有这一场`);
    await search.press('Enter');
    await page.getByTestId('sessions-empty').getByText(`没有找到与“${tag} 没有这一场”相关的场次。`).waitFor();
    await shot(page, 'results-index-04-empty-phone');
    await page.getByRole('button', { name: '显示全部' }).click();
    await page.getByTestId('session-card').first().waitFor();
    expect(await search.inputValue()).toBe('');

    // A card leads to its results page.
    await page.getByRole('link', { name: titles.ended }).click();
    await page.waitForURL(`**/results/${ended.id}`);
    await page.getByTestId('disclosure-title').getByText(titles.ended).waitFor();
  });

  it('shows the same on a desktop, in English on request', async () => {
    const page = await open('desk', DESK);
    await page.goto('/');
    await page.getByTestId('home-sessions').getByRole('link', { name: titles.upcoming }).waitFor();
    await shot(page, 'results-index-05-home-desk', { fullPage: true });

    await page.goto('/results');
    await page.getByTestId('session-card').first().waitFor();
    await shot(page, 'results-index-06-list-desk');

    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { name: 'Sessions and results', level: 1 }).waitFor();
    await page.getByTestId('session-card').filter({ hasText: titles.live }).getByText('Live now').waitFor();
    await page
      .getByTestId('session-card')
      .filter({ hasText: titles.upcoming })
      .getByText(/^Scheduled for /)
      .waitFor();
    await page.getByRole('button', { name: 'Load more' }).waitFor();
    await shot(page, 'results-index-07-list-desk-english');

    // The choice carries over to the home page, which uses vue-i18n.
    await page.getByRole('link', { name: /Wenzheng/ }).click();
    await page.getByRole('heading', { name: 'Sessions', level: 2 }).waitFor();
    await page.getByRole('link', { name: /All sessions and results/ }).waitFor();
    expect(await page.getByTestId('home-sessions').getByRole('link', { name: 'Vote online' }).getAttribute('href')).toBe(
      `/vote/${live.joinCode}`,
    );
    await shot(page, 'results-index-08-home-desk-english', { fullPage: true });
  });

  it('says so while loading and when the list cannot be loaded, and recovers on retry', async () => {
    const page = await open('offline-phone', PHONE);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      await held;
      await route.abort('internetdisconnected');
    });
    await page.goto('/results');
    await page.getByRole('status').getByText('正在加载…').waitFor();
    await shot(page, 'results-index-09-loading-phone');
    release();
    await page.getByRole('alert').getByText('加载失败，请检查网络后重试。').waitFor();
    await shot(page, 'results-index-10-error-phone');

    await page.unroute('**/graphql');
    await page.getByRole('button', { name: '重试' }).click();
    await page.getByTestId('session-card').first().waitFor();
  });
});

describe('the results index’s JavaScript', () => {
  // Reads the build made by global-setup.ts, as public-clues.e2e.test.ts does.
  const dist = fileURLToPath(new URL('../dist', import.meta.url));
  type Manifest = Record<string, { file: string; imports?: string[] }>;

  it('loads neither vue-i18n, urql nor Element Plus', () => {
    const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
    const found = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk) throw new Error(`${key} is not in the build manifest`);
      if (found.has(chunk.file)) return;
      found.add(chunk.file);
      chunk.imports?.forEach(visit);
    };
    ['index.html', 'src/surfaces/disclosure/DisclosureIndexPage.vue'].forEach(visit);
    const text = [...found]
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(path.join(dist, file), 'utf8'))
      .join('\n');
    expect(text).not.toMatch(/name:\s*["'`]El[A-Z]\w+["'`]/);
    expect(text).not.toMatch(/\[GraphQL\] |\[Network\] /);
    expect(text).not.toMatch(/createI18n/);
  });
});

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient, planSession, startLive } from './api';
import { cursorsAcrossWindow, PHONE, shot, STAGE, textOutsideTitleSafe, type Device, useBrowser } from './browser';

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const { newDevice } = useBrowser(baseURL);

let adminToken: string;
let hostToken: string;

beforeAll(async () => {
  [adminToken, hostToken] = await Promise.all([api.login('admin'), api.login('host')]);
});

const host = (verb: string, id: string) => api.ok(`mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id }, hostToken);

interface ServerResult {
  composite: number | null;
  outcome: string;
  channels: {
    channel: string;
    satisfied: number;
    basicallySatisfied: number;
    unsatisfied: number;
    total: number;
    satisfiedPercent: number | null;
    basicallySatisfiedPercent: number | null;
    unsatisfiedPercent: number | null;
    satisfactionRate: number | null;
  }[];
}

const RESULT_FIELDS =
  'composite outcome channels { channel satisfied basicallySatisfied unsatisfied total satisfiedPercent basicallySatisfiedPercent unsatisfiedPercent satisfactionRate }';

/** Polls the public live state until the round on air has the wanted status. */
async function waitForRound(sessionId: string, status: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const { liveState } = await api.ok<{ liveState: { question: { round: { id: string; status: string } | null } | null } }>(
      'query($id: ID!) { liveState(sessionId: $id) { question { round { id status } } } }',
      { id: sessionId },
    );
    const round = liveState.question?.round;
    if (round?.status === status) return round.id;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The round did not reach ${status}`);
}

const percent = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)}%`);

/** Every number on the screen's result card equals the server's result. */
async function expectResultCard(page: Page, result: ServerResult) {
  const card = page.getByTestId('result-card');
  await card.waitFor();
  expect(await card.getByTestId('result-composite').textContent()).toBe(percent(result.composite));
  expect(await card.getByTestId('result-outcome').getAttribute('data-outcome')).toBe(result.outcome);
  for (const channel of result.channels) {
    const cell = (choice: string) => card.getByTestId(`result-${channel.channel}-${choice}`);
    expect(await cell('SATISFIED').textContent()).toBe(String(channel.satisfied));
    expect(await cell('BASICALLY_SATISFIED').textContent()).toBe(String(channel.basicallySatisfied));
    expect(await cell('UNSATISFIED').textContent()).toBe(String(channel.unsatisfied));
    expect(await cell('total').textContent()).toBe(String(channel.total));
    expect(await cell('rate').textContent()).toContain(percent(channel.satisfactionRate));
  }
}

const voteStatus = (device: Device) => device.page.getByTestId('vote-status');
const choose = (device: Device, label: string) => device.page.getByRole('button', { name: label, exact: true }).click();
async function expectConfirmed(device: Device, label: string) {
  await voteStatus(device).getByText('投票成功').waitFor();
  await voteStatus(device).getByText(`您的选择：${label}`).waitFor();
}

describe('a live show', () => {
  it('runs two questions from the phones to the broadcast screen', { timeout: 120_000 }, async () => {
    const session = await planSession(api, adminToken, {
      title: '2026年第二季度电视问政',
      theme: '加强物业管理',
      questions: [
        { title: '老旧小区加装电梯为何迟迟不能落地？', questioner: '县人大代表 王建华', respondent: '局长 李明' },
        { title: '物业服务收费不透明怎么解决？', questioner: '市民代表 张丽', respondent: '副局长 赵强' },
      ],
      settings: {
        windowSeconds: 20,
        streamDelaySeconds: 2,
        hideResultsUntilClosed: false,
        studioWeight: 60,
        onlineWeight: 40,
        satisfiedThreshold: 60,
      },
      seats: 1,
    });
    await startLive(api, session.id, hostToken);
    const [q1, q2] = session.questions as [{ id: string; title: string }, { id: string; title: string }];

    const devices: Device[] = [];
    const open = async (name: string, kind: 'phone' | 'stage', path: string) => {
      const device = await newDevice(name, kind === 'phone' ? PHONE : STAGE);
      devices.push(device);
      await device.page.goto(path);
      return device;
    };

    try {
      const screen = await open('screen', 'stage', `/screen/${session.id}`);
      await screen.page.getByTestId('screen-title').getByText('2026年第二季度电视问政').waitFor();
      expect((await screen.page.getByTestId('join-code').textContent())?.replace(/\s/g, '')).toBe(session.joinCode);
      expect(await screen.page.getByTestId('join-qr').getAttribute('data-url')).toBe(`${baseURL}/vote/${session.joinCode}`);

      // Three audience phones join by the QR link; a representative claims the printed seat.
      const [a, b, c] = await Promise.all(
        ['phone-a', 'phone-b', 'phone-c'].map((name) => open(name, 'phone', `/vote/${session.joinCode}`)),
      );
      for (const phone of [a!, b!, c!]) await phone.page.getByTestId('session-title').getByText('2026年第二季度电视问政').waitFor();
      const seat = await open('seat', 'phone', `/vote/${session.joinCode}/seat`);
      await seat.page.getByLabel('席位码').fill(session.seatCodes[0]!.toLowerCase());
      await seat.page.getByRole('button', { name: '确认席位' }).click();
      await seat.page.getByTestId('session-title').waitFor();
      await seat.page.getByText('现场测评', { exact: true }).waitFor();
      await a!.page.getByTestId('vote-notice').getByText('请稍候，下一个问题即将开始').waitFor();
      await shot(a!.page, '20-phone-waiting');

      // The screen keeps its words inside the title-safe area a broadcast may crop, and shows no mouse pointer.
      await screen.page.getByTestId('screen-notice').getByText('下一个问题即将开始').waitFor();
      await screen.page.getByTestId('join-qr').waitFor();
      expect(await textOutsideTitleSafe(screen.page)).toEqual([]);
      expect(await cursorsAcrossWindow(screen.page)).toEqual(Array(5).fill('none'));
      await shot(screen.page, '20-screen-waiting');

      // Question 1. Phone C loses its connection while the question is asked.
      await host('askQuestion', q1.id);
      await a!.page.getByRole('heading', { name: q1.title }).waitFor();
      await a!.page.getByTestId('phase').getByText('正在提问').waitFor();
      await screen.page.getByTestId('screen-question').getByText(q1.title).waitFor();
      await c!.page.getByRole('heading', { name: q1.title }).waitFor();
      await c!.context.setOffline(true);
      await c!.page.getByTestId('connection-lost').waitFor();
      await shot(c!.page, '21-phone-connection-lost');

      await host('startAnswer', q1.id);
      await host('openVoting', q1.id);
      // The studio votes at once; phones wait for the stream's delay.
      await seat.page.getByRole('button', { name: '不满意', exact: true }).waitFor();
      await a!.page.getByRole('button', { name: '满意', exact: true }).waitFor();
      await shot(a!.page, '22-phone-voting');

      await choose(a!, '满意');
      await expectConfirmed(a!, '满意');
      await shot(a!.page, '23-phone-confirmed');
      await choose(b!, '基本满意');
      await expectConfirmed(b!, '基本满意');
      await choose(seat, '不满意');
      await expectConfirmed(seat, '不满意');

      // Back online, phone C catches up with the state it missed and votes.
      await c!.context.setOffline(false);
      await c!.page.getByTestId('connection-lost').waitFor({ state: 'detached' });
      await choose(c!, '满意');
      await expectConfirmed(c!, '满意');

      // The same pass on a second device (or a phone whose storage was cleared) cannot vote again.
      const passKey = `wz.pass.${session.joinCode}`;
      const pass = await a!.page.evaluate((key) => localStorage.getItem(key), passKey);
      const twin = await newDevice('phone-a-again', PHONE);
      devices.push(twin);
      await twin.context.addInitScript(([key, value]) => localStorage.setItem(key, value), [passKey, pass!] as const);
      await twin.page.goto(`/vote/${session.joinCode}`);
      await choose(twin, '不满意');
      await voteStatus(twin).getByText('本轮您已经投过票了').waitFor();
      await shot(twin.page, '24-phone-already-voted');

      // The screen follows the votes live.
      await screen.page.getByTestId('turnout-studio').getByText('现场 1 / 名册 1 人').waitFor();
      await screen.page.getByTestId('turnout-online').getByText('网络测评 3 人').waitFor();
      await screen.page.getByTestId('tally-ONLINE-SATISFIED').filter({ hasText: /^2$/ }).waitFor({ state: 'attached' });
      await screen.page.locator('[data-testid="tally-chart"] canvas').waitFor();
      await screen.page.waitForTimeout(500); // the bars' short animation
      expect(await textOutsideTitleSafe(screen.page)).toEqual([]);
      await shot(screen.page, '25-screen-live-tally');

      await host('closeVoting', q1.id);
      const round1 = await waitForRound(session.id, 'CLOSED');
      await a!.page.getByTestId('phase').getByText('投票已截止').waitFor();
      await host('revealResult', q1.id);
      const { roundTally: tally1 } = await api.ok<{ roundTally: { result: ServerResult } }>(
        `query($id: ID!) { roundTally(roundId: $id) { result { ${RESULT_FIELDS} } } }`,
        { id: round1 },
      );
      await expectResultCard(screen.page, tally1.result);
      expect(await textOutsideTitleSafe(screen.page)).toEqual([]);
      await shot(screen.page, '26-screen-result-card');
      await a!.page
        .getByTestId('vote-result-outcome')
        .getByText(tally1.result.outcome === 'SATISFIED' ? '满意' : '不满意', { exact: true })
        .waitFor();
      expect(await a!.page.getByTestId('vote-result-composite').textContent()).toBe(percent(tally1.result.composite));
      await shot(a!.page, '27-phone-result', { fullPage: true });

      // Question 2, with the overlay for the vision mixer.
      const overlay = await open('overlay', 'stage', `/screen/${session.id}?overlay=1`);
      await host('askQuestion', q2.id);
      await host('startAnswer', q2.id);
      await host('openVoting', q2.id);
      await overlay.page.getByTestId('overlay-lower-third').getByText(q2.title).waitFor();
      await choose(seat, '满意');
      await expectConfirmed(seat, '满意');
      await choose(a!, '不满意');
      await expectConfirmed(a!, '不满意');
      await overlay.page.getByTestId('overlay-turnout').getByText('网络测评 1 人', { exact: false }).waitFor();
      expect(
        await overlay.page.evaluate(() => [
          getComputedStyle(document.documentElement).backgroundColor,
          getComputedStyle(document.body).backgroundColor,
        ]),
      ).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
      // The lower third sits inside the title-safe area (5% of 1920 × 1080), and the pointer is hidden.
      const third = await overlay.page.getByTestId('overlay-lower-third').boundingBox();
      expect(third!.x).toBeGreaterThanOrEqual(96);
      expect(third!.x + third!.width).toBeLessThanOrEqual(1920 - 96);
      expect(third!.y + third!.height).toBeLessThanOrEqual(1080 - 54);
      expect(await textOutsideTitleSafe(overlay.page)).toEqual([]);
      expect(await cursorsAcrossWindow(overlay.page)).toEqual(Array(5).fill('none'));
      await shot(overlay.page, '28-overlay-voting', { omitBackground: true });

      // Phone B taps while offline; by the time it is back, voting has closed: the vote is refused, not shown as counted.
      await b!.page.getByRole('button', { name: '满意', exact: true }).waitFor();
      await b!.context.setOffline(true);
      await b!.page.getByTestId('connection-lost').waitFor();
      await choose(b!, '满意');
      await voteStatus(b!).getByText('正在提交').waitFor();
      expect(await voteStatus(b!).getAttribute('data-status')).toBe('pending');
      await host('closeVoting', q2.id);
      const round2 = await waitForRound(session.id, 'CLOSED');
      await b!.context.setOffline(false);
      await voteStatus(b!).getByText('投票已截止，您这一票未能计入。').waitFor();
      await shot(b!.page, '29-phone-late-vote');

      await host('revealResult', q2.id);
      const { roundTally: tally2 } = await api.ok<{ roundTally: { result: ServerResult } }>(
        `query($id: ID!) { roundTally(roundId: $id) { result { ${RESULT_FIELDS} } } }`,
        { id: round2 },
      );
      expect(tally2.result.channels.find((ch) => ch.channel === 'ONLINE')?.total).toBe(1);
      await expectResultCard(screen.page, tally2.result);
      await expectResultCard(overlay.page, tally2.result);
      expect(await textOutsideTitleSafe(overlay.page)).toEqual([]);
      expect(await textOutsideTitleSafe(screen.page)).toEqual([]);
      await shot(overlay.page, '30-overlay-result', { omitBackground: true });

      // The end: the screen sums up every question, the phones say goodbye.
      await host('endSession', session.id);
      const summary = screen.page.getByTestId('screen-summary');
      await summary.waitFor();
      for (const [position, result] of [
        [1, tally1.result],
        [2, tally2.result],
      ] as const) {
        const row = summary.getByTestId(`summary-${position}`);
        await row.getByTestId('summary-composite').getByText(percent(result.composite)).waitFor();
        const grade: Record<string, string> = { SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', UNSATISFIED: '不满意' };
        expect(await row.getByTestId('summary-outcome').textContent()).toBe(grade[result.outcome]);
      }
      expect(await textOutsideTitleSafe(screen.page)).toEqual([]);
      await shot(screen.page, '31-screen-summary');
      await a!.page.getByText('本场问政已结束，感谢您的参与！').waitFor();
      await shot(a!.page, '32-phone-ended');
    } catch (error) {
      for (const [index, device] of devices.entries()) await shot(device.page, `failure-live-show-${index}`).catch(() => undefined);
      throw error;
    } finally {
      await Promise.all(devices.map((device) => device.context.close()));
    }
  });
});

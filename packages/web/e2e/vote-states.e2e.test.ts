import { describe, expect, inject, it } from 'vitest';
import { apiClient, planSession } from './api';
import { PHONE, shot, STAGE, type Device, useBrowser } from './browser';

// The states around the vote itself: codes typed by hand, refusals, English, and a session that
// keeps its results hidden until voting closes.

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const { newDevice } = useBrowser(baseURL);

describe('the vote pages around the vote', () => {
  it('explains wrong codes, used seats, hidden results and English', { timeout: 90_000 }, async () => {
    const [adminToken, hostToken] = await Promise.all([api.login('admin'), api.login('host')]);
    const session = await planSession(api, adminToken, {
      title: '城市管理专题问政',
      theme: '改善市容环境',
      questions: [{ title: '背街小巷环境卫生整治为何反复？', questioner: '县人大代表 刘芳', respondent: '局长 陈刚' }],
      settings: { windowSeconds: 30, hideResultsUntilClosed: true },
      seats: 1,
    });
    const host = (verb: string, id: string) => api.ok(`mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id }, hostToken);
    const devices: Device[] = [];
    const device = async (name: string, options = PHONE) => {
      const created = await newDevice(name, options);
      devices.push(created);
      return created;
    };

    try {
      // Before the start the screen shows the theme and how to join.
      const screen = await device('screen', STAGE);
      await screen.page.goto(`/screen/${session.id}`);
      await screen.page.getByTestId('screen-notice').getByText('问政即将开始').waitFor();
      await screen.page.getByTestId('join-qr').waitFor();
      await shot(screen.page, '50-screen-not-started');

      // A code typed by hand: digits only, too short, then unknown, then right. The audience's
      // page names its channel, 网络测评, as the screen does.
      const phone = await device('phone');
      await phone.page.goto('/vote');
      await phone.page.getByRole('heading', { name: '网络测评', level: 1 }).waitFor();
      const codeField = phone.page.getByLabel('场次码');
      const codeError = phone.page.getByTestId('vote-code-error');
      expect(await codeField.getAttribute('inputmode')).toBe('numeric');
      // Letters and spaces never get in; full-width digits become digits; six at most.
      await codeField.pressSequentially('1a2 b３4５67');
      expect(await codeField.inputValue()).toBe('123456');
      await codeField.fill('12 34');
      expect(await codeField.inputValue()).toBe('1234');
      expect(await codeField.getAttribute('aria-invalid')).toBe('false');
      await phone.page.getByRole('button', { name: '进入投票' }).click();
      await codeError.getByText('请输入 6 位数字场次码。').waitFor();
      expect(await codeField.getAttribute('aria-invalid')).toBe('true');
      expect(await codeField.getAttribute('aria-describedby')).toBe(await codeError.getAttribute('id'));

      // An unknown code stays in the field, with the reason beside it, and the form stays.
      const unknown = session.joinCode === '000001' ? '000002' : '000001';
      await codeField.fill(unknown);
      // Typing again clears the earlier message.
      expect(await codeError.textContent()).toBe('');
      expect(await codeField.getAttribute('aria-invalid')).toBe('false');
      await codeField.press('Enter');
      await codeError.getByText('没有找到这个场次，请核对大屏上的 6 位数字。').waitFor();
      expect(new URL(phone.page.url()).pathname).toBe('/vote');
      expect(await codeField.inputValue()).toBe(unknown);
      expect(await codeField.getAttribute('aria-invalid')).toBe('true');
      expect(await codeField.getAttribute('aria-describedby')).toBe(await codeError.getAttribute('id'));
      // The cursor is back in the field to correct the code.
      expect(await phone.page.evaluate(() => document.activeElement?.id)).toBe('vote-code');
      await phone.page.getByRole('button', { name: '进入投票' }).waitFor();
      expect(await phone.page.getByTestId('vote-error').count()).toBe(0);
      await shot(phone.page, '51-phone-unknown-code');

      await codeField.fill(session.joinCode);
      await phone.page.getByRole('button', { name: '进入投票' }).click();
      await phone.page.waitForURL(`**/vote/${session.joinCode}`);
      await phone.page.getByTestId('vote-notice').getByText('问政尚未开始').waitFor();
      await phone.page.getByText('网络测评', { exact: true }).waitFor();
      await shot(phone.page, '52-phone-not-started');

      // A wrong QR link (an unknown code in the address) explains itself and leads to the form.
      const stray = await device('stray-phone');
      await stray.page.goto(`/vote/${unknown}`);
      await stray.page.getByTestId('vote-error').getByText('没有找到这个场次，请核对大屏上的 6 位数字。').waitFor();
      await stray.page.getByRole('link', { name: '重新输入场次码' }).click();
      await stray.page.getByRole('heading', { name: '网络测评', level: 1 }).waitFor();

      // English on request, fetched then, and remembered.
      await phone.page.getByRole('button', { name: /English/ }).click();
      await phone.page.getByTestId('vote-notice').getByText('The session has not started yet').waitFor();
      expect(await phone.page.evaluate(() => document.documentElement.lang)).toBe('en');
      await phone.page.reload();
      await phone.page.getByTestId('vote-notice').getByText('The session has not started yet').waitFor();
      await phone.page.getByText('Online vote', { exact: true }).waitFor();
      await phone.page.goto('/vote');
      await phone.page.getByRole('heading', { name: 'Online vote', level: 1 }).waitFor();
      await shot(phone.page, '52b-phone-entry-english');
      await phone.page.goto(`/vote/${session.joinCode}`);
      await phone.page.getByTestId('vote-notice').getByText('The session has not started yet').waitFor();
      await phone.page.getByRole('button', { name: /中文/ }).click();
      await phone.page.getByTestId('vote-notice').getByText('问政尚未开始').waitFor();

      // A printed seat code works once.
      const seat = await device('seat');
      await seat.page.goto(`/vote/${session.joinCode}/seat`);
      await seat.page.getByRole('heading', { name: '现场测评', level: 1 }).waitFor();
      await seat.page.getByLabel('席位码').fill(session.seatCodes[0]!);
      await seat.page.getByRole('button', { name: '确认席位' }).click();
      await seat.page.getByTestId('session-title').waitFor();
      const again = await device('seat-again');
      await again.page.goto(`/vote/${session.joinCode}/seat`);
      await again.page.getByLabel('席位码').fill(session.seatCodes[0]!);
      await again.page.getByLabel('席位码').press('Enter');
      await again.page.getByText('这个席位码已经被使用过了').waitFor();
      await again.page.getByLabel('席位码').fill('ZZZZZZ');
      await again.page.getByRole('button', { name: '确认席位' }).click();
      await again.page.getByText('席位码不正确').waitFor();
      await shot(again.page, '53-phone-seat-refused');

      // Results hidden until the close: the screen shows turnout only.
      await api.ok(
        'mutation($input: StartSessionInput!) { startSession(input: $input) { id } }',
        { input: { sessionId: session.id, rehearsal: true } },
        hostToken,
      );
      const question = session.questions[0]!;
      await host('askQuestion', question.id);
      await host('startAnswer', question.id);
      await host('openVoting', question.id);
      await seat.page.getByRole('button', { name: '基本满意', exact: true }).click();
      await seat.page.getByTestId('vote-status').getByText('您的选择：基本满意').waitFor();
      await phone.page.getByRole('button', { name: '满意', exact: true }).press('Enter');
      await phone.page.getByTestId('vote-status').getByText('您的选择：满意').waitFor();
      // Focus moves to the confirmation so keyboard and screen reader users are not lost.
      expect(await phone.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('vote-status');
      await screen.page.getByTestId('turnout-studio').getByText('现场 1 / 名册 1 人').waitFor();
      await screen.page.getByTestId('turnout-online').getByText('网络测评 1 人').waitFor();
      await screen.page.getByText('结果将在投票结束后公布').waitFor();
      expect(await screen.page.getByTestId('tally-chart').count()).toBe(0);
      await shot(screen.page, '54-screen-hidden-turnout');

      await host('closeVoting', question.id);
      await phone.page.getByTestId('phase').getByText('投票已截止').waitFor();
      await host('endSession', session.id);
      await phone.page.getByText('本场问政已结束，感谢您的参与！').waitFor();
      await screen.page.getByTestId('screen-summary').getByText('未公布').waitFor();
      await shot(screen.page, '55-screen-summary-unrevealed');
    } catch (error) {
      for (const [index, each] of devices.entries()) await shot(each.page, `failure-states-${index}`).catch(() => undefined);
      throw error;
    } finally {
      await Promise.all(devices.map((each) => each.context.close()));
    }
  });
});

import { beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient, planSession, startLive } from './api';
import { PHONE, shot, STAGE, textOutsideTitleSafe, type Device, useBrowser } from './browser';

// How online voters are known (the session's online identity) and what a missed quorum means, as
// the phones, the broadcast screen and the results page show them: a session whose phones prove a
// mobile number by text message, a studio that did not reach half of its roll, and a phone that
// comes before the online vote has opened.

const baseURL = inject('baseURL');
const smsGatewayURL = inject('smsGatewayURL');
const api = apiClient(baseURL);
const { newDevice } = useBrowser(baseURL);

let adminToken: string;
let hostToken: string;

beforeAll(async () => {
  [adminToken, hostToken] = await Promise.all([api.login('admin'), api.login('host')]);
});

const host = (verb: string, id: string) => api.ok(`mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id }, hostToken);

/** The last code the (fake) SMS gateway was asked to text to `mobile`, as the phone's owner would read it. */
async function textedCode(mobile: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${smsGatewayURL}/last/${mobile}`);
    if (response.ok) return ((await response.json()) as { code: string }).code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No text message reached ${mobile}`);
}

/** Polls the public live state until the round on air has the wanted status. */
async function waitForRound(sessionId: string, status: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const { liveState } = await api.ok<{ liveState: { question: { round: { status: string } | null } | null } }>(
      'query($id: ID!) { liveState(sessionId: $id) { question { round { status } } } }',
      { id: sessionId },
    );
    if (liveState.question?.round?.status === status) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The round did not reach ${status}`);
}

describe('online identity and quorum', () => {
  it('proves a phone’s number by text message, and names the tier and the missed quorum with the result', {
    timeout: 120_000,
  }, async () => {
    const session = await planSession(api, adminToken, {
      title: '网络测评实名专场',
      theme: '规范农村集体资金管理',
      questions: [{ title: '村级财务公开为何流于形式？', questioner: '县人大代表 周敏', respondent: '局长 孙伟' }],
      settings: { windowSeconds: 60, onlineIdentity: 'PHONE_CODE' },
    });
    // A roll of three; one of them votes in the studio, short of the majority (2) the studio needs.
    await api.ok(
      'mutation($input: AddToRollInput!) { addToRoll(input: $input) { id } }',
      { input: { sessionId: session.id, people: [{ name: '甲' }, { name: '乙' }, { name: '丙' }] } },
      adminToken,
    );
    const { studioRoll } = await api.ok<{ studioRoll: { name: string; seatCode: string }[] }>(
      'query($id: ID!) { studioRoll(sessionId: $id) { name seatCode } }',
      { id: session.id },
      adminToken,
    );
    await startLive(api, session.id, hostToken);
    const question = session.questions[0]!;
    const mobile = '13912345678';

    const devices: Device[] = [];
    const device = async (name: string, options = PHONE) => {
      const created = await newDevice(name, options);
      devices.push(created);
      return created;
    };

    try {
      // The screen tells the hall what joining asks for.
      const screen = await device('screen', STAGE);
      await screen.page.goto(`/screen/${session.id}`);
      await screen.page.getByTestId('join-identity').getByText('需验证手机号，一个号码一票').waitFor();

      // The code typed by hand lets the phone on to the session, which asks for a mobile number and says why.
      const phone = await device('phone');
      await phone.page.goto('/vote');
      await phone.page.getByLabel('场次码').fill(session.joinCode);
      await phone.page.getByRole('button', { name: '进入投票' }).click();
      await phone.page.waitForURL(`**/vote/${session.joinCode}`);
      await phone.page.getByTestId('vote-phone-why').getByText('本场网络测评需验证手机号：一个号码只能投一次票。').waitFor();
      const number = phone.page.getByLabel('手机号');
      const numberError = phone.page.getByTestId('vote-phone-number-error');
      expect(await number.getAttribute('inputmode')).toBe('tel');
      expect(await number.getAttribute('autocomplete')).toBe('tel');
      // The cursor waits in the number field.
      expect(await phone.page.evaluate(() => document.activeElement?.id)).toBe('vote-phone-number');

      // Letters never get in; a short number is explained beside the field, and nothing is sent.
      await number.pressSequentially('139 1234x');
      expect(await number.inputValue()).toBe('139 1234');
      await phone.page.getByRole('button', { name: '获取验证码' }).click();
      await numberError.getByText('请输入 11 位手机号码。').waitFor();
      expect(await number.getAttribute('aria-invalid')).toBe('true');
      expect(await number.getAttribute('aria-describedby')).toBe(await numberError.getAttribute('id'));
      await number.fill('139 1234 5678');
      expect(await numberError.textContent()).toBe('');
      await shot(phone.page, '60-phone-number-step');
      await phone.page.getByRole('button', { name: '获取验证码' }).click();

      // The code is on its way: the code field appears with the cursor in it, and a new code waits 60 s.
      await phone.page.getByTestId('vote-phone-sent').getByText('验证码已发送至 139****5678').waitFor();
      const code = phone.page.getByLabel('短信验证码');
      expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
      expect(await code.getAttribute('inputmode')).toBe('numeric');
      expect(await phone.page.evaluate(() => document.activeElement?.id)).toBe('vote-phone-code');
      const resend = phone.page.getByTestId('vote-phone-send');
      expect(await resend.textContent()).toMatch(/^\s*(60|59) 秒后重发\s*$/);
      expect(await resend.isDisabled()).toBe(true);

      // A wrong code is explained beside the code field; the number stays.
      const texted = await textedCode(mobile);
      const wrong = texted.replace(/.$/, (d) => String((Number(d) + 1) % 10));
      await code.fill(wrong);
      await phone.page.getByRole('button', { name: '验证并进入' }).click();
      const codeError = phone.page.getByTestId('vote-phone-code-error');
      await codeError.getByText('验证码不正确，还可以再试 4 次。').waitFor();
      expect(await code.getAttribute('aria-invalid')).toBe('true');
      expect(await code.getAttribute('aria-describedby')).toBe(await codeError.getAttribute('id'));
      expect(await number.inputValue()).toBe('139 1234 5678');
      expect(await phone.page.evaluate(() => document.activeElement?.id)).toBe('vote-phone-code');
      await shot(phone.page, '61-phone-code-wrong');

      // The right code gets the pass, kept like any other phone's.
      await code.fill(texted);
      await code.press('Enter');
      await phone.page.getByTestId('session-title').getByText('网络测评实名专场').waitFor();
      expect(
        await phone.page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.channel, `wz.pass.${session.joinCode}`),
      ).toBe('ONLINE');

      // One representative on the roll votes in the studio; the phone votes online.
      const seat = await device('seat');
      await seat.page.goto(`/vote/${session.joinCode}/seat`);
      await seat.page.getByLabel('席位码').fill(studioRoll[0]!.seatCode);
      await seat.page.getByRole('button', { name: '确认席位' }).click();
      await seat.page.getByTestId('session-title').waitFor();
      await host('askQuestion', question.id);
      await host('startAnswer', question.id);
      await host('openVoting', question.id);
      await seat.page.getByRole('button', { name: '不满意', exact: true }).click();
      await seat.page.getByTestId('vote-status').getByText('您的选择：不满意').waitFor();
      await phone.page.getByRole('button', { name: '满意', exact: true }).click();
      await phone.page.getByTestId('vote-status').getByText('您的选择：满意').waitFor();

      // Turnout counts the studio against its roll, and names the online channel by its tier.
      await screen.page.getByTestId('turnout-studio').getByText('现场 1 / 名册 3 人').waitFor();
      await screen.page.getByTestId('turnout-online').getByText('网络测评（手机验证） 1 人').waitFor();

      // 1 of 3 is not more than half the roll: the studio does not count, and the result says so.
      await host('closeVoting', question.id);
      await waitForRound(session.id, 'CLOSED');
      await host('revealResult', question.id);
      const sentence = '现场参评 1 人，未过名册 3 人的半数（需 2 人），按网络测评结果计';
      const card = screen.page.getByTestId('result-card');
      await card.getByTestId('result-quorum').getByText(sentence).waitFor();
      await card.getByTestId('result-ONLINE').getByText('网络测评（手机验证）').waitFor();
      expect(await card.textContent()).not.toContain('现场 0%');
      expect(await textOutsideTitleSafe(screen.page)).toEqual([]);
      await shot(screen.page, '62-screen-tier-and-quorum');
      await phone.page.getByTestId('vote-result-quorum').getByText(sentence).waitFor();
      await phone.page.getByTestId('vote-result').getByText('网络测评（手机验证）').waitFor();
      await shot(phone.page, '63-phone-result-quorum', { fullPage: true });

      // The public results page says the same, with the tier on the online row.
      await host('endSession', session.id);
      const reader = await device('reader');
      await reader.page.goto(`/results/${session.id}`);
      const result = reader.page.getByTestId('disclosure-result');
      await result.getByTestId('result-quorum').getByText(sentence).waitFor();
      await result.getByTestId('result-row-ONLINE').getByText('网络测评（手机验证）').waitFor();
      await shot(reader.page, '64-results-quorum', { fullPage: true });
    } catch (error) {
      for (const [index, each] of devices.entries()) await shot(each.page, `failure-identity-${index}`).catch(() => undefined);
      throw error;
    } finally {
      await Promise.all(devices.map((each) => each.context.close()));
    }
  });

  it('lets only people on the online roster vote online, each proven by text message', { timeout: 90_000 }, async () => {
    const session = await planSession(api, adminToken, {
      title: '选民评议名册专场',
      theme: '选民评议代表',
      questions: [{ title: '代表履职情况如何？', questioner: '选民代表 赵琳', respondent: '县人大代表 王建华' }],
      settings: { windowSeconds: 60, onlineIdentity: 'ROSTER' },
    });
    await api.ok(
      'mutation($input: ImportRosterInput!) { importOnlineRoster(input: $input) }',
      {
        input: {
          sessionId: session.id,
          people: [
            { name: '选民甲', phone: '13611112222' },
            { name: '选民乙', phone: '13633334444' },
          ],
        },
      },
      adminToken,
    );
    await startLive(api, session.id, hostToken);
    const question = session.questions[0]!;
    const phone = await newDevice('roster-phone', PHONE);
    const screen = await newDevice('roster-screen', STAGE);
    try {
      await phone.page.goto(`/vote/${session.joinCode}`);
      await phone.page.getByTestId('vote-phone-why').getByText('本场仅限名册内人员参与网络测评').waitFor();
      // A number that is not on the roster gets no code, and is told so beside the field.
      const number = phone.page.getByLabel('手机号');
      await number.fill('139 0000 1111');
      await phone.page.getByRole('button', { name: '获取验证码' }).click();
      await phone.page.getByTestId('vote-phone-number-error').getByText('这个号码不在本场网络测评名册中').waitFor();
      expect(await number.getAttribute('aria-invalid')).toBe('true');
      // A number on the roster proves itself and votes.
      await number.fill('136 3333 4444');
      await phone.page.getByRole('button', { name: '获取验证码' }).click();
      await phone.page.getByTestId('vote-phone-sent').getByText('验证码已发送至 136****4444').waitFor();
      await phone.page.getByLabel('短信验证码').fill(await textedCode('13633334444'));
      await phone.page.getByRole('button', { name: '验证并进入' }).click();
      await phone.page.getByTestId('session-title').getByText('选民评议名册专场').waitFor();
      await screen.page.goto(`/screen/${session.id}`);
      await host('askQuestion', question.id);
      await host('startAnswer', question.id);
      await host('openVoting', question.id);
      await phone.page.getByRole('button', { name: '满意', exact: true }).click();
      await phone.page.getByTestId('vote-status').getByText('您的选择：满意').waitFor();
      await screen.page.getByTestId('turnout-online').getByText('网络测评（名册验证） 1 人').waitFor();
    } catch (error) {
      await shot(phone.page, 'failure-roster-phone').catch(() => undefined);
      await shot(screen.page, 'failure-roster-screen').catch(() => undefined);
      throw error;
    } finally {
      await Promise.all([phone.context.close(), screen.context.close()]);
    }
  });

  it('tells a phone that comes too early when the online vote opens, keeping its code', async () => {
    const scheduledAt = new Date(Date.now() + 2 * 3600_000);
    const session = await planSession(api, adminToken, {
      title: '两小时后开始的问政',
      theme: '优化营商环境',
      questions: [{ title: '审批时限为何一再延长？', questioner: '市民代表 钱进', respondent: '局长 吴凡' }],
      scheduledAt,
    });
    // Passes are issued from 30 minutes before the scheduled time, shown as the phone's clock reads it.
    const timeZone = 'Asia/Shanghai';
    const opensAt = new Date(scheduledAt.getTime() - 30 * 60_000);
    const clock = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(opensAt);
    const phone = await newDevice('early-phone', { ...PHONE, timezoneId: timeZone });
    try {
      await phone.page.goto('/vote');
      const field = phone.page.getByLabel('场次码');
      await field.fill(session.joinCode);
      await field.press('Enter');
      const error = phone.page.getByTestId('vote-code-error');
      await error.getByText(new RegExp(`^网络测评将于 (\\d+ 月 \\d+ 日 )?${clock} 开放，请届时再来。$`)).waitFor();
      expect(await field.inputValue()).toBe(session.joinCode);
      // The code is right: the field is not marked as wrong.
      expect(await field.getAttribute('aria-invalid')).toBe('false');
      expect(new URL(phone.page.url()).pathname).toBe('/vote');
      await shot(phone.page, '65-phone-too-early');

      // The QR link says the same.
      await phone.page.goto(`/vote/${session.joinCode}`);
      await phone.page.getByTestId('vote-error').getByText(`${clock} 开放`, { exact: false }).waitFor();
    } finally {
      await phone.context.close();
      // Back to yesterday, so this session does not stand first in other tests' lists of the newest sessions.
      await api.ok(
        'mutation($id: ID!, $input: SessionInput!) { updateSession(id: $id, input: $input) { id } }',
        {
          id: session.id,
          input: { title: '两小时后开始的问政', theme: '优化营商环境', scheduledAt: new Date(Date.now() - 24 * 3600_000).toISOString() },
        },
        adminToken,
      );
    }
  });
});

import { beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient, planSession, startLive } from './api';
import { PHONE, shot, signIn, STAGE, textOutsideTitleSafe, type Device, useBrowser } from './browser';

// 网络互动: a phone sends a message, a moderator approves it from the keyboard, it reaches the
// phone's wall, the screen's ticker and the overlay's lower third, and the host puts it to the
// respondent as 网友追问.

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const { errors: browserErrors, newDevice } = useBrowser(baseURL);

let adminToken: string;
let hostToken: string;

beforeAll(async () => {
  [adminToken, hostToken] = await Promise.all([api.login('admin'), api.login('host')]);
});

describe('audience messages during a live show', () => {
  it('go from a phone through moderation to the wall, the screen, the overlay and the host', { timeout: 120_000 }, async () => {
    const session = await planSession(api, adminToken, {
      title: '网络互动测试场',
      theme: '城市停车',
      questions: [{ title: '老城区停车难怎么解决？', questioner: '市民代表 张丽', respondent: '局长 李明' }],
    });
    const [q1] = session.questions as [{ id: string; title: string }];
    // Messages are off by default; the administrator turns them on for this session.
    await api.ok(
      'mutation($id: ID!, $input: MessageSettingsInput!) { setMessageSettings(sessionId: $id, input: $input) { enabled } }',
      { id: session.id, input: { enabled: true } },
      adminToken,
    );
    await startLive(api, session.id, hostToken);
    await api.ok('mutation($id: ID!) { askQuestion(id: $id) { id } }', { id: q1.id }, hostToken);

    const devices: Device[] = [];
    const open = async (name: string, options: typeof PHONE, path?: string) => {
      const device = await newDevice(name, options);
      devices.push(device);
      if (path) await device.page.goto(path);
      return device;
    };

    try {
      // The phone: the form for the question on air, a counter, and the note that messages are reviewed.
      const phone = await open('phone', PHONE, `/vote/${session.joinCode}`);
      const panel = phone.page.getByTestId('vote-messages');
      await panel.waitFor();
      await panel.getByText(`针对：${q1.title}`).waitFor();
      await panel.getByText('留言经审核后才会显示').waitFor();
      const body = '建议在老城区错时开放机关单位停车场，能否给个时间表？';
      const field = panel.getByLabel('我要留言或追问');
      await field.fill(body);
      expect(await panel.getByTestId('message-counter').textContent()).toContain(`${[...body].length} / 140`);
      await panel.getByTestId('message-send').click();
      await panel.getByTestId('message-outcome').getByText('留言已提交，审核通过后会显示出来。').waitFor();
      expect(await field.inputValue()).toBe('');
      // Pre-moderation: nothing on the wall yet.
      await panel.getByText('还没有通过审核的留言。').waitFor();
      // A second message at once is refused with the wait, and the button says when it may send again.
      await field.fill('再补充一句');
      await panel.getByTestId('message-send').click();
      await panel
        .getByTestId('message-outcome')
        .getByText(/发送太频繁，请 \d+ 秒后再试。/)
        .waitFor();
      expect(await panel.getByTestId('message-send').isDisabled()).toBe(true);
      await shot(phone.page, 'phone-sent', { fullPage: true });

      // The moderator signs in, lands on the session picker, and opens the session.
      const moderator = await open('moderator', { viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
      await signIn(moderator.page, 'mod');
      await moderator.page.waitForURL((url) => url.pathname === '/moderate');
      await moderator.page.getByRole('link', { name: '进入审核：网络互动测试场' }).click();
      await moderator.page.waitForURL((url) => url.pathname === `/moderate/${session.id}`);
      const queue = moderator.page.getByTestId('moderate-list');
      const item = queue.getByTestId('moderate-message').filter({ hasText: body });
      await item.waitFor();
      await item.getByText(`针对：${q1.title}`).waitFor();
      await moderator.page.getByTestId('moderate-shortcuts').getByText('J / K 上下移动').waitFor();
      // The wait ticks on.
      const waited = item.getByTestId('moderate-waited');
      const first = await waited.textContent();
      await moderator.page.waitForFunction(
        ([selector, before]) => document.querySelector(selector!)?.textContent !== before,
        ['[data-testid="moderate-waited"]', first],
      );
      await shot(moderator.page, 'moderation-console', { fullPage: true });
      // From the keyboard: j selects the first (oldest) message, a approves it.
      await moderator.page.locator('main').click({ position: { x: 5, y: 5 } });
      await moderator.page.keyboard.press('j');
      expect(await item.getAttribute('aria-current')).toBe('true');
      await moderator.page.keyboard.press('a');
      await moderator.page.getByTestId('moderate-empty').getByText('没有待审核的留言').waitFor();
      await moderator.page.getByTestId('moderate-announce').getByText(`已通过：${body}`).waitFor();
      await moderator.page.getByTestId('moderate-tab-APPROVED').click();
      await queue.getByTestId('moderate-message').filter({ hasText: body }).waitFor();

      // The phone's wall shows it, live; an upvote is remembered as done.
      const wallItem = panel.getByTestId('wall-message').filter({ hasText: body });
      await wallItem.waitFor();
      await wallItem.getByText('网友', { exact: true }).waitFor();
      await wallItem.getByTestId('wall-upvote').click();
      await phone.page.waitForFunction(
        () => document.querySelector('[data-testid="wall-upvote"]')?.getAttribute('aria-pressed') === 'true',
      );
      expect(await wallItem.getByTestId('wall-upvote').textContent()).toContain('1');
      await phone.page.reload();
      await panel.getByTestId('wall-message').filter({ hasText: body }).waitFor();
      expect(await panel.getByTestId('wall-upvote').getAttribute('aria-pressed')).toBe('true');
      await wallItem.scrollIntoViewIfNeeded();
      await shot(phone.page, 'phone-wall', { fullPage: true });

      // The broadcast screen's ticker and the overlay's lower third.
      const screen = await open('screen', STAGE, `/screen/${session.id}`);
      await screen.page.getByTestId('screen-ticker').getByText(body).first().waitFor();
      expect(await textOutsideTitleSafe(screen.page)).toEqual([]);
      await shot(screen.page, 'screen-ticker');
      const overlay = await open('overlay', STAGE, `/screen/${session.id}/overlay`);
      const third = overlay.page.getByTestId('overlay-message');
      await third.getByText('网友留言').waitFor();
      await third.getByTestId('overlay-message-body').getByText(body).waitFor();
      expect(await third.getByTestId('overlay-message-sender').textContent()).toBe('网友');
      expect(await textOutsideTitleSafe(overlay.page)).toEqual([]);
      await shot(overlay.page, 'overlay-message', { omitBackground: true });

      // The host sees it in the console's panel and puts it to the respondent, after confirming.
      const host = await open('host', { viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
      await signIn(host.page, 'host');
      await host.page.waitForURL((url) => url.pathname === '/host');
      await host.page.goto(`/host/${session.id}`);
      const hostPanel = host.page.getByTestId('host-messages');
      const hostItem = hostPanel.getByTestId('host-message').filter({ hasText: body });
      await hostItem.waitFor();
      expect(await hostPanel.getByRole('switch', { name: '网络互动' }).getAttribute('aria-checked')).toBe('true');
      await hostItem.getByTestId('host-message-put-button').click();
      const confirm = host.page.getByRole('dialog', { name: '作为网友追问' });
      await confirm.getByText(body).waitFor();
      await confirm.getByRole('button', { name: '确认追问' }).click();
      await hostItem.getByTestId('host-message-put').waitFor();
      await hostPanel.scrollIntoViewIfNeeded();
      await shot(host.page, 'host-messages', { fullPage: true });
      const { hostMessages } = await api.ok<{ hostMessages: { body: string; putToRespondentAt: string | null }[] }>(
        'query($id: ID!) { hostMessages(sessionId: $id) { body putToRespondentAt } }',
        { id: session.id },
        hostToken,
      );
      expect(hostMessages.find((m) => m.body === body)?.putToRespondentAt).toBeTruthy();
      // The overlay then labels it as the viewer's follow-up.
      await third.getByText('网友追问').waitFor();

      // The host turns messages off: the phone's form goes away.
      await hostPanel.getByTestId('host-messages-toggle').click();
      await hostPanel.getByText('已关闭：观众不能留言').waitFor();
      await panel.waitFor({ state: 'detached' });
      expect(browserErrors.filter((e) => !/ALREADY_UPVOTED|RATE_LIMITED|429/.test(e))).toEqual([]);
    } finally {
      await Promise.all(devices.map((device) => device.context.close()));
    }
  });
});

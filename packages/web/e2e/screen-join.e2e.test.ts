import { describe, expect, inject, it } from 'vitest';
import { apiClient, planSession } from './api';
import { shot, STAGE, useBrowser } from './browser';

// The server runs with PUBLIC_URL set to the address the tests use (e2e/global-setup.ts); the screen
// here is opened at another name for the same server, as a control-room PC opens it at localhost.

const baseURL = inject('baseURL');
const publicUrl = new URL(baseURL);
const openedAt = `http://localhost:${publicUrl.port}`;
const api = apiClient(baseURL);
const { newDevice } = useBrowser(baseURL);

describe('the broadcast screen’s join panel', () => {
  it('shows the public address (PUBLIC_URL), not the address the screen was opened at', async () => {
    const session = await planSession(api, await api.login('admin'), {
      title: '公共地址测试问政',
      theme: '扫码参与',
      questions: [{ title: '二维码指向哪里？', questioner: '县人大代表 王建华', respondent: '局长 李明' }],
    });
    const screen = await newDevice('screen', { ...STAGE, baseURL: openedAt });
    try {
      await screen.page.goto(`/screen/${session.id}`);
      const qr = screen.page.getByTestId('join-qr');
      await qr.waitFor();
      expect(new URL(screen.page.url()).origin).toBe(openedAt);
      expect(await qr.getAttribute('data-url')).toBe(`${publicUrl.origin}/vote/${session.joinCode}`);
      expect(await screen.page.getByTestId('join-address').textContent()).toBe(`或访问 ${publicUrl.host}/vote`);
      await shot(screen.page, '55-screen-public-address');
    } finally {
      await screen.context.close();
    }
  });
});

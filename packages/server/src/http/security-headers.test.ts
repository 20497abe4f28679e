import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_STREAM_HOSTS, loadConfig } from '../config.js';
import { chromiumArgs } from '../modules/stats/pdf-printer.js';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../test/harness.js';
import { webDistStandIn } from '../test/web-dist.js';
import { streamShown } from './security-headers.js';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';

async function signIn(server: TestServer) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { input: { username: 'admin', password: TEST_PASSWORD } } }),
  });
  return {
    cookie: response.headers.get('set-cookie') ?? '',
    token: ((await response.json()) as { data: { login: { token: string } } }).data.login.token,
  };
}

describe('behind TLS (SECURE_COOKIES=true, as in production)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ WEB_DIST: webDistStandIn(), SECURE_COOKIES: 'true' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  for (const page of ['/', '/vote/123456', '/admin/sessions', '/assets/app.js']) {
    it(`serves ${page} with CSP, nosniff, frame-ancestors, Referrer-Policy and HSTS`, async () => {
      const response = await fetch(`${server.url}${page}`);
      expect(response.status).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).toContain("base-uri 'self'");
      expect(csp).not.toContain('unsafe-eval');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
      expect(response.headers.get('x-powered-by')).toBeNull();
    });
  }

  it('sends the API with nosniff and HSTS too', async () => {
    const response = await server.gql('{ serverTime }');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
  });

  it('sets the session cookie httpOnly, SameSite=Lax, Secure, for the whole site, and clears it the same way', async () => {
    const { cookie, token } = await signIn(server);
    expect(cookie).toMatch(/^wz_session=[\w-]{40,};/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; Expires=/);
    expect(cookie).not.toMatch(/Domain=/i); // host-only: never sent to sibling subdomains
    const out = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    const cleared = out.headers.get('set-cookie') ?? '';
    expect(cleared).toMatch(/^wz_session=;/);
    expect(cleared).toMatch(/; HttpOnly/i);
    expect(cleared).toMatch(/; Secure/i);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
  });
});

describe('over plain HTTP (development)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ WEB_DIST: webDistStandIn() });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('sends no HSTS, which would lock browsers out of a plain-HTTP studio network', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('sets the session cookie httpOnly and SameSite=Lax without Secure', async () => {
    const { cookie } = await signIn(server);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).not.toMatch(/; Secure/i);
  });
});

describe('in production', () => {
  it('turns Secure cookies (and with them HSTS) on by default', async () => {
    const server = await startTestServer({ NODE_ENV: 'production', WEB_DIST: webDistStandIn() });
    try {
      expect((await fetch(`${server.url}/`)).headers.get('strict-transport-security')).toContain('max-age=');
      expect((await signIn(server)).cookie).toMatch(/; Secure/i);
    } finally {
      await server.stop();
    }
  });
});

/** A directive of a policy, its sources in order. */
const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1);

describe('the page policy: connections and frames', () => {
  it('lets pages connect to their own origin only, and frame only themselves and the default stream players', async () => {
    const server = await startTestServer({ WEB_DIST: webDistStandIn() });
    try {
      const csp = (await fetch(`${server.url}/vote/123456`)).headers.get('content-security-policy') ?? '';
      expect(directive(csp, 'connect-src')).toEqual(["'self'"]);
      expect(directive(csp, 'frame-src')).toEqual(["'self'", ...DEFAULT_STREAM_HOSTS]);
      for (const source of directive(csp, 'frame-src')!) expect(source).toMatch(/^('self'|https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+)$/);
    } finally {
      await server.stop();
    }
  });

  it('frames the stream hosts STREAM_HOSTS names instead (https only), or none', async () => {
    expect(loadConfig({ STREAM_HOSTS: 'live.example.cn, https://*.tv.example.cn:8443' }).streamHosts).toEqual([
      'https://live.example.cn',
      'https://*.tv.example.cn:8443',
    ]);
    expect(loadConfig({ STREAM_HOSTS: 'none' }).streamHosts).toEqual([]);
    expect(loadConfig({}).streamHosts).toEqual(DEFAULT_STREAM_HOSTS);
    for (const bad of [
      '*',
      'https:',
      'http://live.example.cn',
      'https://live.example.cn/path',
      "'unsafe-inline'",
      'live.example.cn;script-src',
      'data:',
    ]) {
      expect(() => loadConfig({ STREAM_HOSTS: bad }), bad).toThrow(ConfigError);
    }
    const server = await startTestServer({ WEB_DIST: webDistStandIn(), STREAM_HOSTS: 'https://live.example.cn' });
    try {
      const csp = (await fetch(`${server.url}/`)).headers.get('content-security-policy') ?? '';
      expect(directive(csp, 'frame-src')).toEqual(["'self'", 'https://live.example.cn']);
    } finally {
      await server.stop();
    }
  });

  describe('in Chromium', () => {
    let server: TestServer;
    let browser: Browser;
    beforeAll(async () => {
      server = await startTestServer({ WEB_DIST: webDistStandIn(), STREAM_HOSTS: 'https://live.example.cn' });
      browser = await chromium.launch({ executablePath: loadConfig({}).chromiumPath, args: chromiumArgs().args });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it("opens the app’s own GraphQL WebSocket under connect-src 'self' and refuses other hosts and ports", async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/vote/123456`);
      const port = Number(new URL(server.url).port);
      const outcome = await page.evaluate(async (port) => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
        const connect = (url: string) =>
          new Promise<string>((resolve) => {
            try {
              const socket = new WebSocket(url, 'graphql-transport-ws');
              socket.onopen = () => {
                socket.close();
                resolve('open');
              };
              socket.onerror = () => resolve('error');
            } catch (error) {
              resolve(`threw ${(error as Error).name}`);
            }
          });
        const own = await connect(`ws://${location.host}/graphql`);
        const otherHost = await connect(`ws://localhost:${port}/graphql`);
        const otherPort = await connect(`ws://127.0.0.1:${port + 1}/graphql`);
        await new Promise((r) => setTimeout(r, 100));
        return { own, otherHost, otherPort, violations };
      }, port);
      expect(outcome.own).toBe('open');
      expect(outcome.otherHost).not.toBe('open');
      expect(outcome.violations).toEqual([`connect-src ws://localhost:${port}/graphql`, `connect-src ws://127.0.0.1:${port + 1}/graphql`]);
      await page.close();
    });

    it('frames a configured stream host and refuses any other', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/vote/123456`);
      const violations = await page.evaluate(async () => {
        const seen: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
        for (const src of ['https://live.example.cn/player/1', 'https://phishing.example.com/login']) {
          const frame = document.createElement('iframe');
          frame.src = src;
          document.body.append(frame);
        }
        await new Promise((r) => setTimeout(r, 300));
        return seen;
      });
      // A cross-origin blocked address is reported as its origin.
      expect(violations).toEqual(['frame-src https://phishing.example.com']);
      await page.close();
    });
  });
});

describe('which stream addresses the page policy lets phones show', () => {
  it('plays media files from any https host, and frames player pages only of the stream hosts, as CSP matches them', () => {
    const hosts = ['https://player.bilibili.com', 'https://*.vzan.com', 'https://live.example.cn:8443'];
    expect(streamShown('https://cdn.example.net/live/show.m3u8', hosts)).toBe(true);
    expect(streamShown('https://player.bilibili.com/player.html?cid=1', hosts)).toBe(true);
    expect(streamShown('https://a.b.vzan.com/live/1', hosts)).toBe(true);
    expect(streamShown('https://vzan.com/live/1', hosts)).toBe(false); // *. is for subdomains only
    expect(streamShown('https://evilvzan.com/live/1', hosts)).toBe(false);
    expect(streamShown('https://live.example.cn:8443/room', hosts)).toBe(true);
    expect(streamShown('https://live.example.cn/room', hosts)).toBe(false); // another port
    expect(streamShown('https://player.youku.com/embed/1', hosts)).toBe(false);
    expect(streamShown('http://player.bilibili.com/player.html', hosts)).toBe(false);
    expect(streamShown('not a url', hosts)).toBe(false);
  });
});

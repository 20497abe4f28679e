import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextValue, startTestServer, TEST_PASSWORD, type TestServer } from '../../test/harness.js';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token expiresAt account { id username role } } }';
const ME = '{ me { id username role department { shortName } } }';

let server: TestServer;
beforeAll(async () => {
  // A lockout above the limiter's five tries, so the limiter is seen at work here (the lockout: account-controls.test.ts).
  server = await startTestServer({ LOCKOUT_THRESHOLD: '10' });
});
afterAll(async () => {
  await server?.stop();
});

describe('sign-in', () => {
  it('signs in with the right password and sets an httpOnly session cookie', async () => {
    const result = await server.gql(LOGIN, { input: { username: 'admin', password: TEST_PASSWORD } });
    expect(result.errors).toBeUndefined();
    expect(result.data.login.account).toMatchObject({ username: 'admin', role: 'ADMIN' });
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^wz_session=[\w-]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('accepts usernames in any letter case', async () => {
    const result = await server.gql(LOGIN, { input: { username: ' Admin ', password: TEST_PASSWORD } });
    expect(result.data?.login.account.username).toBe('admin');
  });

  it('resolves the same viewer from the bearer token and from the cookie', async () => {
    const login = await server.gql(LOGIN, { input: { username: 'dept', password: TEST_PASSWORD } });
    const token = login.data.login.token as string;
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const byBearer = await server.gql(ME, {}, { token });
    const byCookie = await server.gql(ME, {}, { cookie });
    expect(byBearer.data.me).toMatchObject({ username: 'dept', role: 'DEPARTMENT', department: { shortName: '住建局' } });
    expect(byCookie.data.me).toEqual(byBearer.data.me);
  });

  it('refuses a wrong password and an unknown user with the same answer', async () => {
    const wrong = await server.gql(LOGIN, { input: { username: 'host', password: 'not it' } });
    const unknown = await server.gql(LOGIN, { input: { username: 'nobody', password: 'not it' } });
    expect(wrong.errors?.[0]?.extensions.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
    expect(wrong.data).toBeNull();
  });

  it('names the field when the input is invalid', async () => {
    const result = await server.gql(LOGIN, { input: { username: '', password: 'x' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
  });

  it('rate limits repeated failures, even when the password is then right', async () => {
    for (let i = 0; i < 5; i++) {
      const result = await server.gql(LOGIN, { input: { username: 'rep', password: `guess ${i}` } });
      expect(result.errors?.[0]?.extensions.code).toBe('INVALID_CREDENTIALS');
    }
    const limited = await server.gql(LOGIN, { input: { username: 'rep', password: TEST_PASSWORD } });
    expect(limited.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(limited.errors?.[0]?.extensions.retryAfterSeconds).toBeGreaterThan(0);
    // Another account from the same address is not locked out by it.
    expect(await server.login('host')).toBeTypeOf('string');
  });

  it('ends the session on logout, for the token everywhere', async () => {
    const token = await server.login('host');
    const logout = await server.gql('mutation { logout }', {}, { token });
    expect(logout.data).toEqual({ logout: true });
    expect(logout.headers.get('set-cookie')).toMatch(/wz_session=;/);
    expect((await server.gql(ME, {}, { token })).data.me).toBeNull();
  });

  it('treats a forged token as anonymous', async () => {
    expect((await server.gql(ME, {}, { token: 'forged-token' })).data.me).toBeNull();
    const refused = await server.gql('{ departments { totalCount } }', {}, { token: 'forged-token' });
    expect(refused.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('the WebSocket transport', () => {
  it('resolves the same viewer as HTTP, from connection params or the cookie', async () => {
    const login = await server.gql(LOGIN, { input: { username: 'admin', password: TEST_PASSWORD } });
    const token = login.data.login.token as string;
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const overHttp = await server.gql(ME, {}, { token });
    for (const auth of [{ token }, { cookie }]) {
      const client = server.ws(auth);
      const overWs = await nextValue(client.iterate({ query: ME }));
      expect(overWs.data).toEqual(overHttp.data);
    }
  });

  it('delivers a subscription to an admin, with the actor resolved from the same session', async () => {
    const token = await server.login('admin');
    const events = server
      .ws({ token })
      .iterate<any>({ query: 'subscription { directoryChanged { change actor { username } department { shortName } } }' });
    const first = nextValue(events);
    // The subscription is registered once the server has accepted it; give it a moment.
    await new Promise((r) => setTimeout(r, 300));
    await server.gql('mutation { createDepartment(input: { name: "县交通运输局", shortName: "交通局" }) { id } }', {}, { token });
    const event = await first;
    expect(event.data.directoryChanged).toEqual({
      change: 'DEPARTMENT_CREATED',
      actor: { username: 'admin' },
      department: { shortName: '交通局' },
    });
  });

  it('refuses a subscription to anonymous callers and to other roles', async () => {
    const query = 'subscription { directoryChanged { change } }';
    const anonymous = await nextValue(server.ws().iterate<any>({ query }));
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeFalsy();
    const host = await nextValue(server.ws({ token: await server.login('host') }).iterate<any>({ query }));
    expect(host.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(host.data).toBeFalsy();
  });
});

import type { SqlEntityManager } from '@mikro-orm/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.js';
import { ACCEPT_ALL_WARNINGS, startTestServer, TEST_SECRET_KEY, type TestServer } from '../../test/harness.js';
import { characterClasses } from '../account/password-policy.js';
import { activeSignIns } from './auth.service.js';
import { generatePassword } from './password.js';

// The 等保 account controls: lockout with unlock by a security administrator, the idle timeout of sign-ins
// (and how a live show keeps its consoles signed in), password expiry and password history.

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token account { mustChangePassword } } }';
const ME = '{ me { id username mustChangePassword lockedAt passwordChangedAt } }';
const CREATE = 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } initialPassword } }';
const CHANGE = 'mutation($input: ChangeOwnPasswordInput!) { changeOwnPassword(input: $input) { id mustChangePassword } }';
const UNLOCK = 'mutation($id: ID!) { unlockAccount(id: $id) { id lockedAt } }';
const ACCOUNTS = 'query($search: String) { accounts(search: $search) { nodes { username lockedAt } } }';
const SIGN_INS = 'query($id: ID!) { signIns(accountId: $id) { id } }';

type Result = { errors?: { message: string; extensions: Record<string, unknown> }[]; data: any };
const code = (result: Result) => result.errors?.[0]?.extensions.code;

let server: TestServer;
let admin: string;
/** Accounts are the security administrator's; sessions (for a show on air) the administrator's. */
let security: string;
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('admin');
  security = await server.login('security');
});
afterAll(async () => {
  await server?.stop();
});

const sql = <T = Record<string, unknown>>(target: TestServer, query: string, params: unknown[] = []): Promise<T[]> =>
  target.orm.em.fork().getConnection().execute(query, params);

/** A new HOST account that has chosen its own password; answers its id and that password. */
async function newAccount(target: TestServer, token: string, username: string) {
  const created = await target.gql(CREATE, { input: { username, displayName: username, role: 'HOST' } }, { token });
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const { initialPassword, account } = created.data.createAccount;
  const password = 'Chosen-Secret-2026';
  const first = await target.login(username, initialPassword);
  const changed = await target.gql(CHANGE, { input: { currentPassword: initialPassword, newPassword: password } }, { token: first });
  if (changed.errors) throw new Error(JSON.stringify(changed.errors));
  return { id: account.id as string, password };
}

describe('account lockout', () => {
  it('locks after five failed sign-ins in a row, then answers LOCKED whatever the password', async () => {
    const { id, password } = await newAccount(server, security, 'zhao.lock');
    for (let i = 0; i < 4; i++) {
      expect(code(await server.gql(LOGIN, { input: { username: 'zhao.lock', password: `Guess-${i}-wrong` } }))).toBe('INVALID_CREDENTIALS');
    }
    const fifth = await server.gql(LOGIN, { input: { username: 'zhao.lock', password: 'Guess-5-wrong' } });
    expect(fifth.errors?.[0]?.extensions).toEqual({ code: 'LOCKED' });
    // The right password and a wrong one get the same answer: the lock tells a guesser nothing.
    const right = await server.gql(LOGIN, { input: { username: 'zhao.lock', password } });
    const wrong = await server.gql(LOGIN, { input: { username: 'zhao.lock', password: 'still wrong' } });
    expect(right.errors?.[0]).toEqual(wrong.errors?.[0]);
    expect(code(right)).toBe('LOCKED');
    const listed = await server.gql(ACCOUNTS, { search: 'zhao.lock' }, { token: security });
    expect(listed.data.accounts.nodes[0].lockedAt).toEqual(expect.any(String));

    // Only a security administrator unlocks it, and then the person signs in at once (the limiter forgot them).
    const host = await server.login('host');
    expect(code(await server.gql(UNLOCK, { id }, { token: host }))).toBe('FORBIDDEN');
    const unlocked = await server.gql(UNLOCK, { id }, { token: security });
    expect(unlocked.data.unlockAccount.lockedAt).toBeNull();
    expect(await server.login('zhao.lock', password)).toBeTypeOf('string');

    const audit = await sql<{ action: string; actor_id: string | null }>(
      server,
      `select action, actor_id from audit_entry where subject_id = ? and action in ('account.lock', 'account.unlock') order by id`,
      [id],
    );
    expect(audit.map((row) => row.action)).toEqual(['account.lock', 'account.unlock']);
    expect(audit[0]!.actor_id).toBeNull();
    expect(audit[1]!.actor_id).toBe((await server.gql(ME, {}, { token: security })).data.me.id);
  });

  it('counts failures in a row only: a successful sign-in starts the count again', async () => {
    const { password } = await newAccount(server, security, 'qian.count');
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 4; i++) await server.gql(LOGIN, { input: { username: 'qian.count', password: `Nope-${i}-xx` } });
      expect(await server.login('qian.count', password)).toBeTypeOf('string');
    }
  });

  it('never answers LOCKED for a username that does not exist', async () => {
    for (let i = 0; i < 6; i++) {
      const result = await server.gql(LOGIN, { input: { username: 'nobody.here', password: `Guess-${i}-wrong` } });
      expect(['INVALID_CREDENTIALS', 'RATE_LIMITED']).toContain(code(result));
    }
  });

  it('unlocks nothing when the account is not locked, and says so for an unknown one', async () => {
    const { id } = await newAccount(server, security, 'sun.unlocked');
    expect((await server.gql(UNLOCK, { id }, { token: security })).data.unlockAccount.lockedAt).toBeNull();
    expect(code(await server.gql(UNLOCK, { id: '00000000-0000-4000-8000-000000000000' }, { token: security }))).toBe('NOT_FOUND');
  });
});

describe('idle timeout', () => {
  it('ends a sign-in unused for IDLE_TIMEOUT_MINUTES, saying why, and drops it from the lists', async () => {
    const { id, password } = await newAccount(server, security, 'li.idle');
    const token = await server.login('li.idle', password);
    expect((await server.gql(ME, {}, { token })).data.me.username).toBe('li.idle');
    await sql(server, `update auth_session set last_used_at = now() - interval '31 minutes' where account_id = ?`, [id]);

    const refused = await server.gql('{ departments { totalCount } }', {}, { token });
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'IDLE_TIMEOUT' });
    // Every later request says so too, `me` included, until the person signs in again.
    expect((await server.gql(ME, {}, { token })).errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'IDLE_TIMEOUT' });
    expect((await server.gql(SIGN_INS, { id }, { token: security })).data.signIns).toEqual([]);
    // Public operations still work for the page that holds the stale cookie.
    expect((await server.gql('{ serverTime }', {}, { token })).errors).toBeUndefined();

    const again = await server.login('li.idle', password);
    expect((await server.gql(ME, {}, { token: again })).data.me.username).toBe('li.idle');
  });

  it('counts each request as use, written at most once a minute', async () => {
    const { id, password } = await newAccount(server, security, 'zhou.busy');
    const token = await server.login('zhou.busy', password);
    await sql(server, `update auth_session set last_used_at = now() - interval '29 minutes' where account_id = ?`, [id]);
    expect((await server.gql(ME, {}, { token })).data.me.username).toBe('zhou.busy');
    const [row] = await sql<{ idle_seconds: number }>(
      server,
      `select min(extract(epoch from now() - last_used_at))::int as idle_seconds from auth_session where account_id = ?`,
      [id],
    );
    expect(row!.idle_seconds).toBeLessThan(5);
  });

  it('keeps staff sockets signed in while a session is live, and only then', async () => {
    const { id, password } = await newAccount(server, security, 'wu.onair');
    await newAccount(server, security, 'zheng.desk');
    const onAir = await server.login('wu.onair', password);
    const desk = await server.login('zheng.desk', 'Chosen-Secret-2026');
    const ids = async (username: string) =>
      (
        await sql<{ id: string }>(server, `select s.id from auth_session s join account a on a.id = s.account_id where a.username = ?`, [
          username,
        ])
      ).map((row) => row.id);
    const [onAirId] = await ids('wu.onair');
    const [deskId] = await ids('zheng.desk');
    expect(onAir && desk).toBeTruthy();
    const em = server.orm.em.fork() as unknown as SqlEntityManager;
    const setIdle = (minutes: number) =>
      sql(server, `update auth_session set last_used_at = now() - (? * interval '1 minute') where id in (?, ?)`, [
        minutes,
        onAirId,
        deskId,
      ]);

    // No show on air: an open socket is not use, and past the timeout the sweep drops the sign-in.
    await setIdle(29);
    expect(await activeSignIns(em, [onAirId!, deskId!])).toEqual(new Set([onAirId, deskId]));
    await setIdle(31);
    expect(await activeSignIns(em, [onAirId!, deskId!])).toEqual(new Set());

    // On air: the sweep keeps every open console in use, so nobody is signed out mid-show.
    await setIdle(29);
    const sessionId = await liveSession();
    expect(await activeSignIns(em, [onAirId!])).toEqual(new Set([onAirId]));
    const [row] = await sql<{ idle_seconds: number }>(
      server,
      `select extract(epoch from now() - last_used_at)::int as idle_seconds from auth_session where id = ?`,
      [onAirId],
    );
    expect(row!.idle_seconds).toBeLessThan(5);
    // A sign-in already idle before the show is not brought back by it.
    await sql(server, `update auth_session set last_used_at = now() - interval '40 minutes' where id = ?`, [deskId]);
    expect(await activeSignIns(em, [deskId!])).toEqual(new Set());
    await sql(server, `update session set status = 'ENDED' where id = ?`, [sessionId]);
    expect(id).toBeTruthy();
  });
});

/** A session put on air through the host's verbs; answers its id. */
async function liveSession(): Promise<string> {
  const created = await server.gql(
    'mutation($i: SessionInput!) { createSession(input: $i) { id } }',
    { i: { title: '空闲测试', theme: '测试', scheduledAt: new Date().toISOString() } },
    { token: admin },
  );
  const sessionId = created.data.createSession.id as string;
  const departmentId = (await server.gql('{ departments(first: 1) { nodes { id } } }', {}, { token: admin })).data.departments.nodes[0].id;
  await server.gql(
    'mutation($s: ID!, $i: QuestionInput!) { addQuestion(sessionId: $s, input: $i) { id } }',
    { s: sessionId, i: { title: '问', body: '内容', questioner: '代表', departmentId, respondent: '局长' } },
    { token: admin },
  );
  await server.gql('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: sessionId }, { token: admin });
  const started = await server.gql(
    'mutation($i: StartSessionInput!) { startSession(input: $i) { id status } }',
    { i: { sessionId, acceptWarnings: ACCEPT_ALL_WARNINGS } },
    { token: await server.login('host') },
  );
  expect(started.errors).toBeUndefined();
  return sessionId;
}

describe('password expiry and history', () => {
  let strict: TestServer;
  let strictAdmin: string;
  beforeAll(async () => {
    strict = await startTestServer({ PASSWORD_MAX_AGE_DAYS: '90', PASSWORD_HISTORY: '2' });
    strictAdmin = await strict.login('security');
  });
  afterAll(async () => {
    await strict?.stop();
  });

  it('makes an expired password be changed before anything else, like a reset one', async () => {
    const { id, password } = await newAccount(strict, strictAdmin, 'feng.expired');
    expect((await strict.gql(LOGIN, { input: { username: 'feng.expired', password } })).data.login.account.mustChangePassword).toBe(false);
    await sql(strict, `update account set password_changed_at = now() - interval '91 days' where id = ?`, [id]);
    const signedIn = await strict.gql(LOGIN, { input: { username: 'feng.expired', password } });
    expect(signedIn.data.login.account.mustChangePassword).toBe(true);
    const token = signedIn.data.login.token;
    const refused = await strict.gql('{ mySignIns { id } }', {}, { token });
    expect(code(refused)).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(refused.errors?.[0]?.message).toMatch(/expired/);
    expect((await strict.gql('{ passwordPolicy { minLength minClasses history maxAgeDays } }', {}, { token })).data.passwordPolicy).toEqual(
      {
        minLength: 10,
        minClasses: 3,
        history: 2,
        maxAgeDays: 90,
      },
    );
    const changed = await strict.gql(CHANGE, { input: { currentPassword: password, newPassword: 'Fresh-choice-2027' } }, { token });
    expect(changed.data.changeOwnPassword.mustChangePassword).toBe(false);
    expect(code(await strict.gql('{ mySignIns { id } }', {}, { token }))).toBeUndefined();
    const audit = await sql<{ action: string }>(
      strict,
      `select action from audit_entry where subject_id = ? and action = 'account.password.expired'`,
      [id],
    );
    expect(audit).toHaveLength(1);
  });

  it('refuses the last passwords again (PASSWORD_REUSED), and forgets older ones', async () => {
    const { password: first } = await newAccount(strict, strictAdmin, 'chu.history');
    const token = await strict.login('chu.history', first);
    const change = (currentPassword: string, newPassword: string) =>
      strict.gql(CHANGE, { input: { currentPassword, newPassword } }, { token }) as Promise<Result>;
    expect((await change(first, 'Second-pass-2026')).errors).toBeUndefined();
    const reused = await change('Second-pass-2026', first);
    expect(reused.errors?.[0]?.extensions).toEqual({ code: 'PASSWORD_REUSED', field: 'newPassword', history: 2 });
    expect((await change('Second-pass-2026', 'Third-pass-2026')).errors).toBeUndefined();
    // History 2: the first is still one of the two before the current one…
    expect(code(await change('Third-pass-2026', first))).toBe('PASSWORD_REUSED');
    expect((await change('Third-pass-2026', 'Fourth-pass-2026')).errors).toBeUndefined();
    // …and after one more change it is not.
    expect((await change('Fourth-pass-2026', first)).errors).toBeUndefined();
  });

  it('counts the password an administrator replaced as used', async () => {
    const { id, password } = await newAccount(strict, strictAdmin, 'wei.reset');
    const reset = await strict.gql(
      'mutation($id: ID!) { resetPassword(accountId: $id) { temporaryPassword } }',
      { id },
      { token: strictAdmin },
    );
    const temporary = reset.data.resetPassword.temporaryPassword as string;
    const token = await strict.login('wei.reset', temporary);
    const reused = await strict.gql(CHANGE, { input: { currentPassword: temporary, newPassword: password } }, { token });
    expect(code(reused)).toBe('PASSWORD_REUSED');
  });
});

describe('password rules', () => {
  it('names what is missing, with the field', async () => {
    const { password } = await newAccount(server, security, 'han.rules');
    const token = await server.login('han.rules', password);
    const result = await server.gql(CHANGE, { input: { currentPassword: password, newPassword: 'onlylowercase' } }, { token });
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
      reason: 'TOO_FEW_CLASSES',
      minClasses: 3,
    });
    expect(result.errors?.[0]?.message).toMatch(/lowercase letters, uppercase letters, digits, other characters/);
    const short = await server.gql(CHANGE, { input: { currentPassword: password, newPassword: 'Ab1-x' } }, { token });
    expect(short.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'newPassword', reason: 'TOO_SHORT', minLength: 10 });
  });

  it('counts the four classes, Chinese characters among the others', () => {
    expect(characterClasses('abc')).toBe(1);
    expect(characterClasses('abcABC')).toBe(2);
    expect(characterClasses('abcABC123')).toBe(3);
    expect(characterClasses('abcABC123!')).toBe(4);
    expect(characterClasses('问政abc123')).toBe(3);
  });

  it('generates passwords an account may keep: lowercase, uppercase and digits every time', () => {
    for (let i = 0; i < 200; i++) expect(characterClasses(generatePassword())).toBe(3);
  });

  it('reads the settings, with expiry on in production only', () => {
    const base = { SECRET_KEY: TEST_SECRET_KEY, DATA_DIR: 'memory://' };
    expect(loadConfig(base)).toMatchObject({
      passwordPolicy: { minLength: 10, minClasses: 3, history: 5, maxAgeDays: 0 },
      idleTimeoutMinutes: 30,
      lockoutThreshold: 5,
    });
    const production = loadConfig({ ...base, NODE_ENV: 'production' });
    expect(production.passwordPolicy.maxAgeDays).toBe(90);
    expect(loadConfig({ ...base, PASSWORD_MAX_AGE_DAYS: '0', NODE_ENV: 'production' }).passwordPolicy.maxAgeDays).toBe(0);
    for (const [name, value] of [
      ['PASSWORD_MIN_LENGTH', '6'],
      ['PASSWORD_MIN_CLASSES', '5'],
      ['IDLE_TIMEOUT_MINUTES', '0'],
      ['LOCKOUT_THRESHOLD', 'many'],
    ] as const) {
      expect(() => loadConfig({ ...base, [name]: value }), name).toThrow(ConfigError);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlEntityManager } from '@mikro-orm/sql';
import WebSocket from 'ws';
import { startTestServer, type TestServer } from '../../test/harness.js';

const CREATE =
  'mutation($input: CreateAccountInput!) { createAccount(input: $input) { initialPassword account { id username role department { shortName } } } }';
const LIST =
  'query($role: Role, $search: String) { accounts(first: 50, role: $role, search: $search) { totalCount nodes { username role department { shortName } } } }';
const DEPARTMENTS = '{ departments(first: 50) { nodes { id shortName } } }';

let server: TestServer;
let security: string;
let housingId: string;
beforeAll(async () => {
  server = await startTestServer();
  security = await server.login('security');
  const { data } = await server.gql(DEPARTMENTS, {}, { token: await server.login('admin') });
  housingId = data.departments.nodes.find((d: { shortName: string }) => d.shortName === '住建局').id;
});
afterAll(async () => {
  await server?.stop();
});

describe('accounts', () => {
  it('creates an account whose one-time password signs in', async () => {
    const result = await server.gql(CREATE, { input: { username: 'zhou.host', displayName: '周扬', role: 'HOST' } }, { token: security });
    expect(result.errors).toBeUndefined();
    const { initialPassword, account } = result.data.createAccount;
    expect(account).toMatchObject({ username: 'zhou.host', role: 'HOST', department: null });
    expect(initialPassword).toMatch(/^[A-Za-z2-9]{14}$/);
    const token = await server.login('zhou.host', initialPassword);
    // Its initial password was seen by the administrator: it must choose its own before anything else.
    expect((await server.gql('{ me { username mustChangePassword } }', {}, { token })).data.me).toEqual({
      username: 'zhou.host',
      mustChangePassword: true,
    });
    expect(code(await server.gql('{ mySignIns { id } }', {}, { token }))).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('binds a department account to its department', async () => {
    const result = await server.gql(
      CREATE,
      { input: { username: 'zhujian2', displayName: '赵磊', role: 'DEPARTMENT', departmentId: housingId } },
      { token: security },
    );
    expect(result.data.createAccount.account.department).toEqual({ shortName: '住建局' });
  });

  it('requires a department for department accounts, and refuses one for others', async () => {
    const missing = await server.gql(CREATE, { input: { username: 'nodept', displayName: '甲', role: 'DEPARTMENT' } }, { token: security });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentId' });
    const extra = await server.gql(
      CREATE,
      { input: { username: 'hostdept', displayName: '乙', role: 'HOST', departmentId: housingId } },
      { token: security },
    );
    expect(extra.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentId' });
    const unknown = await server.gql(
      CREATE,
      { input: { username: 'ghost', displayName: '丙', role: 'DEPARTMENT', departmentId: '00000000-0000-4000-8000-000000000000' } },
      { token: security },
    );
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const names = (await server.gql(LIST, { search: '' }, { token: security })).data.accounts.nodes.map(
      (n: { username: string }) => n.username,
    );
    expect(names).not.toContain('nodept');
    expect(names).not.toContain('ghost');
  });

  it('refuses a taken username with CONFLICT', async () => {
    const result = await server.gql(CREATE, { input: { username: 'admin', displayName: '重复', role: 'ADMIN' } }, { token: security });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'username' });
  });

  it('names the invalid field', async () => {
    const result = await server.gql(CREATE, { input: { username: 'Bad Name!', displayName: '丁', role: 'HOST' } }, { token: security });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    const role = await server.gql(CREATE, { input: { username: 'x-role', displayName: '戊', role: 'KING' } }, { token: security });
    expect(role.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('filters by role and searches usernames and names', async () => {
    const reps = (await server.gql(LIST, { role: 'REPRESENTATIVE' }, { token: security })).data.accounts;
    expect(reps.nodes.map((n: { username: string }) => n.username)).toEqual(['rep']);
    const search = (await server.gql(LIST, { search: '联络员' }, { token: security })).data.accounts;
    expect(search.nodes).toEqual([{ username: 'dept', role: 'DEPARTMENT', department: { shortName: '住建局' } }]);
  });

  it('is for security administrators only', async () => {
    const token = await server.login('dept');
    const create = await server.gql(CREATE, { input: { username: 'sneaky', displayName: '己', role: 'ADMIN' } }, { token });
    expect(create.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(create.data).toBeNull();
    expect((await server.gql(LIST, {}, { token })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

// --- the account's life cycle -------------------------------------------------------------------

const ACCOUNT_FIELDS = 'id username deactivatedAt mustChangePassword';
const DEACTIVATE = `mutation($id: ID!) { deactivateAccount(id: $id) { ${ACCOUNT_FIELDS} } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateAccount(id: $id) { ${ACCOUNT_FIELDS} } }`;
const RESET = `mutation($id: ID!) { resetPassword(accountId: $id) { temporaryPassword account { ${ACCOUNT_FIELDS} } } }`;
const CHANGE = `mutation($input: ChangeOwnPasswordInput!) { changeOwnPassword(input: $input) { ${ACCOUNT_FIELDS} } }`;
const SIGN_INS = 'query($id: ID!) { signIns(accountId: $id) { id createdAt expiresAt ip current } }';
const MY_SIGN_INS = '{ mySignIns { id ip current } }';
const REVOKE = 'mutation($id: ID!) { revokeSignIn(id: $id) }';
const REVOKE_ALL = 'mutation($id: ID!) { revokeAllSignIns(accountId: $id) }';
const ME = `{ me { ${ACCOUNT_FIELDS} } }`;
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token account { mustChangePassword } } }';

/** Something a host may do (the session is unknown, which does not matter here). */
const HOST_QUERY = 'query($id: ID!) { connectedPhones(sessionId: $id) }';
const HOST_VARIABLES = { id: '00000000-0000-4000-8000-000000000000' };

const code = (result: { errors?: { extensions: { code: string } }[] }) => result.errors?.[0]?.extensions.code;

/** A new account of the role that has chosen its own password (as it must at its first sign-in), and that password. */
async function newAccount(username: string, role = 'HOST'): Promise<{ id: string; password: string }> {
  const result = await server.gql(CREATE, { input: { username, displayName: username, role } }, { token: security });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  const first = await server.login(username, result.data.createAccount.initialPassword);
  const password = `Chosen-${Math.random().toString(36).slice(2, 10)}`;
  const chosen = await server.gql(
    'mutation($input: ChangeOwnPasswordInput!) { changeOwnPassword(input: $input) { id } }',
    { input: { currentPassword: result.data.createAccount.initialPassword, newPassword: password } },
    { token: first },
  );
  if (chosen.errors) throw new Error(JSON.stringify(chosen.errors));
  await server.gql('mutation { logout }', {}, { token: first });
  return { id: result.data.createAccount.account.id, password };
}

async function auditActions(subjectId: string): Promise<string[]> {
  const rows: { action: string }[] = await server.orm.em
    .fork()
    .getConnection()
    .execute(`select action from audit_entry where subject_type = 'Account' and subject_id = ? and action <> 'auth.login' order by id`, [
      subjectId,
    ]);
  return rows.map((row) => row.action);
}

describe('deactivating an account', () => {
  it('ends its sign-ins at once and refuses its sign-in, only to whoever knows the password', async () => {
    const { id, password } = await newAccount('wang.host');
    const token = await server.login('wang.host', password);
    expect((await server.gql(ME, {}, { token })).data.me.username).toBe('wang.host');

    const result = await server.gql(DEACTIVATE, { id }, { token: security });
    expect(result.errors).toBeUndefined();
    expect(result.data.deactivateAccount.deactivatedAt).toEqual(expect.any(String));
    expect((await server.gql(ME, {}, { token })).data.me).toBeNull();
    expect(code(await server.gql(HOST_QUERY, HOST_VARIABLES, { token }))).toBe('UNAUTHENTICATED');

    const right = await server.gql(LOGIN, { input: { username: 'wang.host', password } });
    expect(code(right)).toBe('ACCOUNT_DISABLED');
    const wrong = await server.gql(LOGIN, { input: { username: 'wang.host', password: 'not the password' } });
    expect(code(wrong)).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors?.[0]?.message).toBe(
      (await server.gql(LOGIN, { input: { username: 'nobody.here', password: 'x' } })).errors?.[0]?.message,
    );

    const again = await server.gql(DEACTIVATE, { id }, { token: security });
    expect(again.data.deactivateAccount.deactivatedAt).toBe(result.data.deactivateAccount.deactivatedAt);

    const back = await server.gql(REACTIVATE, { id }, { token: security });
    expect(back.data.reactivateAccount.deactivatedAt).toBeNull();
    expect(await server.login('wang.host', password)).toBeTypeOf('string');
    expect(await auditActions(id)).toEqual(['account.create', 'account.password.change', 'account.deactivate', 'account.reactivate']);
  });

  it('keeps a token anonymous even if its sign-in outlived the deactivation', async () => {
    const { id, password } = await newAccount('li.late');
    const token = await server.login('li.late', password);
    // As if a sign-in had raced the deactivation: the account is marked, its rows left in place.
    await server.orm.em.fork().getConnection().execute('update account set deactivated_at = now() where id = ?', [id]);
    expect((await server.gql(ME, {}, { token })).data.me).toBeNull();
  });

  it('closes the deactivated account’s open WebSocket with 4403', async () => {
    const { id, password } = await newAccount('zhao.socket');
    const token = await server.login('zhao.socket', password);
    const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { token } })));
      socket.once('message', (data) =>
        JSON.parse(data.toString()).type === 'connection_ack' ? resolve() : reject(new Error(data.toString())),
      );
      socket.once('error', reject);
    });
    expect((await server.gql(DEACTIVATE, { id }, { token: security })).errors).toBeUndefined();
    const close = await Promise.race([
      closed,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the socket stayed open')), 5_000)),
    ]);
    expect(close.code).toBe(4403);
  });

  it('refuses one’s own account and the last active security administrator', async () => {
    const self = (await server.gql(ME, {}, { token: security })).data.me.id;
    expect(code(await server.gql(DEACTIVATE, { id: self }, { token: security }))).toBe('OWN_ACCOUNT');

    // A second security administrator whose request was resolved before it was itself deactivated (a
    // race): deactivating the one security administrator left is refused.
    const second = await newAccount('second.admin', 'SECURITY_ADMIN');
    const secondToken = await server.login('second.admin', second.password);
    const staleContext = await server.context({ token: secondToken, ip: '127.0.0.1' });
    expect((await server.gql(DEACTIVATE, { id: second.id }, { token: security })).errors).toBeUndefined();
    const { deactivateAccount } = await import('./life-cycle.service.js');
    await expect(deactivateAccount({ ...staleContext, em: server.orm.em.fork() as SqlEntityManager }, self)).rejects.toMatchObject({
      code: 'LAST_ADMIN',
    });
    expect((await server.gql(ME, {}, { token: security })).data.me.deactivatedAt).toBeNull();
  });

  it('leaves a security administrator when two deactivate each other at once', async () => {
    const [a, b] = [await newAccount('race.a', 'SECURITY_ADMIN'), await newAccount('race.b', 'SECURITY_ADMIN')];
    const [ta, tb] = [await server.login('race.a', a.password), await server.login('race.b', b.password)];
    // The seeded one steps aside for this test, so these two are the only active security administrators.
    const seeded = (await server.gql(ME, {}, { token: security })).data.me.id;
    await server.gql(DEACTIVATE, { id: seeded }, { token: ta });
    const results = await Promise.all([
      server.gql(DEACTIVATE, { id: b.id }, { token: ta }),
      server.gql(DEACTIVATE, { id: a.id }, { token: tb }),
    ]);
    const [{ n }] = await server.orm.em
      .fork()
      .getConnection()
      .execute(`select count(*)::int as n from account where role = 'SECURITY_ADMIN' and deactivated_at is null`);
    expect(n).toBe(1);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(['LAST_ADMIN', 'UNAUTHENTICATED']).toContain(code(results.find((r) => r.errors)!));
    // Whoever is left brings the others back.
    const survivor = results[0]!.errors ? tb : ta;
    for (const id of [seeded, a.id, b.id]) expect((await server.gql(REACTIVATE, { id }, { token: survivor })).errors).toBeUndefined();
    security = await server.login('security');
  });
});

describe('changing one’s own password', () => {
  it('needs the current password, keeps this sign-in and ends the others', async () => {
    const { password } = await newAccount('chen.change');
    const here = await server.login('chen.change', password);
    const elsewhere = await server.login('chen.change', password);
    const wrong = await server.gql(
      CHANGE,
      { input: { currentPassword: 'not it at all', newPassword: 'A-new-long-secret' } },
      { token: here },
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_CREDENTIALS', field: 'currentPassword' });

    const changed = await server.gql(CHANGE, { input: { currentPassword: password, newPassword: 'A-new-long-secret' } }, { token: here });
    expect(changed.errors).toBeUndefined();
    expect((await server.gql(ME, {}, { token: here })).data.me.username).toBe('chen.change');
    expect((await server.gql(ME, {}, { token: elsewhere })).data.me).toBeNull();
    expect(code(await server.gql(LOGIN, { input: { username: 'chen.change', password } }))).toBe('INVALID_CREDENTIALS');
    expect(await server.login('chen.change', 'A-new-long-secret')).toBeTypeOf('string');
  });

  it('explains which rule a weak password breaks', async () => {
    const { password } = await newAccount('sun.policy');
    const token = await server.login('sun.policy', password);
    const cases: [string, string][] = [
      ['short1', 'TOO_SHORT'],
      ['longenough12', 'TOO_FEW_CLASSES'],
      ['1234567890', 'TOO_FEW_CLASSES'],
      ['My-sun.policy-pw', 'CONTAINS_USERNAME'],
      [password, 'SAME_AS_CURRENT'],
      ['Password123', 'TOO_COMMON'],
      ['Aa1Aa1Aa1Aa1', 'TOO_COMMON'],
    ];
    for (const [newPassword, reason] of cases) {
      const result = await server.gql(CHANGE, { input: { currentPassword: password, newPassword } }, { token });
      expect(result.errors?.[0]?.extensions, newPassword).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword', reason });
    }
    const empty = await server.gql(CHANGE, { input: { currentPassword: '', newPassword: 'Long-enough-pw' } }, { token });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    // The rules were checked before the password: none of these spent a try.
    expect(
      (await server.gql(CHANGE, { input: { currentPassword: password, newPassword: 'Long-enough-pw' } }, { token })).errors,
    ).toBeUndefined();
  });

  it('is rate limited like sign-in', async () => {
    const { password } = await newAccount('he.limit');
    const token = await server.login('he.limit', password);
    for (let i = 0; i < 5; i++) {
      const result = await server.gql(
        CHANGE,
        { input: { currentPassword: `guess number ${i}`, newPassword: 'A-new-long-secret' } },
        { token },
      );
      expect(code(result)).toBe('INVALID_CREDENTIALS');
    }
    const limited = await server.gql(CHANGE, { input: { currentPassword: password, newPassword: 'A-new-long-secret' } }, { token });
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
  });

  it('is for signed-in staff only', async () => {
    expect(code(await server.gql(CHANGE, { input: { currentPassword: 'x', newPassword: 'A-new-long-secret' } }))).toBe('UNAUTHENTICATED');
  });
});

describe('resetting a password', () => {
  it('works once, ends the sign-ins and forces a change before anything else', async () => {
    const { id, password } = await newAccount('liu.reset');
    const before = await server.login('liu.reset', password);
    const reset = await server.gql(RESET, { id }, { token: security });
    expect(reset.errors).toBeUndefined();
    const { temporaryPassword, account } = reset.data.resetPassword;
    expect(temporaryPassword).toMatch(/^[A-Za-z2-9]{14}$/);
    expect(account.mustChangePassword).toBe(true);
    expect((await server.gql(ME, {}, { token: before })).data.me).toBeNull();
    expect(code(await server.gql(LOGIN, { input: { username: 'liu.reset', password } }))).toBe('INVALID_CREDENTIALS');

    const signedIn = await server.gql(LOGIN, { input: { username: 'liu.reset', password: temporaryPassword } });
    expect(signedIn.data.login.account.mustChangePassword).toBe(true);
    const token = signedIn.data.login.token;
    expect((await server.gql(ME, {}, { token })).data.me.mustChangePassword).toBe(true);
    expect(code(await server.gql(HOST_QUERY, HOST_VARIABLES, { token }))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(code(await server.gql(MY_SIGN_INS, {}, { token }))).toBe('PASSWORD_CHANGE_REQUIRED');

    const changed = await server.gql(
      CHANGE,
      { input: { currentPassword: temporaryPassword, newPassword: 'liu-own-choice-2026' } },
      { token },
    );
    expect(changed.data.changeOwnPassword.mustChangePassword).toBe(false);
    expect(code(await server.gql(HOST_QUERY, HOST_VARIABLES, { token }))).toBe('NOT_FOUND'); // past the access check
    expect(code(await server.gql(LOGIN, { input: { username: 'liu.reset', password: temporaryPassword } }))).toBe('INVALID_CREDENTIALS');
    expect(await auditActions(id)).toEqual([
      'account.create',
      'account.password.change',
      'account.password.reset',
      'account.password.change',
    ]);
  });

  it('keeps the file routes closed to it too until it has chosen its own', async () => {
    const { id } = await newAccount('lin.files', 'ADMIN');
    const { temporaryPassword } = (await server.gql(RESET, { id }, { token: security })).data.resetPassword;
    const token = await server.login('lin.files', temporaryPassword);
    const download = () => fetch(`${server.url}/exports/sessions.xlsx`, { headers: { authorization: `Bearer ${token}` } });
    expect((await download()).status).toBe(401);
    await server.gql(CHANGE, { input: { currentPassword: temporaryPassword, newPassword: 'lin-files-own-2026' } }, { token });
    expect((await download()).status).toBe(200);
  });

  it('lets the person sign out before changing it', async () => {
    const { id } = await newAccount('ma.logout');
    const { temporaryPassword } = (await server.gql(RESET, { id }, { token: security })).data.resetPassword;
    const token = await server.login('ma.logout', temporaryPassword);
    expect((await server.gql('mutation { logout }', {}, { token })).data).toEqual({ logout: true });
  });

  it('refuses one’s own account', async () => {
    const self = (await server.gql(ME, {}, { token: security })).data.me.id;
    expect(code(await server.gql(RESET, { id: self }, { token: security }))).toBe('OWN_ACCOUNT');
  });
});

describe('sign-ins', () => {
  it('lists an account’s sign-ins for admins, and one’s own with the current one marked', async () => {
    const { id, password } = await newAccount('xu.signins');
    const first = await server.login('xu.signins', password);
    const second = await server.login('xu.signins', password);
    const listed = (await server.gql(SIGN_INS, { id }, { token: security })).data.signIns;
    expect(listed).toHaveLength(2);
    expect(listed[0]).toMatchObject({ ip: expect.any(String), current: false });
    expect(new Date(listed[0].expiresAt).getTime()).toBeGreaterThan(Date.now());
    const mine = (await server.gql(MY_SIGN_INS, {}, { token: second })).data.mySignIns;
    expect(mine.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(mine.find((s: { current: boolean }) => s.current).id).toBe(listed[0].id);

    // Ending the other one from here: its token is anonymous, this one still works.
    const other = mine.find((s: { current: boolean }) => !s.current).id;
    expect((await server.gql(REVOKE, { id: other }, { token: second })).data).toEqual({ revokeSignIn: true });
    expect((await server.gql(ME, {}, { token: first })).data.me).toBeNull();
    expect((await server.gql(ME, {}, { token: second })).data.me.username).toBe('xu.signins');
  });

  it('lets an admin end one or all of an account’s sign-ins', async () => {
    const { id, password } = await newAccount('gao.revoke');
    const tokens = [
      await server.login('gao.revoke', password),
      await server.login('gao.revoke', password),
      await server.login('gao.revoke', password),
    ];
    const [one] = (await server.gql(SIGN_INS, { id }, { token: security })).data.signIns;
    expect((await server.gql(REVOKE, { id: one.id }, { token: security })).data.revokeSignIn).toBe(true);
    const alive = await Promise.all(tokens.map(async (token) => (await server.gql(ME, {}, { token })).data.me !== null));
    expect(alive.filter(Boolean)).toHaveLength(2);
    expect((await server.gql(REVOKE_ALL, { id }, { token: security })).data.revokeAllSignIns).toBe(2);
    for (const token of tokens) expect((await server.gql(ME, {}, { token })).data.me).toBeNull();
    expect(await auditActions(id)).toEqual(['account.create', 'account.password.change', 'auth.signIn.revoke', 'auth.signIns.revokeAll']);
  });

  it('hides other people’s sign-ins from staff who are not admins', async () => {
    const token = await server.login('host');
    const adminSignIn = (await server.gql(MY_SIGN_INS, {}, { token: security })).data.mySignIns[0].id;
    expect(code(await server.gql(REVOKE, { id: adminSignIn }, { token }))).toBe('NOT_FOUND');
    expect((await server.gql(ME, {}, { token: security })).data.me).not.toBeNull();
  });

  it('answers NOT_FOUND for unknown accounts and sign-ins', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const query of [SIGN_INS, REVOKE, REVOKE_ALL, DEACTIVATE, REACTIVATE, RESET]) {
      expect(code(await server.gql(query, { id: unknown }, { token: security })), query).toBe('NOT_FOUND');
    }
  });
});

describe('the life cycle is for security administrators (等保 separation of duties)', () => {
  it('refuses other roles, the business administrator included', async () => {
    const target = (await server.gql(ME, {}, { token: security })).data.me.id;
    for (const username of ['dept', 'admin']) {
      const token = await server.login(username);
      for (const query of [DEACTIVATE, REACTIVATE, RESET, SIGN_INS, REVOKE_ALL]) {
        const result = await server.gql(query, { id: target }, { token });
        expect(code(result), `${username} ${query}`).toBe('FORBIDDEN');
      }
      const created = await server.gql(CREATE, { input: { username: `by.${username}`, displayName: '甲', role: 'HOST' } }, { token });
      expect(code(created), username).toBe('FORBIDDEN');
      // Another account's sign-in is not even there for them.
      const signIn = (await server.gql(MY_SIGN_INS, {}, { token: security })).data.mySignIns[0].id;
      expect(code(await server.gql(REVOKE, { id: signIn }, { token })), username).toBe('NOT_FOUND');
    }
    expect((await server.gql(ME, {}, { token: security })).data.me.deactivatedAt).toBeNull();
  });

  it('lets a business administrator still list accounts (to bind representatives) and manage its own sign-ins', async () => {
    const token = await server.login('admin');
    const reps = await server.gql(LIST, { role: 'REPRESENTATIVE' }, { token });
    expect(reps.errors).toBeUndefined();
    const own = (await server.gql(MY_SIGN_INS, {}, { token })).data.mySignIns as { id: string; current: boolean }[];
    const other = own.find((signIn) => !signIn.current);
    if (other) expect((await server.gql(REVOKE, { id: other.id }, { token })).data.revokeSignIn).toBe(true);
  });
});

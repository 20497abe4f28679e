import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.js';

const CREATE = 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { initialPassword account { id username role department { shortName } } } }';
const LIST = 'query($role: Role, $search: String) { accounts(first: 50, role: $role, search: $search) { totalCount nodes { username role department { shortName } } } }';
const DEPARTMENTS = '{ departments(first: 50) { nodes { id shortName } } }';

let server: TestServer;
let admin: string;
let housingId: string;
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('admin');
  const { data } = await server.gql(DEPARTMENTS, {}, { token: admin });
  housingId = data.departments.nodes.find((d: { shortName: string }) => d.shortName === '住建局').id;
});
afterAll(async () => { await server?.stop(); });

describe('accounts', () => {
  it('creates an account whose one-time password signs in', async () => {
    const result = await server.gql(CREATE, { input: { username: 'zhou.host', displayName: '周扬', role: 'HOST' } }, { token: admin });
    expect(result.errors).toBeUndefined();
    const { initialPassword, account } = result.data.createAccount;
    expect(account).toMatchObject({ username: 'zhou.host', role: 'HOST', department: null });
    expect(initialPassword).toMatch(/^[A-Za-z2-9]{14}$/);
    const token = await server.login('zhou.host', initialPassword);
    expect((await server.gql('{ me { username } }', {}, { token })).data.me.username).toBe('zhou.host');
  });

  it('binds a department account to its department', async () => {
    const result = await server.gql(CREATE, { input: { username: 'zhujian2', displayName: '赵磊', role: 'DEPARTMENT', departmentId: housingId } }, { token: admin });
    expect(result.data.createAccount.account.department).toEqual({ shortName: '住建局' });
  });

  it('requires a department for department accounts, and refuses one for others', async () => {
    const missing = await server.gql(CREATE, { input: { username: 'nodept', displayName: '甲', role: 'DEPARTMENT' } }, { token: admin });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentId' });
    const extra = await server.gql(CREATE, { input: { username: 'hostdept', displayName: '乙', role: 'HOST', departmentId: housingId } }, { token: admin });
    expect(extra.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentId' });
    const unknown = await server.gql(CREATE, { input: { username: 'ghost', displayName: '丙', role: 'DEPARTMENT', departmentId: '00000000-0000-4000-8000-000000000000' } }, { token: admin });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const names = (await server.gql(LIST, { search: '' }, { token: admin })).data.accounts.nodes.map((n: { username: string }) => n.username);
    expect(names).not.toContain('nodept');
    expect(names).not.toContain('ghost');
  });

  it('refuses a taken username with CONFLICT', async () => {
    const result = await server.gql(CREATE, { input: { username: 'admin', displayName: '重复', role: 'ADMIN' } }, { token: admin });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'username' });
  });

  it('names the invalid field', async () => {
    const result = await server.gql(CREATE, { input: { username: 'Bad Name!', displayName: '丁', role: 'HOST' } }, { token: admin });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    const role = await server.gql(CREATE, { input: { username: 'x-role', displayName: '戊', role: 'KING' } }, { token: admin });
    expect(role.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('filters by role and searches usernames and names', async () => {
    const reps = (await server.gql(LIST, { role: 'REPRESENTATIVE' }, { token: admin })).data.accounts;
    expect(reps.nodes.map((n: { username: string }) => n.username)).toEqual(['rep']);
    const search = (await server.gql(LIST, { search: '联络员' }, { token: admin })).data.accounts;
    expect(search.nodes).toEqual([{ username: 'dept', role: 'DEPARTMENT', department: { shortName: '住建局' } }]);
  });

  it('is for admins only', async () => {
    const token = await server.login('dept');
    const create = await server.gql(CREATE, { input: { username: 'sneaky', displayName: '己', role: 'ADMIN' } }, { token });
    expect(create.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(create.data).toBeNull();
    expect((await server.gql(LIST, {}, { token })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

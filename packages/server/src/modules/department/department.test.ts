import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.js';

const CREATE = 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name shortName } }';
const LIST =
  'query($first: Int!, $after: String, $search: String) { departments(first: $first, after: $after, search: $search) { totalCount nodes { shortName } pageInfo { endCursor hasNextPage } } }';

let server: TestServer;
let admin: string;
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('admin');
});
afterAll(async () => {
  await server?.stop();
});

describe('departments', () => {
  it('lets an admin add a department and records who did it', async () => {
    const result = await server.gql(CREATE, { input: { name: ' 县教育局 ', shortName: '教育局' } }, { token: admin });
    expect(result.errors).toBeUndefined();
    expect(result.data.createDepartment).toMatchObject({ name: '县教育局', shortName: '教育局' });
  });

  it('refuses a duplicate name with CONFLICT and stores nothing', async () => {
    const before = (await server.gql(LIST, { first: 200 }, { token: admin })).data.departments.totalCount;
    const result = await server.gql(CREATE, { input: { name: '县住房和城乡建设局', shortName: '另一个' } }, { token: admin });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect((await server.gql(LIST, { first: 200 }, { token: admin })).data.departments.totalCount).toBe(before);
  });

  it('names the invalid field', async () => {
    const empty = await server.gql(CREATE, { input: { name: '县卫生健康局', shortName: '' } }, { token: admin });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'shortName' });
    const long = await server.gql(CREATE, { input: { name: '局'.repeat(101), shortName: '长' } }, { token: admin });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('pages through the list by cursor, in name order, without repeats', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    let total = 0;
    for (let page = 0; page < 10; page++) {
      const { data } = await server.gql(LIST, { first: 2, after }, { token: admin });
      total = data.departments.totalCount;
      seen.push(...data.departments.nodes.map((n: { shortName: string }) => n.shortName));
      if (!data.departments.pageInfo.hasNextPage) break;
      after = data.departments.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('searches either name', async () => {
    const { data } = await server.gql(LIST, { first: 10, search: '住建' }, { token: admin });
    expect(data.departments.nodes).toEqual([{ shortName: '住建局' }]);
    const byFull = await server.gql(LIST, { first: 10, search: '城市管理' }, { token: admin });
    expect(byFull.data.departments.nodes).toEqual([{ shortName: '城管局' }]);
    const wildcard = await server.gql(LIST, { first: 10, search: '%' }, { token: admin });
    expect(wildcard.data.departments.totalCount).toBe(0);
  });

  it('treats a null cursor as the first page', async () => {
    const { data } = await server.gql(LIST, { first: 2, after: null }, { token: admin });
    expect(data.departments.nodes).toHaveLength(2);
  });

  it('refuses a cursor it did not issue', async () => {
    const result = await server.gql(LIST, { first: 2, after: 'not-a-cursor' }, { token: admin });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('refuses page sizes out of range', async () => {
    const result = await server.gql(LIST, { first: 1000 }, { token: admin });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('is kept by admins; representatives may read the list, to dispatch a clue or propose a question', async () => {
    for (const username of ['host', 'dept', 'mod', 'rep']) {
      const token = await server.login(username);
      const list = await server.gql(LIST, { first: 5 }, { token });
      const create = await server.gql(CREATE, { input: { name: `${username}局`, shortName: username } }, { token });
      expect(create.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(create.data).toBeNull();
      if (username === 'rep') expect(list.data.departments.nodes.length).toBeGreaterThan(0);
      else expect([list.errors?.[0]?.extensions.code, list.data]).toEqual(['FORBIDDEN', null]);
    }
    const anonymous = await server.gql(LIST, { first: 5 });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/harness.js';

let server: TestServer;
let admin: string;
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('admin');
});
afterAll(async () => {
  await server?.stop();
});

describe('root argument guard', () => {
  it('refuses an id that is no id of ours with BAD_USER_INPUT naming it, on queries, mutations and subscriptions', async () => {
    const query = await server.gql('query($id: ID!) { session(id: $id) { id } }', { id: 'x' });
    expect(query.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const nested = await server.gql(
      'mutation($i: QuestionInput!) { addQuestion(sessionId: "00000000-0000-4000-8000-000000000000", input: $i) { id } }',
      {
        i: { title: '题', body: '内容', questioner: '代表', respondent: '局长', departmentId: 'dept-1' },
      },
      { token: admin },
    );
    expect(nested.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentId' });
    const listed = await server.gql(
      'mutation($ids: [ID!]!) { reorderQuestions(sessionId: "00000000-0000-4000-8000-000000000000", questionIds: $ids) { id } }',
      { ids: ['00000000-0000-4000-8000-000000000000', '1; drop'] },
      { token: admin },
    );
    expect(listed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questionIds' });
    const subscription = await server.ws().iterate({ query: 'subscription { liveStateChanged(sessionId: "nope") { version } }' }).next();
    expect(subscription.value).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'sessionId' } }] });
  });

  it('lets UUIDs through to the services, in either case', async () => {
    expect(
      (await server.gql('query($id: ID!) { session(id: $id) { id } }', { id: '00000000-0000-4000-8000-00000000000A' })).errors?.[0]
        ?.extensions.code,
    ).toBe('NOT_FOUND');
    expect((await server.gql('query($id: ID!) { session(id: $id) { id } }', { id: 12345 })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
  });

  it('refuses text with a NUL character', async () => {
    const result = await server.gql('mutation($c: String!) { joinSession(joinCode: $c) { token } }', { c: '12345\u0000' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'joinCode' });
  });

  it('keeps the embedded database healthy under a flood of malformed ids', async () => {
    // Each of these used to be a failed SQL statement; PGlite 0.5 fails every larger query after a few thousand.
    for (let batch = 0; batch < 200; batch++) {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          server.gql('query($id: ID!) { liveState(sessionId: $id) { version } }', { id: i % 2 ? `${batch}${i}` : `x${batch}-${i}` }),
        ),
      );
    }
    // The kind of statement that fails first once the embedded database has lost its stack.
    const probe = `select ${Array.from({ length: 40 }, (_, i) => `(select count(*) from session) as c${i}`).join(', ')}`;
    await expect(server.orm.em.getConnection().execute(probe)).resolves.toHaveLength(1);
    const sessions = await server.gql(
      '{ sessions(first: 20) { totalCount nodes { id questions { id department { name } round { id } } } } }',
      {},
      { token: admin },
    );
    expect(sessions.errors).toBeUndefined();
  }, 120_000);
});

// Two instances of one deployment behind any load balancer: one PostgreSQL, one Redis.
// Runs in the `cluster` test project, which exists when TEST_DATABASE_URL and TEST_REDIS_URL are set.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT_ALL_WARNINGS, createFreshDatabase, nextValue, startTestServer, type TestServer } from '../../test/harness.js';

let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  a = await startTestServer();
  b = await startTestServer({ SEED: 'none' }, { databaseUrl: a.databaseUrl!, redisPrefix: a.redisPrefix });
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

async function ok(server: TestServer, query: string, variables: Record<string, unknown>, token?: string) {
  const result = await server.gql(query, variables, { token });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

describe('two server instances', () => {
  it('share live state, tallies and presence, with exact counts', async () => {
    const admin = await a.login('admin');
    const hostOnB = await b.login('host');
    const departmentId = (await ok(a, '{ departments(first: 1) { nodes { id } } }', {}, admin)).departments.nodes[0].id;
    const session = (
      await ok(
        a,
        'mutation($i: SessionInput!) { createSession(input: $i) { id joinCode } }',
        { i: { title: '双实例', theme: '加强物业管理', scheduledAt: new Date().toISOString() } },
        admin,
      )
    ).createSession;
    const question = (
      await ok(
        a,
        'mutation($s: ID!, $i: QuestionInput!) { addQuestion(sessionId: $s, input: $i) { questions { id } } }',
        { s: session.id, i: { title: 'q', body: 'b', questioner: 'x', departmentId, respondent: 'y' } },
        admin,
      )
    ).addQuestion.questions[0].id;
    await ok(a, 'mutation($id: ID!) { publishSession(id: $id) { id } }', { id: session.id }, admin);

    // A phone follows the session on A; the host works on B.
    const states = a.ws().iterate<any>({
      query: 'subscription($id: ID!) { liveStateChanged(sessionId: $id) { status question { phase round { id } } } }',
      variables: { id: session.id },
    });
    expect((await nextValue(states)).data.liveStateChanged.status).toBe('PUBLISHED');
    await ok(
      b,
      'mutation($id: ID!, $accept: [PreLiveCheckCode!]!) { startSession(input: { sessionId: $id, acceptWarnings: $accept }) { id } }',
      { id: session.id, accept: ACCEPT_ALL_WARNINGS },
      hostOnB,
    );
    expect((await nextValue(states)).data.liveStateChanged.status).toBe('LIVE');
    for (const verb of ['askQuestion', 'startAnswer', 'openVoting'])
      await ok(b, `mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id: question }, hostOnB);
    let state = (await nextValue(states)).data.liveStateChanged;
    while (state.question?.phase !== 'VOTING') state = (await nextValue(states)).data.liveStateChanged;
    const roundId = state.question.round.id as string;

    // Presence counts a phone connected to A when asked on B.
    const { joinSession } = await ok(a, 'mutation($c: String!) { joinSession(joinCode: $c) { token } }', { c: session.joinCode });
    await nextValue(
      a
        .ws({ deviceToken: joinSession.token })
        .iterate({ query: 'subscription($id: ID!) { liveStateChanged(sessionId: $id) { version } }', variables: { id: session.id } }),
    );
    await expect
      .poll(async () => (await ok(b, 'query($id: ID!) { connectedPhones(sessionId: $id) }', { id: session.id }, hostOnB)).connectedPhones, {
        timeout: 8_000,
      })
      .toBe(1);

    // The screen is on B; phones vote on both instances.
    const screen = b
      .ws({ token: hostOnB })
      .iterate<any>({ query: 'subscription($r: ID!) { roundTallyChanged(roundId: $r) { onlineVoted } }', variables: { r: roundId } });
    expect((await nextValue(screen)).data.roundTallyChanged.onlineVoted).toBe(0);
    const vote = async (server: TestServer) => {
      const { joinSession } = await ok(server, 'mutation($c: String!) { joinSession(joinCode: $c) { token } }', { c: session.joinCode });
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-device-token': joinSession.token },
        body: JSON.stringify({
          query: 'mutation($i: CastVoteInput!) { castVote(input: $i) { roundId } }',
          variables: { i: { roundId, choice: 'SATISFIED', ballotId: randomUUID() } },
        }),
      });
      return ((await response.json()) as any).data?.castVote != null;
    };
    const acks = await Promise.all(Array.from({ length: 60 }, (_, i) => vote(i % 2 ? a : b)));
    expect(acks.every(Boolean)).toBe(true);
    let shown = 0;
    while (shown < 60) shown = (await nextValue(screen)).data.roundTallyChanged.onlineVoted;
    expect(shown).toBe(60);

    // Closed on A, the result is the database's, seen identically on both.
    await ok(a, 'mutation($id: ID!) { closeVoting(id: $id) { id } }', { id: question }, admin);
    const result = async (server: TestServer) => {
      const { session: s } = await ok(
        server,
        'query($id: ID!) { session(id: $id) { questions { round { status result { channels { total } composite } } } } }',
        { id: session.id },
        admin,
      );
      return s.questions[0].round;
    };
    await expect.poll(async () => (await result(a)).status, { timeout: 5_000 }).toBe('CLOSED');
    expect(await result(b)).toEqual(await result(a));
    expect((await result(a)).result.channels[1].total).toBe(60);
  });
});

describe('instances started together on an empty database', () => {
  it('migrate and seed once between them', async () => {
    const database = await createFreshDatabase();
    const shared = { databaseUrl: database.url, redisPrefix: `wz-test-${randomUUID().slice(0, 8)}:` };
    const [first, second] = await Promise.all([startTestServer({}, shared), startTestServer({}, shared)]);
    try {
      const [row] = await first.orm.em.fork().getConnection().execute<{ n: string }[]>('select count(*) as n from account');
      expect(Number(row!.n)).toBe(6); // the test seeder's accounts, once: admin, host, dept, rep, mod, security
      expect(await second.login('admin')).toBeTypeOf('string');
    } finally {
      await Promise.all([first.stop(), second.stop()]);
      await database.drop();
    }
  });
});

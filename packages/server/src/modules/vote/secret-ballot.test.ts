import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT_ALL_WARNINGS, startTestServer, type TestServer } from '../../test/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
});

const columnsOf = async (table: string) =>
  (
    await server.orm.em
      .getConnection()
      .execute<{ column_name: string }[]>(
        'select column_name from information_schema.columns where table_schema = current_schema() and table_name = ? order by column_name',
        [table],
      )
  ).map((c: { column_name: string }) => c.column_name);

describe('the secret ballot', () => {
  it('keeps who voted apart from how: the register holds no choice, a ballot no voter and no time', async () => {
    expect(await columnsOf('vote_register')).toEqual(['at', 'ballot_key', 'channel', 'round_id', 'voter_key']);
    expect(await columnsOf('ballot')).toEqual(['channel', 'choice', 'id', 'round_id']);
  });
});

describe('the secret ballot against a database reader', () => {
  it('leaves no transaction id, order or time that pairs a voter with a choice once the round has closed', async () => {
    const admin = await server.login('admin');
    const host = await server.login('host');
    const ok = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const result = await server.gql(query, variables, { token });
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data;
    };
    const departmentId = (await ok('{ departments(first: 1) { nodes { id } } }', {}, admin)).departments.nodes[0].id;
    const session = (
      await ok(
        'mutation($i: SessionInput!) { createSession(input: $i) { id joinCode } }',
        { i: { title: '无记名', theme: '测试', scheduledAt: new Date().toISOString() } },
        admin,
      )
    ).createSession;
    const questionId = (
      await ok(
        'mutation($s: ID!, $i: QuestionInput!) { addQuestion(sessionId: $s, input: $i) { questions { id } } }',
        { s: session.id, i: { title: '问', body: '内容', questioner: '代表', departmentId, respondent: '局长' } },
        admin,
      )
    ).addQuestion.questions[0].id;
    const seats = (
      await ok(
        'mutation($i: IssueSeatCodesInput!) { issueSeatCodes(input: $i) { code } }',
        { i: { sessionId: session.id, count: 6 } },
        admin,
      )
    ).issueSeatCodes;
    await ok('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: session.id }, admin);
    const passes = [];
    for (const seat of seats)
      passes.push(
        (
          await ok('mutation($i: ClaimSeatInput!) { claimSeat(input: $i) { token } }', {
            i: { joinCode: session.joinCode, seatCode: seat.code },
          })
        ).claimSeat.token,
      );
    await ok(
      'mutation($i: StartSessionInput!) { startSession(input: $i) { id } }',
      { i: { sessionId: session.id, acceptWarnings: ACCEPT_ALL_WARNINGS } },
      host,
    );
    for (const verb of ['askQuestion', 'startAnswer', 'openVoting'])
      await ok(`mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id: questionId }, host);
    const roundId = (await ok('query($id: ID!) { session(id: $id) { questions { round { id } } } }', { id: session.id }, host)).session
      .questions[0].round.id;
    const choices = ['SATISFIED', 'UNSATISFIED', 'BASICALLY_SATISFIED', 'SATISFIED', 'UNSATISFIED', 'SATISFIED'];
    // One at a time, as studio votes come: each its own batch and transaction.
    for (const [i, pass] of passes.entries()) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-device-token': pass },
        body: JSON.stringify({
          query: 'mutation($i: CastVoteInput!) { castVote(input: $i) { roundId } }',
          variables: { i: { roundId, choice: choices[i], ballotId: randomUUID() } },
        }),
      });
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    }
    const sql = server.orm.em.fork().getConnection();
    const xids = async () =>
      await sql.execute<{ table: string; xids: number; times: number }[]>(
        `select 'register' as table, count(distinct xmin::text)::int as xids, count(distinct at)::int as times from vote_register where round_id = ?
       union all select 'ballot', count(distinct xmin::text)::int, 0 from ballot where round_id = ?`,
        [roundId, roundId],
      );
    // While the round is open each vote is its own transaction: this is what a reader could pair.
    expect(await xids()).toEqual([
      { table: 'register', xids: 6, times: 6 },
      { table: 'ballot', xids: 6, times: 0 },
    ]);

    await ok('mutation($id: ID!) { closeVoting(id: $id) { id } }', { id: questionId }, host);
    for (
      let i = 0;
      i < 100 && (await sql.execute<{ status: string }[]>('select status from vote_round where id = ?', [roundId]))[0]!.status === 'OPEN';
      i++
    )
      await new Promise((r) => setTimeout(r, 50));
    expect(await xids()).toEqual([
      { table: 'register', xids: 1, times: 1 },
      { table: 'ballot', xids: 1, times: 0 },
    ]);
    const [together] = await sql.execute<{ same: boolean }[]>(
      'select (select min(xmin::text) from vote_register where round_id = ?) = (select min(xmin::text) from ballot where round_id = ?) as same',
      [roundId, roundId],
    );
    expect(together!.same).toBe(true);
    const counts = await sql.execute<{ choice: string; n: number }[]>(
      'select choice, count(*)::int as n from ballot where round_id = ? group by choice order by choice',
      [roundId],
    );
    expect(counts).toEqual([
      { choice: 'BASICALLY_SATISFIED', n: 1 },
      { choice: 'SATISFIED', n: 3 },
      { choice: 'UNSATISFIED', n: 2 },
    ]);
  });
});

// A phone that did not get its answer sends the same ballot again (same ballot id, same choice):
// over HTTP or the WebSocket, at once or many times in parallel, after the server was killed and
// started again, after the round closed. It gets the original answer every time, and exactly one
// vote is stored.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanUp,
  ballotKeyOf,
  castVoteHttp,
  freshDatabase,
  openSql,
  report,
  ServerProcess,
  Show,
  storedRound,
  VOTE,
  voterKeyOf,
  waitUntil,
  wsExecute,
  wsPhone,
  type Sql,
} from './kit.js';

let database: Awaited<ReturnType<typeof freshDatabase>>;
let server: ServerProcess;
let sql: Sql;

beforeAll(async () => {
  database = await freshDatabase();
  server = await ServerProcess.create({ DATABASE_URL: database.url });
  await server.start();
  sql = await openSql(database.url);
});
afterAll(() =>
  cleanUp(
    () => server?.stop('SIGKILL'),
    () => sql?.close(),
    () => database?.drop(),
  ),
);

describe('retrying a ballot', () => {
  it('gives one stored vote and the same answer, in parallel, over both transports, across a restart and after the close', async () => {
    const show = await Show.plan(server.url, 1);
    const questionId = show.questionIds[0]!;
    const roundId = await show.openVoting(questionId);
    const [http, parallel, ws] = await show.joinMany(3);
    const ballots = {
      http: { ballotId: randomUUID(), choice: 'SATISFIED' },
      parallel: { ballotId: randomUUID(), choice: 'UNSATISFIED' },
      ws: { ballotId: randomUUID(), choice: 'BASICALLY_SATISFIED' },
    };
    const answers: unknown[] = [];
    const viaHttp = async (token: string, ballot: { ballotId: string; choice: string }) => {
      const attempt = await castVoteHttp(server.url, token, { roundId, ...ballot });
      answers.push(attempt);
      return attempt;
    };
    const viaWs = async (ballot: { ballotId: string; choice: string }) => {
      const phone = wsPhone(server.wsUrl, { deviceToken: ws! }, { retry: false });
      try {
        const result = await wsExecute(phone.client, VOTE, { input: { roundId, ...ballot } });
        answers.push(result);
        return result.data?.castVote ?? result.errors?.[0]?.extensions?.code;
      } finally {
        await phone.dispose();
      }
    };

    // The first answer, then retries one after another.
    expect(await viaHttp(http!, ballots.http)).toEqual({ kind: 'ack', replayed: false, choice: 'SATISFIED' });
    for (let i = 0; i < 5; i++) expect(await viaHttp(http!, ballots.http)).toEqual({ kind: 'ack', replayed: true, choice: 'SATISFIED' });
    // Twenty copies at once: one is the vote, the others are its replays.
    const copies = await Promise.all(Array.from({ length: 20 }, () => viaHttp(parallel!, ballots.parallel)));
    expect(copies.every((c) => c.kind === 'ack' && c.choice === 'UNSATISFIED')).toBe(true);
    expect(copies.filter((c) => c.kind === 'ack' && !c.replayed)).toHaveLength(1);
    // Over the WebSocket, on a new connection each time.
    expect(await viaWs(ballots.ws)).toEqual({ roundId, choice: 'BASICALLY_SATISFIED', replayed: false });
    expect(await viaWs(ballots.ws)).toEqual({ roundId, choice: 'BASICALLY_SATISFIED', replayed: true });
    // Not the same ballot: a second vote, refused.
    expect(await viaHttp(http!, { ...ballots.http, choice: 'UNSATISFIED' })).toMatchObject({ kind: 'refused', code: 'ALREADY_VOTED' });
    expect(await viaHttp(http!, { ballotId: randomUUID(), choice: 'SATISFIED' })).toMatchObject({ kind: 'refused', code: 'ALREADY_VOTED' });

    // Killed and started again: the same answers.
    await server.stop('SIGKILL');
    const readyMs = await server.start();
    expect(await viaHttp(http!, ballots.http)).toEqual({ kind: 'ack', replayed: true, choice: 'SATISFIED' });
    expect(await viaHttp(parallel!, ballots.parallel)).toEqual({ kind: 'ack', replayed: true, choice: 'UNSATISFIED' });
    expect(await viaWs(ballots.ws)).toEqual({ roundId, choice: 'BASICALLY_SATISFIED', replayed: true });

    // After the round has closed, a late retry still learns that its vote counted.
    await show.closeVoting(questionId);
    await waitUntil(async () => (await show.round(questionId)).status === 'CLOSED', 'the round closes', 10_000, 50);
    expect(await viaHttp(http!, ballots.http)).toEqual({ kind: 'ack', replayed: true, choice: 'SATISFIED' });
    expect(await viaWs(ballots.ws)).toEqual({ roundId, choice: 'BASICALLY_SATISFIED', replayed: true });
    // A ballot never sent before is refused: the window is closed.
    const late = (await show.joinMany(1))[0]!;
    expect(await viaHttp(late, { ballotId: randomUUID(), choice: 'SATISFIED' })).toMatchObject({ kind: 'refused', code: 'VOTING_CLOSED' });

    const stored = await storedRound(sql, roundId);
    report('ballot retries', { sends: answers.length, storedVotes: stored.ballots, readyAfterKillMs: readyMs });
    expect(stored.ballots).toBe(3);
    expect(stored.duplicateVoters).toBe(0);
    expect(stored.byChoice).toEqual({ SATISFIED: 1, UNSATISFIED: 1, BASICALLY_SATISFIED: 1 });
    expect(stored.register.get(voterKeyOf(http!))).toBe(ballotKeyOf(ballots.http.ballotId, ballots.http.choice));
    expect(stored.register.get(voterKeyOf(parallel!))).toBe(ballotKeyOf(ballots.parallel.ballotId, ballots.parallel.choice));
    expect(stored.register.get(voterKeyOf(ws!))).toBe(ballotKeyOf(ballots.ws.ballotId, ballots.ws.choice));
    expect((await show.round(questionId)).result!.channels.find((c) => c.channel === 'ONLINE')!.total).toBe(3);
  });
});

// SIGTERM while a round is being closed: the close (its ballots mixed, its result stored, its question
// closed) runs to its end before the server lets go of the database, and nothing is logged as failed.
// The close is held mid-way by a lock on the round's ballots, taken here, and let go only after the
// SIGTERM, so the server is stopping while the close waits.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  castVoteHttp,
  cleanUp,
  freshDatabase,
  holdTransaction,
  openSql,
  report,
  ServerProcess,
  Show,
  sleep,
  untilWaitingOnALock,
  type Sql,
} from './kit.js';

let database: Awaited<ReturnType<typeof freshDatabase>>;
let server: ServerProcess;
let sql: Sql;
/** A connection of its own, for the transaction that holds the lock. */
let locker: Sql;

beforeAll(async () => {
  database = await freshDatabase();
  server = await ServerProcess.create({ DATABASE_URL: database.url });
  await server.start();
  sql = await openSql(database.url);
  locker = await openSql(database.url);
});
afterAll(() =>
  cleanUp(
    () => server?.stop('SIGKILL'),
    () => sql?.close(),
    () => locker?.close(),
    () => database?.drop(),
  ),
);

describe('SIGTERM while a round closes', () => {
  it('finishes closing the round before it lets go of the database, and logs no failure', async () => {
    const show = await Show.plan(server.url, 1, { streamDelaySeconds: 0 });
    const questionId = show.questionIds[0]!;
    const roundId = await show.openVoting(questionId);
    const choices = ['SATISFIED', 'SATISFIED', 'UNSATISFIED'];
    for (const choice of choices) {
      const vote = await castVoteHttp(server.url, await show.join(), { roundId, choice, ballotId: randomUUID() });
      expect(vote.kind).toBe('ack');
    }

    // The round's ballots are locked here; the close rewrites them (ballot-mixing.ts), so it waits.
    const lock = await holdTransaction(locker, (query) => query('select id from ballot where round_id = ? for update', [roundId]));
    await show.closeVoting(questionId); // with no stream delay, the round closes now
    await untilWaitingOnALock(sql, 'the close waits for the ballots');

    const since = server.logs.length;
    const exit = server.stop('SIGTERM');
    await sleep(1_000); // the server is stopping (its drain takes a few hundred ms) while the close waits
    const closedBeforeUnlock = (await sql.query<{ status: string }>('select status from vote_round where id = ?', [roundId]))[0]!.status;
    await lock.commit();
    const { code } = await exit;

    const [round] = await sql.query<{ status: string; result: { channels: { total: number }[] } | null }>(
      'select status, result from vote_round where id = ?',
      [roundId],
    );
    const [question] = await sql.query<{ phase: string }>('select phase from question where id = ?', [questionId]);
    report('round closing at SIGTERM', { exit: code, status: round!.status, closedBeforeUnlock, problems: server.problems(since).length });
    expect(closedBeforeUnlock).toBe('OPEN'); // the close was still waiting when the server began to stop
    expect(code).toBe(0);
    expect(server.problems(since)).toEqual([]);
    expect(round!.status).toBe('CLOSED');
    expect(round!.result?.channels.reduce((n, c) => n + c.total, 0)).toBe(choices.length);
    expect(question!.phase).toBe('CLOSED');
  });
});

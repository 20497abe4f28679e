// A live state read while a change commits shows all of the change or none of it. The change here
// closes a question and its round in one transaction, as a round's close does; it holds the question
// table while the server is reading the state, so the server's reads of the question wait for the
// commit while its other reads may already be done. A state read in pieces would show the question
// closed beside its round still open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanUp,
  freshDatabase,
  holdTransaction,
  must,
  openSql,
  report,
  ServerProcess,
  Show,
  untilWaitingOnALock,
  type Sql,
} from './kit.js';

const LIVE = 'query($id: ID!) { liveState(sessionId: $id) { version question { phase round { status } } } }';

let database: Awaited<ReturnType<typeof freshDatabase>>;
let server: ServerProcess;
let sql: Sql;
/** A connection of its own, for the change that commits while the state is read. */
let changer: Sql;

beforeAll(async () => {
  database = await freshDatabase();
  server = await ServerProcess.create({ DATABASE_URL: database.url });
  await server.start();
  sql = await openSql(database.url);
  changer = await openSql(database.url);
});
afterAll(() =>
  cleanUp(
    () => server?.stop('SIGKILL'),
    () => sql?.close(),
    () => changer?.close(),
    () => database?.drop(),
  ),
);

describe('the live state', () => {
  it('is read in one snapshot: a change committed mid-read is either all in it or not at all', async () => {
    const show = await Show.plan(server.url, 1, { streamDelaySeconds: 0 });
    const questionId = show.questionIds[0]!;
    const roundId = await show.openVoting(questionId);
    const before = (await must(server.url, LIVE, { id: show.id })).liveState;
    expect(before.question).toEqual({ phase: 'VOTING', round: { status: 'OPEN' } });

    const change = await holdTransaction(changer, (query) => query('lock table question in access exclusive mode'));
    const during = must(server.url, LIVE, { id: show.id });
    await untilWaitingOnALock(sql, "the server's read waits for the question table");
    await change.commit(async (query) => {
      await query(`update vote_round set status = 'CLOSED', closed_at = now() where id = ?`, [roundId]);
      await query(`update question set phase = 'CLOSED' where id = ?`, [questionId]);
      await query('update session set state_version = state_version + 1 where id = ?', [show.id]);
    });
    const seen = (await during).liveState;
    const after = (await must(server.url, LIVE, { id: show.id })).liveState;
    report('live state read across a commit', { during: seen, after });

    expect(seen).toEqual(before); // read before the commit, all of it
    expect(after.question).toEqual({ phase: 'CLOSED', round: { status: 'CLOSED' } });
    expect(after.version).toBe(before.version + 1);
  });
});

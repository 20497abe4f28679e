// Two instances of one deployment share a private Redis, which goes away in the middle of a vote and
// comes back. Voting continues on both instances throughout (Redis carries fan-out, not votes), and
// once Redis is back, a screen subscribed on one instance shows the database's count within 3 s,
// including the votes cast on the other instance while the two could not hear each other.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanUp,
  castVoteHttp,
  freshDatabase,
  login,
  must,
  openSql,
  PrivateRedis,
  report,
  ServerProcess,
  Show,
  sleep,
  storedRound,
  TALLY_SUBSCRIPTION,
  tools,
  waitUntil,
  wsPhone,
  type Attempt,
  type Sql,
  type WsPhone,
} from './kit.js';
import { newKeyEntry } from '../secrets/key-ring.js';

const CATCH_UP_WITHIN_MS = 3_000;

let database: Awaited<ReturnType<typeof freshDatabase>>;
let redis: PrivateRedis;
let a: ServerProcess;
let b: ServerProcess;
let sql: Sql;
let screen: WsPhone | undefined;

beforeAll(async () => {
  if (!tools.redisServer) return;
  redis = await PrivateRedis.create();
  database = await freshDatabase();
  // Two instances of one deployment: one database, one Redis, one master key.
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    REDIS_PREFIX: `wz-faults-${randomUUID().slice(0, 8)}:`,
    SECRET_KEY: newKeyEntry('k1'),
  };
  a = await ServerProcess.create(env);
  b = await ServerProcess.create(env);
  await a.start();
  await b.start();
  sql = await openSql(database.url);
});
afterAll(() =>
  cleanUp(
    () => screen?.dispose(),
    () => a?.stop('SIGKILL'),
    () => b?.stop('SIGKILL'),
    () => sql?.close(),
    () => database?.drop(),
    () => redis?.destroy(),
  ),
);

describe.skipIf(!tools.redisServer)('Redis going away under two instances', () => {
  it('keeps voting on both, and a screen catches up within 3 s of Redis returning', async () => {
    const show = await Show.plan(a.url, 1);
    const roundId = await show.openVoting(show.questionIds[0]!);
    const phones = await show.joinMany(400);
    let next = 0;
    const attempts: Attempt[] = [];
    /** Phones vote alternately on A and B, `n` of them over `ms`. */
    const votes = (n: number, ms: number) =>
      Promise.all(
        Array.from({ length: n }, async (_, i) => {
          const token = phones[next++]!;
          await sleep((i / n) * ms);
          const attempt = await castVoteHttp(i % 2 ? a.url : b.url, token, { roundId, choice: 'SATISFIED', ballotId: randomUUID() });
          attempts.push(attempt);
          return attempt;
        }),
      );
    const stored = async () => (await storedRound(sql, roundId)).ballots;

    // The screen is on B: the tally and the live state.
    let shown = -1;
    let version = -1;
    let screenErrors = 0;
    screen = wsPhone(b.wsUrl, { token: await login(b.url, 'host') });
    screen.client.subscribe<{ roundTallyChanged: { onlineVoted: number } }>(
      { query: TALLY_SUBSCRIPTION, variables: { roundId } },
      {
        next: (r) => void (r.data ? (shown = r.data.roundTallyChanged.onlineVoted) : screenErrors++),
        error: () => void screenErrors++,
        complete: () => {},
      },
    );
    screen.client.subscribe<{ liveStateChanged: { version: number } }>(
      { query: 'subscription($id: ID!) { liveStateChanged(sessionId: $id) { version } }', variables: { id: show.id } },
      {
        next: (r) => void (r.data ? (version = r.data.liveStateChanged.version) : screenErrors++),
        error: () => void screenErrors++,
        complete: () => {},
      },
    );
    const storedVersion = async () =>
      Number((await sql.query<{ v: number }>('select state_version as v from session where id = ?', [show.id]))[0]!.v);
    await votes(100, 1_000);
    await waitUntil(() => shown === 100, 'the screen shows the first 100 votes', 3_000);
    expect(version).toBe(await storedVersion());

    // Redis goes away; phones keep voting on both instances, and new phones can still join.
    await redis.stop();
    const shownWhenRedisStopped = shown;
    await sleep(500);
    const duringOutage = await votes(200, 3_000);
    // The host gives the vote more time on A: a change of live state the screen on B does not hear.
    await must(
      a.url,
      'mutation($input: ExtendVotingInput!) { extendVoting(input: $input) { id } }',
      { input: { questionId: show.questionIds[0], seconds: 30 } },
      await login(a.url, 'host'),
    );
    const versionDuringOutage = version;
    const joinedDuringOutage = await Promise.all([show.join(a.url), show.join(b.url)]).then(
      () => true,
      (e: Error) => e.message,
    );
    await sleep(500);
    const shownBeforeReturn = shown;

    // Redis is back: the screen shows the database's count within 3 s.
    await redis.start();
    const back = Date.now();
    const target = await stored();
    const targetVersion = await storedVersion();
    await waitUntil(() => shown === target, `the screen on B shows the stored ${target} votes (it shows ${shown})`, 10_000, 10);
    const caughtUpMs = Date.now() - back;
    await waitUntil(
      () => version === targetVersion,
      `the screen on B shows live state version ${targetVersion} (it shows ${version})`,
      10_000,
      10,
    );
    const stateCaughtUpMs = Date.now() - back;
    // And new votes on A reach the screen on B through Redis again.
    await votes(100, 500);
    await waitUntil(() => shown === 400, 'the screen shows votes cast after Redis returned', 3_000, 10);

    // Stopped while Redis is away again, an instance still drains and exits cleanly.
    await screen.dispose();
    screen = undefined;
    await redis.stop();
    await sleep(1_000);
    const stopWithoutRedis = await b.stop('SIGTERM');

    report('redis outage', {
      votesBefore: 100,
      votesDuringOutage: duringOutage.length,
      acknowledgedDuringOutage: duringOutage.filter((x) => x.kind === 'ack').length,
      votesAfter: 100,
      acknowledgedTotal: attempts.filter((x) => x.kind === 'ack').length,
      stored: await stored(),
      joinedDuringOutage,
      screenShowedWhenRedisStopped: shownWhenRedisStopped,
      screenShowedBeforeRedisReturned: shownBeforeReturn,
      caughtUpMs,
      liveStateVersions: { stored: targetVersion, screenDuringOutage: versionDuringOutage },
      stateCaughtUpMs,
      screenErrors,
      serverProblems: [...a.problems(), ...b.problems()].length,
      sigtermWithoutRedis: stopWithoutRedis,
    });
    expect(duringOutage.filter((x) => x.kind !== 'ack')).toEqual([]);
    expect(joinedDuringOutage).toBe(true);
    expect(await stored()).toBe(400);
    expect(caughtUpMs).toBeLessThan(CATCH_UP_WITHIN_MS);
    expect(versionDuringOutage).toBeLessThan(targetVersion); // the outage did hide the change
    expect(stateCaughtUpMs).toBeLessThan(CATCH_UP_WITHIN_MS);
    expect(screenErrors).toBe(0);
    // A lived through it all, and B stopped cleanly without Redis.
    expect(a.alive).toBe(true);
    expect(stopWithoutRedis).toEqual({ code: 0, signal: null });
    expect([...a.problems(), ...b.problems()]).toEqual([]);
  });
});

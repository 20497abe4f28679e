// The server process is killed (SIGKILL) again and again in the middle of vote storms and started
// again on the same database. Phones retry every unanswered vote with the same ballot id. Afterwards
// every acknowledged vote is stored exactly as sent, no voter is counted twice in a round, replays
// are answered as replays, and the server is ready (`/readyz` 200) within 5 s of each restart.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanUp,
  ballotKeyOf,
  castVoteHttp,
  CHOICES,
  freshDatabase,
  openSql,
  percentile,
  report,
  ServerProcess,
  Show,
  sleep,
  storedRound,
  voterKeyOf,
  waitUntil,
  type Choice,
  type Sql,
} from './kit.js';

const KILLS = 10;
const PHONES = 300;
/** Each round's votes are spread over this long; the kill lands somewhere inside it. */
const STORM_MS = 2_500;
const READY_WITHIN_MS = 5_000;

let database: Awaited<ReturnType<typeof freshDatabase>>;
let server: ServerProcess;
let sql: Sql;

beforeAll(async () => {
  database = await freshDatabase();
  server = await ServerProcess.create({ DATABASE_URL: database.url });
  sql = await openSql(database.url);
});
afterAll(() =>
  cleanUp(
    () => server?.stop('SIGKILL'),
    () => sql?.close(),
    () => database?.drop(),
  ),
);

interface Ballot {
  ballotId: string;
  choice: Choice;
  acked: boolean;
  /** The answers this ballot got: the first and every retry. */
  answers: { replayed: boolean; choice: string }[];
}

describe('SIGKILL during vote storms', () => {
  it(`keeps every acknowledged vote exactly once through ${KILLS} kills, and is ready within ${READY_WITHIN_MS / 1000} s of each restart`, async () => {
    const readyMs = [await server.start()];
    const show = await Show.plan(server.url, KILLS);
    const phones = await show.joinMany(PHONES);
    const figures = {
      kills: 0,
      sent: 0,
      acknowledged: 0,
      stored: 0,
      replayedAnswers: 0,
      unreachable: 0,
      refused: {} as Record<string, number>,
      lostAnswers: 0,
      extraRetries: 0,
    };
    const testStarted = Date.now();

    for (let round = 0; round < KILLS; round++) {
      const questionId = show.questionIds[round]!;
      const roundId = await show.openVoting(questionId);
      const ballots: Ballot[] = phones.map(() => ({
        ballotId: randomUUID(),
        choice: CHOICES[Math.floor(Math.random() * 3)]!,
        acked: false,
        answers: [],
      }));

      // A phone sends its vote at a random moment of the storm and retries it, with the same ballot
      // id, until it is answered; one phone in ten also sends it once more after the answer (as if
      // the answer had been lost on the way), which must be answered as a replay of the same ballot.
      const vote = async (i: number) => {
        const ballot = ballots[i]!;
        await sleep(Math.random() * STORM_MS);
        const giveUpAt = Date.now() + 60_000;
        for (let wait = 100; !ballot.acked && Date.now() < giveUpAt; wait = Math.min(1_000, wait * 2)) {
          figures.sent++;
          const attempt = await castVoteHttp(server.url, phones[i]!, { roundId, choice: ballot.choice, ballotId: ballot.ballotId }, 10_000);
          if (attempt.kind === 'ack') {
            ballot.acked = true;
            ballot.answers.push(attempt);
          } else if (attempt.kind === 'unreachable') {
            figures.unreachable++;
            await sleep(wait * (0.5 + Math.random()));
          } else {
            figures.refused[attempt.code] = (figures.refused[attempt.code] ?? 0) + 1;
            if (attempt.code !== 'SERVICE_UNAVAILABLE') return; // not retryable: counted as a failure below
            await sleep(wait * (0.5 + Math.random()));
          }
        }
        if (Math.random() < 0.1) {
          figures.sent++;
          figures.extraRetries++;
          const again = await castVoteHttp(server.url, phones[i]!, { roundId, choice: ballot.choice, ballotId: ballot.ballotId });
          if (again.kind === 'ack') ballot.answers.push(again);
        }
      };
      const storm = Promise.all(phones.map((_, i) => vote(i)));
      await sleep(300 + Math.random() * (STORM_MS - 800));
      await server.stop('SIGKILL');
      figures.kills++;
      readyMs.push(await server.start());
      await storm;

      await show.closeVoting(questionId);
      const closed = await waitUntil(
        async () => {
          const r = await show.round(questionId);
          return r.status === 'CLOSED' ? r : undefined;
        },
        'the round closes',
        10_000,
        50,
      );

      // The database holds exactly the acknowledged ballots: one per phone, each as the phone sent it.
      const stored = await storedRound(sql, roundId);
      expect(ballots.every((b) => b.acked)).toBe(true);
      expect(stored.duplicateVoters).toBe(0);
      expect(stored.register.size).toBe(PHONES);
      expect(stored.ballots).toBe(PHONES);
      phones.forEach((token, i) =>
        expect(stored.register.get(voterKeyOf(token))).toBe(ballotKeyOf(ballots[i]!.ballotId, ballots[i]!.choice)),
      );
      const expected: Record<string, number> = {};
      for (const b of ballots) expected[b.choice] = (expected[b.choice] ?? 0) + 1;
      expect(stored.byChoice).toEqual(expected);
      figures.stored += stored.ballots;
      // The stored result counts the same votes.
      expect(closed.result!.channels.find((c) => c.channel === 'ONLINE')!.total).toBe(PHONES);
      // Every answer to a ballot names its choice; only the first may be a new vote.
      for (const b of ballots) {
        expect(b.answers.every((a) => a.choice === b.choice)).toBe(true);
        expect(b.answers.slice(1).every((a) => a.replayed)).toBe(true);
        figures.acknowledged++;
        // A first answer that says "replayed" means the vote was stored before a kill took its answer.
        if (b.answers[0]!.replayed) figures.lostAnswers++;
        figures.replayedAnswers += b.answers.filter((a) => a.replayed).length;
      }
    }

    report('kill storm', {
      ...figures,
      readyMs: readyMs.slice(1),
      firstStartMs: readyMs[0],
      readyP50: percentile(readyMs.slice(1), 50),
      readyMax: Math.max(...readyMs.slice(1)),
      durationMs: Date.now() - testStarted,
    });
    expect(figures.refused).toEqual({});
    for (const ms of readyMs.slice(1)) expect(ms).toBeLessThan(READY_WITHIN_MS);
  });
});

// PostgreSQL restarts while phones vote. The server (one process, never restarted) must answer
// votes in the gap with a clear, retryable SERVICE_UNAVAILABLE, never acknowledge a vote it did not
// store, report itself unready, and take votes again as soon as the database is back.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanUp,
  ballotKeyOf,
  castVoteHttp,
  CHOICES,
  openSql,
  PrivatePostgres,
  report,
  ServerProcess,
  Show,
  sleep,
  storedRound,
  tools,
  voterKeyOf,
  type Attempt,
} from './kit.js';

const PHONES = 200;
const DOWN_MS = 2_500;
const BURST = 40;

let pg: PrivatePostgres;
let server: ServerProcess;

beforeAll(async () => {
  pg = await PrivatePostgres.create();
  server = await ServerProcess.create({ DATABASE_URL: await pg.createDatabase('wenzheng') });
  await server.start();
});
afterAll(() =>
  cleanUp(
    () => server?.stop('SIGKILL'),
    () => pg?.destroy(),
  ),
);

describe.skipIf(!tools.postgresBin)('PostgreSQL restarting during a vote', () => {
  it('answers SERVICE_UNAVAILABLE in the gaps, never a false acknowledgement, and recovers without a restart', async () => {
    const show = await Show.plan(server.url, 1);
    const roundId = await show.openVoting(show.questionIds[0]!);
    const phones = (await show.joinMany(PHONES)).map((token) => ({
      token,
      ballotId: randomUUID(),
      choice: CHOICES[Math.floor(Math.random() * 3)]!,
      acked: false,
    }));

    // Every phone votes at a random moment of a 14-second storm (before, during and after two
    // restarts: a clean one, then a crash) and retries an unanswered vote with the same ballot id.
    // A burst of phones votes just as each stop begins, so statements are in flight when it comes.
    const attempts: (Attempt & { at: number })[] = [];
    const started = Date.now();
    const now = () => Date.now() - started;
    const gaps: { mode: string; stoppedAt: number; backAt: number; readyz: number[] }[] = [];
    const vote = async (phone: (typeof phones)[number], delay: number) => {
      await sleep(delay);
      while (!phone.acked && now() < 40_000) {
        const attempt = await castVoteHttp(server.url, phone.token, { roundId, choice: phone.choice, ballotId: phone.ballotId }, 8_000);
        attempts.push({ ...attempt, at: now() });
        if (attempt.kind === 'ack') phone.acked = true;
        else if (attempt.kind === 'refused' && attempt.code !== 'SERVICE_UNAVAILABLE')
          break; // not retryable: the test fails below
        else await sleep(150 + Math.random() * 150);
      }
    };
    const restart = async (at: number, mode: 'fast' | 'immediate', downMs: number) => {
      await sleep(at - now());
      const gap = { mode, stoppedAt: 0, backAt: 0, readyz: [] as number[] };
      gaps.push(gap);
      await sleep(30);
      await pg.stop(mode);
      gap.stoppedAt = now();
      while (now() < gap.stoppedAt + downMs) {
        gap.readyz.push((await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(2_000) })).status);
        await sleep(250);
      }
      await pg.start();
      gap.backAt = now();
    };
    const burst = (from: number, at: number) => phones.slice(from, from + BURST).map((p) => vote(p, at));
    await Promise.all([
      ...phones.slice(2 * BURST).map((p) => vote(p, Math.random() * 14_000)),
      ...burst(0, 3_000),
      restart(3_000, 'fast', DOWN_MS),
      ...burst(BURST, 9_500),
      restart(9_500, 'immediate', DOWN_MS),
    ]);

    const codes: Record<string, number> = {};
    for (const a of attempts)
      if (a.kind !== 'ack') codes[a.kind === 'refused' ? a.code : a.message] = (codes[a.kind === 'refused' ? a.code : a.message] ?? 0) + 1;
    const inGaps = attempts.filter((a) => gaps.some((g) => a.at > g.stoppedAt + 200 && a.at < g.backAt - 200));
    const firstAckAfter = gaps.map(
      (g) => Math.min(...attempts.filter((a) => a.kind === 'ack' && a.at >= g.backAt).map((a) => a.at)) - g.backAt,
    );

    // The database's view: every acknowledged vote stored as sent, nothing else.
    const sql = await openSql(pg.url('wenzheng'));
    const stored = await storedRound(sql, roundId);
    await sql.close();
    const acked = phones.filter((p) => p.acked);
    report('database restart', {
      phones: PHONES,
      attempts: attempts.length,
      acknowledged: acked.length,
      stored: stored.ballots,
      answersInGaps: inGaps.length,
      refusals: codes,
      gaps: gaps.map((g) => ({ mode: g.mode, downMs: g.backAt - g.stoppedAt, readyz: [...new Set(g.readyz)] })),
      firstAckAfterDatabaseBackMs: firstAckAfter,
      // What the driver reported, each mapped to SERVICE_UNAVAILABLE.
      databaseErrors: [
        ...new Set(
          server.logs
            .filter((l) => l.msg.includes('SERVICE_UNAVAILABLE'))
            .map((l) => (l.err as { code?: string; message?: string })?.code ?? (l.err as { message?: string })?.message),
        ),
      ],
    });

    expect(acked.length).toBe(PHONES);
    expect(stored.ballots).toBe(PHONES);
    expect(stored.duplicateVoters).toBe(0);
    for (const phone of phones) expect(stored.register.get(voterKeyOf(phone.token))).toBe(ballotKeyOf(phone.ballotId, phone.choice));
    const expected: Record<string, number> = {};
    for (const p of phones) expected[p.choice] = (expected[p.choice] ?? 0) + 1;
    expect(stored.byChoice).toEqual(expected);
    // Votes in the gaps were refused as retryable, never acknowledged and never masked as internal errors.
    expect(inGaps.length).toBeGreaterThan(20);
    expect(inGaps.filter((a) => a.kind === 'ack')).toEqual([]);
    expect(attempts.filter((a) => a.kind === 'refused' && a.code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    expect(attempts.filter((a) => a.kind === 'unreachable')).toEqual([]); // the server itself stayed up
    for (const gap of gaps) expect(gap.readyz).toContain(503);
    for (const ms of firstAckAfter) expect(ms).toBeLessThan(3_000);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});

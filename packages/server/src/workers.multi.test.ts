// One server started with WORKERS=2: two worker processes on one port. Phones are spread over both,
// every phone sees the tally of votes taken by either worker, a worker that dies is replaced while
// the other keeps serving, and SIGTERM drains both and ends the server cleanly.
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHOICES,
  cleanUp,
  freshDatabase,
  openSql,
  ServerProcess,
  Show,
  storedRound,
  TALLY_SUBSCRIPTION,
  VOTE,
  waitUntil,
  wsExecute,
  wsPhone,
  type Sql,
  type WsPhone,
} from './faults/kit.js';

const PHONES = 40;

let database: Awaited<ReturnType<typeof freshDatabase>>;
let server: ServerProcess;
let sql: Sql;
let phones: WsPhone[] = [];

beforeAll(async () => {
  database = await freshDatabase();
  server = await ServerProcess.create({
    DATABASE_URL: database.url,
    REDIS_URL: process.env.TEST_REDIS_URL!,
    REDIS_PREFIX: `wz-workers-${randomUUID().slice(0, 8)}:`,
    WORKERS: '2',
    LOG_LEVEL: 'info',
  });
  sql = await openSql(database.url);
});
afterAll(() =>
  cleanUp(
    () => Promise.all(phones.map((p) => p.dispose())),
    () => server?.stop('SIGKILL'),
    () => sql?.close(),
    () => database?.drop(),
  ),
);

/** The primary's worker processes (its other child is the TypeScript loader's compiler). */
function workerPids(primary: number): number[] {
  const children = readFileSync(`/proc/${primary}/task/${primary}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  return children.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('main.ts');
    } catch {
      return false; // just exited
    }
  });
}

/** A process's open TCP connections on the server's port, by socket inode (from /proc). */
function connectionsOf(pid: number, port: number): Set<string> {
  const established = new Set(
    readFileSync('/proc/net/tcp', 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((f) => f.length > 9 && f[3] === '01' && Number.parseInt(f[1]!.split(':')[1]!, 16) === port)
      .map((f) => f[9]!),
  );
  const inodes = readdirSync(`/proc/${pid}/fd`).map((fd) => {
    try {
      return /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
    } catch {
      return undefined; // closed meanwhile
    }
  });
  return new Set(inodes.filter((inode): inode is string => Boolean(inode && established.has(inode))));
}

const vote = (phone: WsPhone, roundId: string, i: number) =>
  wsExecute(phone.client, VOTE, { input: { roundId, choice: CHOICES[i % 3], ballotId: randomUUID() } });

describe('worker processes', () => {
  it('share the port and the live tally, replace a worker that dies, and stop together', async () => {
    await server.start(60_000);
    await waitUntil(
      () => server.logs.some((l) => l.msg.includes('(2 worker processes)')),
      'the banner, printed once both workers listen',
      60_000,
    );
    const workers = workerPids(server.pid!);
    expect(workers).toHaveLength(2);

    const show = await Show.plan(server.url, 2);
    const roundId = await show.openVoting(show.questionIds[0]!);
    const tokens = await show.joinMany(PHONES);
    const before = workers.map((pid) => connectionsOf(pid, server.port));
    phones = tokens.map((token) => wsPhone(server.wsUrl, { deviceToken: token }));
    // Each phone follows the tally on its own connection, as the vote page does.
    const shown = phones.map(() => -1);
    phones.forEach((phone, i) =>
      phone.client.subscribe<{ roundTallyChanged: { onlineVoted: number } }>(
        { query: TALLY_SUBSCRIPTION, variables: { roundId } },
        { next: (r) => void (r.data && (shown[i] = r.data.roundTallyChanged.onlineVoted)), error: () => {}, complete: () => {} },
      ),
    );
    await waitUntil(() => shown.every((n) => n === 0), 'every phone shows the empty tally');
    // The kernel spreads new connections over the workers' sockets: both workers hold phones.
    const gained = workers.map((pid, i) => [...connectionsOf(pid, server.port)].filter((inode) => !before[i]!.has(inode)).length);
    expect(gained[0]! + gained[1]!).toBe(PHONES);
    for (const n of gained) expect(n).toBeGreaterThan(0);

    const answers = await Promise.all(phones.map((phone, i) => vote(phone, roundId, i)));
    expect(answers.filter((a) => a.data?.castVote).length).toBe(PHONES);
    await waitUntil(() => shown.every((n) => n === PHONES), 'every phone shows every vote, whichever worker took it');

    // A worker dies: the other keeps serving, the primary starts a replacement, and the phones that
    // were on the dead one reconnect and vote in the next round.
    process.kill(workers[0]!, 'SIGKILL');
    const logged = server.logs.length;
    await waitUntil(() => server.logs.slice(logged).some((l) => l.msg === 'a replacement worker is ready'), 'a replacement worker', 30_000);
    const replaced = workerPids(server.pid!);
    expect(replaced).toHaveLength(2);
    expect(replaced).not.toContain(workers[0]);
    await show.closeVoting(show.questionIds[0]!);
    await waitUntil(async () => (await show.round(show.questionIds[0]!)).status === 'CLOSED', 'the first round closed');
    const nextRoundId = await show.openVoting(show.questionIds[1]!);
    const again = await Promise.all(phones.map((phone, i) => vote(phone, nextRoundId, i)));
    expect(again.filter((a) => a.data?.castVote).length).toBe(PHONES);
    const stored = await storedRound(sql, nextRoundId);
    expect(stored.ballots).toBe(PHONES);
    expect(stored.duplicateVoters).toBe(0);

    // SIGTERM drains both workers; the server ends cleanly and leaves no process behind.
    await Promise.all(phones.map((p) => p.dispose()));
    phones = [];
    expect(await server.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    for (const pid of replaced) expect(existsSync(`/proc/${pid}`)).toBe(false);
  }, 120_000);
});

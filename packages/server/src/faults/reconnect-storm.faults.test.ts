// Hundreds of phones lose their WebSocket at the same moment (the studio Wi-Fi drops) while votes
// keep arriving from elsewhere, some of them their own. When the network returns they reconnect,
// subscribe again, send the votes they could not send, and every phone shows the database's tally
// within 2 s.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanUp,
  castVoteHttp,
  DroppingProxy,
  freshDatabase,
  login,
  must,
  openSql,
  percentile,
  report,
  ServerProcess,
  Show,
  sleep,
  storedRound,
  TALLY_SUBSCRIPTION,
  VOTE,
  waitUntil,
  wsExecute,
  wsPhone,
  type Sql,
  type WsPhone,
} from './kit.js';

const PHONES = 300;
const SHOW_WITHIN_MS = 2_000;

let database: Awaited<ReturnType<typeof freshDatabase>>;
let server: ServerProcess;
let proxy: DroppingProxy;
let sql: Sql;
const phones: { ws: WsPhone; token: string; onlineVoted: number; shownAt: number; states: number; errors: number }[] = [];

beforeAll(async () => {
  database = await freshDatabase();
  server = await ServerProcess.create({ DATABASE_URL: database.url });
  await server.start();
  proxy = await DroppingProxy.create(server.port);
  sql = await openSql(database.url);
});
afterAll(() =>
  cleanUp(
    () => Promise.all(phones.map((p) => p.ws.dispose())),
    () => proxy?.close(),
    () => server?.stop('SIGKILL'),
    () => sql?.close(),
    () => database?.drop(),
  ),
);

describe('phone connections dropped and restored', () => {
  it(`reconnect ${PHONES} phones, resubscribe and show the database's tally within 2 s`, async () => {
    const show = await Show.plan(server.url, 1);
    const roundId = await show.openVoting(show.questionIds[0]!);
    const tokens = await show.joinMany(PHONES);
    const others = await show.joinMany(100);
    const viaProxy = `ws://127.0.0.1:${proxy.port}/graphql`;

    // Each phone follows the live state and the tally, as the vote page does.
    for (const token of tokens) {
      const phone = { ws: wsPhone(viaProxy, { deviceToken: token }), token, onlineVoted: -1, shownAt: 0, states: 0, errors: 0 };
      phones.push(phone);
      phone.ws.client.subscribe<{ liveStateChanged: { version: number } }>(
        { query: 'subscription($id: ID!) { liveStateChanged(sessionId: $id) { version } }', variables: { id: show.id } },
        { next: (r) => void (r.data ? phone.states++ : phone.errors++), error: () => void phone.errors++, complete: () => {} },
      );
      phone.ws.client.subscribe<{ roundTallyChanged: { onlineVoted: number } }>(
        { query: TALLY_SUBSCRIPTION, variables: { roundId } },
        {
          next: (r) => {
            if (!r.data) return void phone.errors++;
            phone.onlineVoted = r.data.roundTallyChanged.onlineVoted;
            phone.shownAt = Date.now();
          },
          error: () => void phone.errors++,
          complete: () => {},
        },
      );
    }
    const allShow = (n: number) => phones.every((p) => p.onlineVoted === n);
    await waitUntil(() => allShow(0), 'every phone shows the empty tally', 15_000);

    // Half the phones vote over their sockets.
    const vote = (p: (typeof phones)[number]) =>
      wsExecute(p.ws.client, VOTE, { input: { roundId, choice: 'SATISFIED', ballotId: randomUUID() } });
    const first = await Promise.all(phones.slice(0, 150).map(vote));
    expect(first.filter((r) => !r.data?.castVote)).toEqual([]);
    await waitUntil(() => allShow(150), 'every phone shows 150 votes', 5_000);

    // The network drops. Votes keep arriving from phones elsewhere, and 50 of the cut-off phones
    // vote too: their votes wait in the phone until it is connected again.
    const cut = proxy.drop();
    const elsewhere = await Promise.all(
      others.map((token) => castVoteHttp(server.url, token, { roundId, choice: 'UNSATISFIED', ballotId: randomUUID() })),
    );
    expect(elsewhere.filter((r) => r.kind !== 'ack')).toEqual([]);
    const queued = phones.slice(150, 200).map(vote);
    await sleep(1_500);

    // It comes back: phones hear the `online` event and retry at once. (A browser's attempt made
    // while offline fails at once; here a refused attempt takes a few milliseconds, so one still in
    // flight when the network returns is woken again a moment later rather than left to its back-off.)
    proxy.restore();
    const back = Date.now();
    for (const p of phones) p.ws.wake();
    setTimeout(() => phones.forEach((p) => p.ws.wake()), 150);
    const sent = await Promise.all(queued);
    expect(sent.filter((r) => !r.data?.castVote)).toEqual([]);
    const stored = (await storedRound(sql, roundId)).ballots;
    expect(stored).toBe(300);
    await waitUntil(() => allShow(stored), `every phone shows the stored ${stored} votes`, 10_000, 10);
    const shownMs = Date.now() - back;

    // Every phone counts as connected once again (no connection lost twice, none counted twice).
    const host = await login(server.url, 'host');
    const connected = await waitUntil(
      async () => {
        const n = (await must(server.url, 'query($id: ID!) { connectedPhones(sessionId: $id) }', { id: show.id }, host))
          .connectedPhones as number;
        return n === PHONES ? n : undefined;
      },
      'the server counts every phone connected once',
      5_000,
      100,
    ).catch(() => -1);

    report('reconnect storm', {
      phones: PHONES,
      connectionsCut: cut,
      votesWhileDropped: elsewhere.length + queued.length,
      reconnectedPhones: phones.filter((p) => p.ws.connects >= 2).length,
      allShowDatabaseTallyMs: shownMs,
      reconnectedMs: {
        p50: percentile(
          phones.map((p) => p.ws.connectedAt - back),
          50,
        ),
        max: Math.max(...phones.map((p) => p.ws.connectedAt - back)),
      },
      tallyAfterReconnectMs: {
        p50: percentile(
          phones.map((p) => p.shownAt - p.ws.connectedAt),
          50,
        ),
        max: Math.max(...phones.map((p) => p.shownAt - p.ws.connectedAt)),
      },
      storedVotes: stored,
      connectedPhonesAfter: connected,
      subscriptionErrors: phones.reduce((n, p) => n + p.errors, 0),
    });
    expect(cut).toBeGreaterThanOrEqual(PHONES);
    expect(phones.every((p) => p.ws.connects >= 2)).toBe(true);
    expect(shownMs).toBeLessThan(SHOW_WITHIN_MS);
    expect(connected).toBe(PHONES);
    expect(phones.reduce((n, p) => n + p.errors, 0)).toBe(0);
    expect(server.problems()).toEqual([]);
  });
});

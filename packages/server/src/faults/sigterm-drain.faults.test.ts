// SIGTERM while phones vote over HTTP and over their WebSockets: the server answers every request
// it has received, closes the sockets cleanly (1001, going away), exits 0 without an error logged,
// and every acknowledged vote is stored. Phones whose votes were not answered send them again, with
// the same ballot id, to the next server, and each phone ends up with exactly one vote.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanUp,
  ballotKeyOf,
  castVoteHttp,
  CHOICES,
  freshDatabase,
  openSql,
  report,
  ServerProcess,
  Show,
  sleep,
  storedRound,
  VOTE,
  voterKeyOf,
  wsExecute,
  wsPhone,
  type Attempt,
  type Sql,
  type WsPhone,
} from './kit.js';

const HTTP_PHONES = 300;
const WS_PHONES = 150;
const LOAD_MS = 3_000;
const SIGTERM_AT_MS = 1_500;

let database: Awaited<ReturnType<typeof freshDatabase>>;
let server: ServerProcess;
let sql: Sql;
const sockets: WsPhone[] = [];

beforeAll(async () => {
  database = await freshDatabase();
  server = await ServerProcess.create({ DATABASE_URL: database.url });
  await server.start();
  sql = await openSql(database.url);
});
afterAll(() =>
  cleanUp(
    () => Promise.all(sockets.map((s) => s.dispose())),
    () => server?.stop('SIGKILL'),
    () => sql?.close(),
    () => database?.drop(),
  ),
);

interface Phone {
  token: string;
  ballotId: string;
  choice: string;
  transport: 'http' | 'ws';
  ws?: WsPhone;
  /** When the vote was sent, relative to the SIGTERM (negative: before it). */
  sentAt?: number;
  outcome?: Attempt | { kind: 'ws-closed'; code: string };
}

describe('SIGTERM under load', () => {
  it('drains: answers what it received, closes sockets cleanly, exits 0, loses no acknowledged vote', async () => {
    const show = await Show.plan(server.url, 1);
    const roundId = await show.openVoting(show.questionIds[0]!);
    const tokens = await show.joinMany(HTTP_PHONES + WS_PHONES);
    const phones: Phone[] = tokens.map((token, i) => ({
      token,
      ballotId: randomUUID(),
      choice: CHOICES[i % 3]!,
      transport: i < HTTP_PHONES ? 'http' : 'ws',
    }));
    // The WebSocket phones are connected (following the tally) before the load starts.
    for (const phone of phones.filter((p) => p.transport === 'ws')) {
      phone.ws = wsPhone(server.wsUrl, { deviceToken: phone.token }, { retry: false });
      sockets.push(phone.ws);
      await new Promise<void>((resolve) => {
        phone.ws!.client.subscribe(
          { query: 'subscription($r: ID!) { roundTallyChanged(roundId: $r) { onlineVoted } }', variables: { r: roundId } },
          { next: () => resolve(), error: () => resolve(), complete: () => {} },
        );
      });
    }

    let termAt = 0;
    const since = () => (termAt ? Date.now() - termAt : Date.now() - startedAt - SIGTERM_AT_MS);
    const startedAt = Date.now();
    const send = async (phone: Phone) => {
      phone.sentAt = since();
      const input = { roundId, choice: phone.choice, ballotId: phone.ballotId };
      if (phone.transport === 'http') {
        phone.outcome = await castVoteHttp(server.url, phone.token, input, 15_000);
      } else {
        const result = await wsExecute(phone.ws!.client, VOTE, { input });
        phone.outcome = result.data?.castVote
          ? { kind: 'ack', replayed: result.data.castVote.replayed, choice: result.data.castVote.choice }
          : { kind: 'ws-closed', code: result.errors?.[0]?.extensions?.code ?? 'UNKNOWN' };
      }
    };
    // Phones vote at random moments of the load; a burst of them just before the SIGTERM, so that
    // requests are in flight when it arrives.
    const burst = phones.filter((_, i) => i % 6 === 0);
    const load = phones
      .filter((_, i) => i % 6 !== 0)
      .map(async (phone) => {
        await sleep(Math.random() * LOAD_MS);
        await send(phone);
      });
    await sleep(SIGTERM_AT_MS - 5);
    const inFlight = burst.map(send);
    await sleep(5);
    termAt = Date.now();
    const exit = server.stop('SIGTERM');
    const { code, signal } = await exit;
    const drainMs = Date.now() - termAt;
    await Promise.all([...load, ...inFlight]);

    const before = phones.filter((p) => p.sentAt! < 0);
    const after = phones.filter((p) => p.sentAt! >= 0);
    const kinds = (list: Phone[]) => {
      const counts: Record<string, number> = {};
      for (const p of list) {
        const o = p.outcome!;
        const key = `${p.transport}:${o.kind === 'ack' ? 'ack' : o.kind === 'refused' ? o.code : o.kind === 'unreachable' ? o.message : o.code}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return counts;
    };
    const acked = phones.filter((p) => p.outcome!.kind === 'ack');
    const closeCodes: Record<string, number> = {};
    for (const s of sockets) for (const c of s.closes) closeCodes[c] = (closeCodes[c] ?? 0) + 1;
    const storedAtExit = await storedRound(sql, roundId);

    // The next server takes the votes that were not answered, with the same ballot ids.
    const readyMs = await server.start();
    const retried = await Promise.all(
      phones
        .filter((p) => p.outcome!.kind !== 'ack')
        .map((p) => castVoteHttp(server.url, p.token, { roundId, choice: p.choice, ballotId: p.ballotId })),
    );
    const stored = await storedRound(sql, roundId);

    // Votes the server stored but never answered: it took the request, then went away without a reply.
    const takenUnanswered = phones.filter((p) => p.outcome!.kind !== 'ack' && storedAtExit.register.has(voterKeyOf(p.token)));
    const takenUnansweredBy = {
      http: takenUnanswered.filter((p) => p.transport === 'http').length,
      ws: takenUnanswered.filter((p) => p.transport === 'ws').length,
    };
    report('sigterm drain', {
      phones: phones.length,
      sentBeforeSigterm: before.length,
      sentAfterSigterm: after.length,
      outcomesBefore: kinds(before),
      outcomesAfter: kinds(after),
      acknowledged: acked.length,
      storedAtExit: storedAtExit.ballots,
      takenUnanswered: takenUnansweredBy,
      exit: { code, signal },
      drainMs,
      socketCloseCodes: closeCodes,
      retriedOnNextServer: retried.length,
      retriedAsReplays: retried.filter((r) => r.kind === 'ack' && r.replayed).length,
      storedAfterRetries: stored.ballots,
      nextServerReadyMs: readyMs,
      serverErrorsLogged: server.problems().map((l) => l.msg),
    });

    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(server.problems()).toEqual([]);
    // Every vote sent before the SIGTERM was answered, and acknowledged.
    expect(before.filter((p) => p.outcome!.kind !== 'ack').map((p) => p.outcome)).toEqual([]);
    // After it, a phone is answered, or turned away before anything was taken: its connection is
    // refused or reset (a new one, or a kept-alive one the server had closed), or its socket closes
    // as going away (1001). No error answers.
    expect(takenUnansweredBy).toEqual({ http: 0, ws: 0 });
    for (const p of after) {
      const o = p.outcome!;
      if (o.kind === 'ack') continue;
      if (o.kind === 'unreachable') expect(['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET']).toContain(o.message);
      else
        expect(['CLOSED_1001', 'CONNECT_ECONNREFUSED', 'CONNECT_ECONNRESET']).toContain(
          o.kind === 'refused' ? `GRAPHQL_${o.code}` : o.code,
        );
    }
    // Sockets that were open were closed as going away.
    expect(sockets.every((s) => s.closes[0] === 1001)).toBe(true);
    // Every acknowledged vote was stored before the process exited; none was stored twice.
    expect(storedAtExit.ballots).toBe(acked.length);
    for (const p of acked) expect(storedAtExit.register.get(voterKeyOf(p.token))).toBe(ballotKeyOf(p.ballotId, p.choice));
    expect(retried.every((r) => r.kind === 'ack')).toBe(true);
    expect(stored.ballots).toBe(phones.length);
    expect(stored.duplicateVoters).toBe(0);
  });
});

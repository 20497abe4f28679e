// The machine's limit, for comparison: a minimal server on raw `ws` that does the same work as Wenzheng's
// vote path and nothing more. Each vote goes through the very same batching and statement (VoteIntake)
// and the same live tallies (TallyHub, its deltas shared between processes through Redis); the screen
// gets a tally frame at most every 100 ms as Wenzheng's does; on each round the watching phones get
// the same live-state bytes, as many times as Wenzheng sends them. What it leaves out: GraphQL parsing
// and execution, passes, access checks, rate limits. Every vote is a new voter, stored in the one open
// round ROUND_ID and tallied under the round the phones were told of (POST /open names a new one).
import http from 'node:http';
import { hash } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { Redis } from 'ioredis';
import { WebSocketServer, type WebSocket } from 'ws';
import { DEFAULT_VOTE_BATCHES_AT_ONCE } from '../src/config.js';
import { hotStatements } from '../src/db/statements.js';
import { createAppPubSub } from '../src/graphql/pubsub.js';
import { listen } from '../src/http/listen.js';
import { batchWritesPerTurn, sendAtOnce } from '../src/http/ws-write-batching.js';
import { createLogger } from '../src/logger.js';
import { ballotKey } from '../src/modules/vote/ballot-type.js';
import { Channel } from '../src/modules/vote/choice.js';
import { TallyHub, type TallySnapshot } from '../src/modules/vote/tally-hub.js';
import { VoteIntake, voteBatchOptions } from '../src/modules/vote/vote-intake.js';
import { benchBallot } from './ballot.js';

const logger = createLogger('warn');
const orm = await MikroORM.init({
  driver: PostgreSqlDriver,
  clientUrl: process.env.DATABASE_URL,
  entities: [],
  discovery: { warnWhenNoEntities: false },
});
const em = orm.em as SqlEntityManager;
const redisUrl = process.env.REDIS_URL!;
const prefix = process.env.REDIS_PREFIX!;
const [publish, subscribe] = [new Redis(redisUrl), new Redis(redisUrl)];
const tallies = new TallyHub(em, createAppPubSub({ publish, subscribe, prefix }), logger);
const storedRound = process.env.ROUND_ID!;
/** The round the phones were last told of: its votes are tallied under it. */
let shownRound = storedRound;
// The same settings as the server's intake on PostgreSQL.
const intake = new VoteIntake(
  hotStatements(em),
  {
    publishCounted: (votes, xid) =>
      tallies.publishCounted(
        votes.map((vote) => ({ ...vote, roundId: shownRound })),
        xid,
      ),
  },
  logger,
  voteBatchOptions(Number(process.env.VOTE_BATCHES_AT_ONCE ?? DEFAULT_VOTE_BATCHES_AT_ONCE), Number(process.env.WORKERS ?? 1)),
);

/** Wenzheng's live state as the vote page receives it, with ROUND_ID where the round's id goes. */
const liveStateTemplate = process.env.LIVE_STATE_TEMPLATE!;
/** Live-state updates Wenzheng sends each round (see vote-storm.ts): the same number go out here. */
const framesPerRound = Number(process.env.FRAMES_PER_ROUND ?? 5);
const watchers = new Set<WebSocket>();

/** Tells this process's watching phones of a new round: each frame built once, then written to every socket. */
function showRound(roundId: string) {
  const frame = (id: string) =>
    Buffer.from(`{"id":"live","type":"next","payload":{"data":{"liveStateChanged":${liveStateTemplate.replaceAll('ROUND_ID', id)}}}}`);
  const frames = [...Array.from({ length: framesPerRound - 1 }, () => frame(shownRound)), frame(roundId)];
  shownRound = roundId;
  for (const bytes of frames) for (const socket of watchers) sendAtOnce(socket, bytes);
}
const rounds = new Redis(redisUrl);
await rounds.subscribe(`${prefix}raw-round`);
rounds.on('message', (_channel, roundId: string) => showRound(roundId));

/** The broadcast screen's tally subscriptions by operation id, so that its `complete` ends one, as graphql-ws does. */
const screenTallies = new Map<string, AsyncIterator<TallySnapshot>>();

/** The broadcast screen: the round's online count at once, then at most one frame per 100 ms while it changes. */
async function showTally(socket: WebSocket, id: string, roundId: string) {
  const watching = tallies.watch(roundId)[Symbol.asyncIterator]();
  screenTallies.set(id, watching);
  try {
    for (let next = await watching.next(); !next.done && socket.readyState === socket.OPEN; next = await watching.next()) {
      const onlineVoted = Object.values(next.value.counts[Channel.ONLINE]).reduce((a, b) => a + b, 0);
      socket.send(`{"id":"${id}","type":"next","payload":{"data":{"roundTallyChanged":{"onlineVoted":${onlineVoted}}}}}`);
    }
  } finally {
    screenTallies.delete(id);
    await watching.return?.();
  }
}

function castVote(socket: WebSocket, id: string, input: Parameters<typeof ballotKey>[1] & { ballotId: string }) {
  const choice = ballotKey(benchBallot, input); // the same check and stored form as Wenzheng's
  const vote = {
    roundId: storedRound,
    voterKey: `raw:${input.ballotId}`,
    ballotKey: hash('sha256', `${input.ballotId}|${choice}`, 'hex'),
    channel: Channel.ONLINE,
    choice,
  };
  intake.submit(vote).then(
    (outcome) => {
      const payload =
        outcome === 'COUNTED' || outcome === 'REPLAYED'
          ? { data: { castVote: { roundId: storedRound, replayed: outcome === 'REPLAYED' } } }
          : { errors: [{ message: outcome, extensions: { code: outcome } }] };
      socket.send(JSON.stringify({ id, type: 'next', payload }));
      socket.send(JSON.stringify({ id, type: 'complete' }));
    },
    () => socket.close(1011, 'storage failed'),
  );
}

const httpServer = http.createServer((request, response) => {
  // The host opens a round: every process hears it through Redis, as Wenzheng's live state goes.
  if (request.method !== 'POST' || request.url !== '/open') return void response.writeHead(404).end();
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => void publish.publish(`${prefix}raw-round`, body).then(() => response.end()));
});
const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 64 * 1024 });
batchWritesPerTurn(wsServer);
wsServer.on('connection', (socket) => {
  socket.on('close', () => watchers.delete(socket));
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString());
    if (message.type === 'connection_init') return socket.send('{"type":"connection_ack"}');
    if (message.type === 'complete') return void screenTallies.get(message.id)?.return?.();
    if (message.type !== 'subscribe') return;
    const { query, variables } = message.payload as { query: string; variables: Record<string, any> };
    if (query.includes('castVote')) castVote(socket, message.id, variables.input);
    else if (query.includes('roundTallyChanged')) void showTally(socket, message.id, variables.r ?? variables.roundId);
    else if (query.includes('liveStateChanged')) watchers.add(socket);
  });
});
// Listens as Wenzheng's server does: the same queue for connections not yet accepted.
await listen(httpServer, { port: Number(process.env.PORT), host: '127.0.0.1' });
console.log(`raw server listening on ${process.env.PORT}`);
process.on('SIGTERM', () => {
  tallies.close();
  for (const client of [publish, subscribe, rounds]) client.disconnect();
  void orm.close().then(() => process.exit(0));
});

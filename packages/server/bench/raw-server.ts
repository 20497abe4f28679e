// The machine's limit, for comparison: a minimal WebSocket server that speaks just enough of the
// graphql-ws protocol for the load generator and stores each vote through the very same batching and
// statement as Wenzheng (VoteIntake), with nothing else: no GraphQL parsing or execution, no passes,
// no access checks, no tallies, no fan-out. Every vote is a new voter in one open round (ROUND_ID).
import http from 'node:http';
import { hash } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { WebSocketServer } from 'ws';
import { batchWritesPerTurn } from '../src/http/ws-write-batching.js';
import { createLogger } from '../src/logger.js';
import { ballotKey } from '../src/modules/vote/ballot-type.js';
import { Channel } from '../src/modules/vote/choice.js';
import { VoteIntake } from '../src/modules/vote/vote-intake.js';
import { benchBallot } from './ballot.js';

const orm = await MikroORM.init({
  driver: PostgreSqlDriver,
  clientUrl: process.env.DATABASE_URL,
  entities: [],
  discovery: { warnWhenNoEntities: false },
});
// The same settings as the server's intake on PostgreSQL.
const intake = new VoteIntake((orm.em as SqlEntityManager).getKysely(), { publishCounted: () => {} }, createLogger('warn'), {
  maxBatch: 2_000,
  maxWaitMs: 4,
  concurrency: 4,
});
const roundId = process.env.ROUND_ID!;

const httpServer = http.createServer();
const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 64 * 1024 });
batchWritesPerTurn(wsServer);
wsServer.on('connection', (socket) => {
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString());
    if (message.type === 'connection_init') return socket.send('{"type":"connection_ack"}');
    if (message.type !== 'subscribe') return;
    const input = message.payload.variables.input;
    const { ballotId } = input as { ballotId: string };
    const choice = ballotKey(benchBallot, input); // the same check and stored form as Wenzheng's
    const vote = {
      roundId,
      voterKey: `raw:${ballotId}`,
      ballotKey: hash('sha256', `${ballotId}|${choice}`, 'hex'),
      channel: Channel.ONLINE,
      choice,
    };
    intake.submit(vote).then(
      (outcome) => {
        const payload =
          outcome === 'COUNTED' || outcome === 'REPLAYED'
            ? { data: { castVote: { roundId, replayed: outcome === 'REPLAYED' } } }
            : { errors: [{ message: outcome, extensions: { code: outcome } }] };
        socket.send(JSON.stringify({ id: message.id, type: 'next', payload }));
        socket.send(JSON.stringify({ id: message.id, type: 'complete' }));
      },
      () => socket.close(1011, 'storage failed'),
    );
  });
});
await new Promise<void>((resolve) => httpServer.listen(Number(process.env.PORT), '127.0.0.1', resolve));
console.log(`raw server listening on ${process.env.PORT}`);
process.on('SIGTERM', () => void orm.close().then(() => process.exit(0)));

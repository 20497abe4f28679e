// The comparison point: a plain Apollo Server (HTTP) and graphql-ws (WebSocket) exposing the same
// castVote mutation, where each vote is one ORM insert through MikroORM's unit of work. It skips
// windows, passes and tallies, so it does less work per vote than Wenzheng does.
import 'reflect-metadata';
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { defineEntity, MikroORM, p, UniqueConstraintViolationException } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import express from 'express';
import { GraphQLError, buildSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

const BaselineVote = defineEntity({
  name: 'BaselineVote',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    roundId: p.uuid(),
    voterKey: p.string().length(80),
    choice: p.string().length(30),
  },
  uniques: [{ properties: ['roundId', 'voterKey'] }],
});

const schema = buildSchema(`
  type Query { ok: Boolean }
  enum Choice { SATISFIED BASICALLY_SATISFIED UNSATISFIED FOR AGAINST ABSTAIN }
  input CastVoteInput { roundId: ID!, choice: Choice, picks: [Int!], ballotId: String! }
  type VoteReceipt { roundId: ID!, choice: Choice, picks: [Int!], replayed: Boolean! }
  type Mutation { castVote(input: CastVoteInput!): VoteReceipt! }
`);

const orm = await MikroORM.init({
  driver: PostgreSqlDriver,
  clientUrl: process.env.DATABASE_URL,
  entities: [BaselineVote],
  pool: { min: 0, max: 10 },
});
await orm.schema.update();

const mutation = {
  async castVote({ input }: { input: { roundId: string; choice?: string; picks?: number[] } }, context: { voterKey: string }) {
    const em = orm.em.fork();
    const choice = input.choice ?? `P:${[...(input.picks ?? [])].sort((a, b) => a - b).join(',')}`;
    em.create(BaselineVote, { roundId: input.roundId, voterKey: context.voterKey, choice });
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw new GraphQLError('already voted', { extensions: { code: 'ALREADY_VOTED' } });
      throw error;
    }
    return { roundId: input.roundId, choice: input.choice ?? null, picks: input.picks ?? null, replayed: false };
  },
};

const app = express();
const httpServer = http.createServer(app);
const apollo = new ApolloServer<{ voterKey: string }>({ schema, rootValue: mutation, stopOnTerminationSignals: false });
await apollo.start();
app.use(
  '/graphql',
  express.json(),
  expressMiddleware(apollo, { context: async ({ req }) => ({ voterKey: req.get('x-device-token') ?? '' }) }),
);
useServer<{ deviceToken?: string }>(
  { schema, roots: { mutation }, context: (ctx) => ({ voterKey: String(ctx.connectionParams?.deviceToken ?? '') }) },
  new WebSocketServer({ server: httpServer, path: '/graphql' }),
);
await new Promise<void>((resolve) => httpServer.listen(Number(process.env.PORT), '127.0.0.1', resolve));
console.log(`baseline listening on ${process.env.PORT}`);
process.on('SIGTERM', () => void orm.close().then(() => process.exit(0)));

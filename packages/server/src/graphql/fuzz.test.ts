// Fuzzes every mutation of the schema (new ones included as soon as they exist) with fast-check:
// hostile strings, edge numbers, nulls, wrong enum-like strings, all through variables, as ADMIN
// and, for PUBLIC mutations, anonymously. Nothing may fail with an internal error, and a refused
// call must leave every table as it was. Operations run in-process against a real server's schema,
// context and database (HTTP adds a millisecond a call and nothing the resolvers see), so 1,000
// inputs per mutation fit in a few minutes.
import fc from 'fast-check';
import { execute, parse, specifiedRules, validate, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/harness.js';
import { arbitraryVariables, documentFor } from '../test/operations.js';
import { rootOperations } from './access-matrix.js';
import type { Context } from './context.js';
import { toClientError } from './errors.js';
import { createAppPubSub } from './pubsub.js';
import { buildAppSchema } from './schema.js';

/** Generated inputs per mutation (each sent once as ADMIN, and once more anonymously for PUBLIC mutations). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);

const schema = await buildAppSchema(createAppPubSub());
// A mutation without arguments has no input to fuzz (logout is covered by the access matrix test).
const mutations = rootOperations(schema).filter((op) => op.kind === 'mutation' && op.field.args.length > 0);

type Caller = 'ADMIN' | 'anonymous';
interface Answer {
  /** False when GraphQL refused the variables before any resolver ran (Apollo answers BAD_USER_INPUT). */
  executed: boolean;
  errors: { message: string; code: unknown; cause?: string }[];
}

let server: TestServer;
let contexts: Record<Caller, Context>;
let countSql: string;

/** Runs the operation as a request of `caller` would, with the request's own unit of work. */
async function call(caller: Caller, document: DocumentNode, variables: Record<string, unknown>): Promise<Answer> {
  const contextValue = { ...contexts[caller], em: server.orm.em.fork() };
  // As they would arrive over the wire.
  const variableValues = JSON.parse(JSON.stringify(variables)) as Record<string, unknown>;
  const result = await execute({ schema: server.schema, document, variableValues, contextValue });
  if (result.data === undefined)
    return { executed: false, errors: (result.errors ?? []).map((e) => ({ message: e.message, code: 'BAD_USER_INPUT' })) };
  return {
    executed: true,
    errors: (result.errors ?? []).map((e) => ({
      message: e.message,
      code: toClientError(e.toJSON(), e, server.logger).extensions?.code,
      cause: e.originalError?.message,
    })),
  };
}

/** Rows in every table of the application, as one row from one statement. */
async function rowCounts(): Promise<Record<string, number>> {
  const [row] = await server.orm.em.getConnection().execute<Record<string, string | number>[]>(countSql);
  return Object.fromEntries(Object.entries(row!).map(([table, n]) => [table, Number(n)]));
}

function changed(before: Record<string, number>, after: Record<string, number>) {
  return Object.keys(after)
    .filter((t) => before[t] !== after[t])
    .map((t) => `${t}: ${before[t]} → ${after[t]}`);
}

beforeAll(async () => {
  server = await startTestServer();
  const ip = '127.0.0.1';
  contexts = {
    ADMIN: await server.context({ token: await server.login('admin'), ip }),
    anonymous: await server.context({ token: undefined, ip }),
  };
  const tables = await server.orm.em
    .getConnection()
    .execute<{ tablename: string }[]>(
      `select tablename from pg_tables where schemaname = current_schema() and tablename <> 'mikro_orm_migrations' order by tablename`,
    );
  countSql = `select ${tables.map(({ tablename }: { tablename: string }) => `(select count(*) from "${tablename}") as "${tablename}"`).join(', ')}`;
});
afterAll(async () => {
  await server?.stop();
});

describe(`fuzzed mutations (${RUNS} inputs each)`, () => {
  it('cover every mutation with arguments', () => {
    expect(mutations.length).toBeGreaterThan(25);
  });

  for (const op of mutations) {
    const callers: Caller[] = op.access.includes('PUBLIC') ? ['ADMIN', 'anonymous'] : ['ADMIN'];
    it(`${op.name}: never an internal error, and a refused call stores nothing (${callers.join(' and ')})`, async () => {
      const document = parse(documentFor(op));
      expect(validate(server.schema, document, specifiedRules)).toEqual([]);
      let before = await rowCounts();
      await fc.assert(
        fc.asyncProperty(arbitraryVariables(op), async (variables) => {
          for (const caller of callers) {
            const answer = await call(caller, document, variables);
            // Refused before any resolver ran: nothing can have been stored.
            if (!answer.executed) continue;
            const after = await rowCounts();
            const codes = answer.errors.map((e) => e.code);
            const seen = JSON.stringify({ caller, errors: answer.errors });
            expect(codes, seen).not.toContain('INTERNAL_SERVER_ERROR');
            expect(
              codes.every((code) => typeof code === 'string'),
              seen,
            ).toBe(true);
            if (answer.errors.length > 0) {
              // Over the join cap, the refusal is flagged for staff (modules/anomaly): that row is the point.
              const allowed = codes.includes('RATE_LIMITED') ? ['join_anomaly'] : [];
              expect(
                changed(before, after).filter((c) => !allowed.some((t) => c.startsWith(`${t}:`))),
                seen,
              ).toEqual([]);
            }
            before = after;
          }
        }),
        // A failure prints its seed; FUZZ_SEED=<seed> replays it.
        { numRuns: RUNS, ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}) },
      );
    }, 120_000);
  }
});

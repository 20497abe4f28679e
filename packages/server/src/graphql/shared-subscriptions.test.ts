import { GraphQLInt, GraphQLObjectType, GraphQLSchema, parse, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SharedSubscriptions } from './shared-subscriptions.js';

/** One shared subscription whose stream sends 1, then fails. */
function failingSchema() {
  const Query = new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt } } });
  const Subscription = new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      counter: {
        type: GraphQLInt,
        extensions: { sharedLatest: true },
        subscribe: async function* () {
          yield { counter: 1 };
          throw new Error('database went away');
        },
      },
    },
  });
  return new GraphQLSchema({ query: Query, subscription: Subscription });
}

describe('shared subscriptions', () => {
  it('tell followers when their stream fails and end their operations, instead of leaving an unhandled rejection', async () => {
    const schema = failingSchema();
    const sent: string[] = [];
    const shared = new SharedSubscriptions(schema, {
      audienceOf: () => 'PUBLIC',
      targetOf: (context) => context as { operationId: string; send(message: string): void },
      format: (result: ExecutionResult) => (result.errors ? { errors: result.errors.map((e) => ({ message: 'masked', code: e.originalError?.message })) } : result),
    });
    const target = { operationId: '1', send: (message: string) => void sent.push(message) };
    const operation = await shared.subscribe({ schema, document: parse('subscription { counter }'), contextValue: target });
    expect(Symbol.asyncIterator in operation).toBe(true);
    // The follower's iterator ends once the stream has failed.
    expect(await (operation as AsyncGenerator<ExecutionResult>).next()).toEqual({ done: true, value: undefined });
    expect(sent.map((m) => JSON.parse(m))).toEqual([
      { id: '1', type: 'next', payload: { data: { counter: 1 } } },
      { id: '1', type: 'next', payload: { errors: [{ message: 'masked', code: 'database went away' }] } },
    ]);
  });
});

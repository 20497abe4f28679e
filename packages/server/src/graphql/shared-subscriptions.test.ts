import { GraphQLInt, GraphQLObjectType, GraphQLSchema, parse, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { FAN_OUT_MIN_SLICE_MS, SharedSubscriptions } from './shared-subscriptions.js';

/** A clock for fan-out slices that moves only as sockets are written: each write takes 10 µs. */
function writeClock() {
  let writes = 0;
  return { clock: () => writes / 100, wrote: () => void writes++ };
}
/** Writes in a slice, by that clock (the rest of each turn takes no time by it). */
const FAN_OUT_SLICE = FAN_OUT_MIN_SLICE_MS * 100;

/** A schema with one shared subscription, `counter`, streaming what `stream` yields. */
function counterSchema(stream: () => AsyncGenerator<{ counter: number }>) {
  const Query = new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt } } });
  const Subscription = new GraphQLObjectType({
    name: 'Subscription',
    fields: { counter: { type: GraphQLInt, extensions: { sharedLatest: true }, subscribe: stream } },
  });
  return new GraphQLSchema({ query: Query, subscription: Subscription });
}

describe('shared subscriptions', () => {
  it('tell followers when their stream fails and end their operations, instead of leaving an unhandled rejection', async () => {
    // The stream sends 1, then fails.
    const schema = counterSchema(async function* () {
      yield { counter: 1 };
      throw new Error('database went away');
    });
    const sent: string[] = [];
    const shared = new SharedSubscriptions(schema, {
      audienceOf: () => 'PUBLIC',
      targetOf: (context) => context as { operationId: string; send(message: string): void },
      format: (result: ExecutionResult) =>
        result.errors ? { errors: result.errors.map((e) => ({ message: 'masked', code: e.originalError?.message })) } : result,
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

  it('write a result a slice of sockets at a time, and a newer result reaches everyone, also those the older one did', async () => {
    const gate = () => {
      let resolve!: () => void;
      return { promise: new Promise<void>((r) => (resolve = r)), resolve: () => resolve() };
    };
    const gates = [gate(), gate()];
    const schema = counterSchema(async function* () {
      await gates[0]!.promise;
      yield { counter: 1 };
      await gates[1]!.promise;
      yield { counter: 2 };
      await new Promise(() => {});
    });
    const { clock, wrote } = writeClock();
    const shared = new SharedSubscriptions(schema, {
      audienceOf: () => 'PUBLIC',
      targetOf: (context) => context as never,
      format: (result) => result,
      clock,
    });
    const received: number[][] = [];
    const document = parse('subscription { counter }'); // one parsed document, as the server's cache gives
    for (let i = 0; i < FAN_OUT_SLICE * 2.4; i++) {
      received.push([]);
      const target = {
        operationId: String(i),
        send: (message: string) => {
          wrote();
          received[i]!.push(JSON.parse(message).payload.data.counter);
        },
      };
      await shared.subscribe({ schema, document, contextValue: target });
    }
    const turn = () => new Promise(setImmediate);
    gates[0]!.resolve();
    // Microtasks only: the event loop gets no turn, so at most one slice can have gone out.
    for (let i = 0; i < 1_000 && received.every((r) => r.length === 0); i++) await Promise.resolve();
    // One slice went out before the event loop had its turn again.
    expect(received.filter((r) => r.length > 0).length).toBe(FAN_OUT_SLICE);
    gates[1]!.resolve();
    for (let i = 0; i < 20 && received.some((r) => r.at(-1) !== 2); i++) await turn();
    // Everyone ends with the newest result; the older one went no further than where the newer one began.
    expect(received.every((r) => r.at(-1) === 2)).toBe(true);
    expect(received.filter((r) => r.length === 2).length).toBe(FAN_OUT_SLICE);
    expect(received.every((r) => r.length <= 2)).toBe(true);
  });

  it('give a fan-out slice as much time as the rest of the previous turn took, so it keeps half the time under load', async () => {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    const schema = counterSchema(async function* () {
      await opened;
      yield { counter: 1 };
      await new Promise(() => {});
    });
    let writes = 0;
    let otherWorkMs = 0;
    const shared = new SharedSubscriptions(schema, {
      audienceOf: () => 'PUBLIC',
      targetOf: (context) => context as never,
      format: (result) => result,
      clock: () => writes / 100 + otherWorkMs,
    });
    const document = parse('subscription { counter }');
    for (let i = 0; i < 3_000; i++)
      await shared.subscribe({ schema, document, contextValue: { operationId: String(i), send: () => void writes++ } });
    open();
    setImmediate(() => (otherWorkMs += 10)); // the next turn's other work (votes) takes 10 ms
    for (let i = 0; i < 1_000 && writes === 0; i++) await Promise.resolve();
    expect(writes).toBe(FAN_OUT_SLICE);
    await new Promise(setImmediate);
    expect(writes).toBe(FAN_OUT_SLICE + 1_000); // 10 ms at 10 µs a write
  });

  it('reach every follower while results keep coming faster than one pass over them', async () => {
    const schema = counterSchema(async function* () {
      // Two results every turn of the event loop, forever.
      for (let n = 1; ; n += 2) {
        yield { counter: n };
        yield { counter: n + 1 };
        await new Promise(setImmediate);
      }
    });
    const { clock, wrote } = writeClock();
    const shared = new SharedSubscriptions(schema, {
      audienceOf: () => 'PUBLIC',
      targetOf: (context) => context as never,
      format: (result) => result,
      clock,
    });
    const received: number[][] = [];
    const document = parse('subscription { counter }');
    const operations: AsyncGenerator<ExecutionResult>[] = [];
    for (let i = 0; i < FAN_OUT_SLICE * 4; i++) {
      received.push([]);
      const target = {
        operationId: String(i),
        send: (message: string) => {
          wrote();
          received[i]!.push(JSON.parse(message).payload.data.counter);
        },
      };
      operations.push((await shared.subscribe({ schema, document, contextValue: target })) as AsyncGenerator<ExecutionResult>);
    }
    for (let i = 0; i < 12; i++) await new Promise(setImmediate);
    expect(received.filter((r) => r.length === 0)).toHaveLength(0);
    // Each follower's results only move forward.
    expect(received.every((r) => r.every((n, k) => k === 0 || n > r[k - 1]!))).toBe(true);
    for (const operation of operations) await operation.return(undefined);
  });

  it('write one encoding of a result to every follower subscribed under the same operation id', async () => {
    let push!: (n: number) => void;
    const schema = counterSchema(async function* () {
      for (;;) yield { counter: await new Promise<number>((resolve) => (push = resolve)) };
    });
    const shared = new SharedSubscriptions(schema, {
      audienceOf: () => 'PUBLIC',
      targetOf: (context) => context as never,
      format: (r) => r,
    });
    const document = parse('subscription { counter }');
    const sent = new Map<string, (string | Buffer)[]>();
    const operations: AsyncGenerator<ExecutionResult>[] = [];
    // Phones that number their operations subscribe as "1"; one that does not, under a random id.
    for (const [name, operationId] of [
      ['a', '1'],
      ['b', '1'],
      ['c', 'f3a9'],
    ] as const) {
      sent.set(name, []);
      const target = { operationId, send: (message: string | Buffer) => void sent.get(name)!.push(message) };
      operations.push((await shared.subscribe({ schema, document, contextValue: target })) as AsyncGenerator<ExecutionResult>);
    }
    while (!push) await new Promise(setImmediate);
    push(7);
    while (sent.get('c')!.length === 0) await new Promise(setImmediate);
    const [a, b, c] = ['a', 'b', 'c'].map((name) => sent.get(name)![0]!);
    expect(a).toBeInstanceOf(Buffer);
    expect(b).toBe(a); // the very same bytes, encoded once
    expect(JSON.parse(String(a))).toEqual({ id: '1', type: 'next', payload: { data: { counter: 7 } } });
    expect(JSON.parse(String(c))).toEqual({ id: 'f3a9', type: 'next', payload: { data: { counter: 7 } } });
    for (const operation of operations) await operation.return(undefined);
  });
});

import { buildSchema, execute, GraphQLError, parse, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CompiledOperations } from './compiled-operations.js';

const schema = buildSchema(`
  enum Choice { YES NO }
  input VoteInput { roundId: ID!, choice: Choice!, note: String }
  type Receipt { roundId: ID!, choice: Choice!, replayed: Boolean! }
  type Query { ping: String }
  type Mutation { castVote(input: VoteInput!): Receipt!, other: String }
`);
const castVote = schema.getMutationType()!.getFields().castVote!;
castVote.resolve = async (
  _root,
  { input }: { input: { roundId: string; choice: string; note?: string } },
  context: { voted: Set<string> },
) => {
  if (context.voted.has(input.roundId))
    throw new GraphQLError('You have already voted in this round.', { extensions: { code: 'ALREADY_VOTED' } });
  context.voted.add(input.roundId);
  return { roundId: input.roundId, choice: input.choice, replayed: input.note === 'again' };
};
schema.getMutationType()!.getFields().other!.resolve = () => 'other';

const VOTE = parse('mutation Vote($input: VoteInput!) { castVote(input: $input) { roundId choice replayed } }');

/** The same operation through the compiled path and through graphql-js, each with a fresh context. */
async function both(document = VOTE, variableValues: Record<string, unknown>, contextValue = () => ({ voted: new Set<string>() })) {
  const operations = new CompiledOperations(schema, new Set(['castVote']));
  const compiled = (await operations.execute({ schema, document, variableValues, contextValue: contextValue() })) as ExecutionResult;
  const reference = (await execute({ schema, document, variableValues, contextValue: contextValue() })) as ExecutionResult;
  return { compiled, reference };
}

const plain = (result: ExecutionResult) => JSON.parse(JSON.stringify(result));

describe('compiled operations', () => {
  it('answers a vote as graphql-js does', async () => {
    const { compiled, reference } = await both(VOTE, { input: { roundId: 'r1', choice: 'YES', note: 'again' } });
    expect(compiled).toEqual({ data: { castVote: { roundId: 'r1', choice: 'YES', replayed: true } } });
    expect(plain(compiled)).toEqual(plain(reference));
  });

  it('refuses as graphql-js does: the resolver’s error, with its code and cause, and no data', async () => {
    const voted = () => ({ voted: new Set(['r1']) });
    const { compiled, reference } = await both(VOTE, { input: { roundId: 'r1', choice: 'NO' } }, voted);
    expect(plain(compiled)).toEqual(plain(reference));
    expect(compiled.errors![0]!.extensions).toEqual({ code: 'ALREADY_VOTED' });
    expect(compiled.errors![0]!.originalError?.message).toBe('You have already voted in this round.');
    expect(compiled.errors![0]).toBeInstanceOf(GraphQLError);
  });

  it('refuses variables of the wrong shape, storing nothing', async () => {
    let calls = 0;
    const counting = () => ({
      voted: new (class extends Set<string> {
        override add(value: string) {
          calls++;
          return super.add(value);
        }
      })(),
    });
    const { compiled, reference } = await both(VOTE, { input: { roundId: 'r1', choice: 'MAYBE' } }, counting);
    expect(compiled.data).toBeUndefined();
    expect(plain(compiled)).toEqual(plain(reference));
    expect(compiled.errors![0]!.message).toContain('"input.choice"');
    expect(calls).toBe(0);
  });

  it('executes other operations, and operations mixing other fields, as usual', async () => {
    const mixed = parse('mutation { other castVote(input: { roundId: "r2", choice: NO }) { roundId } }');
    const { compiled, reference } = await both(mixed, {});
    expect(plain(compiled)).toEqual(plain(reference));
    expect(compiled.data).toEqual({ other: 'other', castVote: { roundId: 'r2' } });
  });
});

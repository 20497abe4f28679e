import { Arg, Ctx, Extensions, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import type { TallySnapshot } from './tally-hub.js';
import { ClaimSeatInput } from '../roll/roll.inputs.js';
import { CastVoteInput, checkVoteInput } from './vote.inputs.js';
import { castVote, claimStudioSeat, joinSession, tallyFor } from './vote.service.js';
import { AudiencePass, RoundTally, VoteReceipt } from './vote.type.js';

/**
 * castVote as a plain GraphQL resolver, installed in the schema in place of type-graphql's (see
 * `plainResolvers`): the same work without type-graphql first copying the input into a class
 * instance through promises, about a tenth of a vote's server CPU in a storm.
 */
export function castVoteField(_root: unknown, { input }: { input: CastVoteInput }, ctx: Context) {
  checkVoteInput(input);
  return castVote(ctx, input);
}

@Resolver()
export class VoteResolver {
  @Allow('PUBLIC')
  @Mutation(() => AudiencePass, {
    description: 'A phone joins a session by its 6-digit code (or QR link) and gets its pass to vote online.',
  })
  joinSession(@Arg('joinCode', () => String) joinCode: string, @Ctx() ctx: Context) {
    if (!/^\d{6}$/.test(joinCode.trim())) throw badInput('joinCode', 'The session code has 6 digits.');
    return joinSession(ctx, joinCode);
  }

  @Allow('PUBLIC')
  @Mutation(() => AudiencePass, {
    description: 'A representative claims a studio seat with its printed code; the code then stops working.',
  })
  claimSeat(@Arg('input', () => ClaimSeatInput) input: ClaimSeatInput, @Ctx() ctx: Context) {
    return claimStudioSeat(ctx, input.joinCode, input.seatCode);
  }

  @Allow('PUBLIC')
  @Mutation(() => VoteReceipt, {
    description: 'Needs an audience pass (or a representative’s sign-in). Answered only once the vote is stored.',
  })
  castVote(@Arg('input', () => CastVoteInput, { validate: false }) input: CastVoteInput, @Ctx() ctx: Context) {
    return castVoteField(undefined, { input }, ctx);
  }

  @Allow('PUBLIC')
  @Query(() => RoundTally, { description: 'Live counts of a round; the result is withheld from the public while hidden.' })
  async roundTally(@Arg('roundId', () => ID) roundId: string, @Ctx() ctx: Context) {
    await ctx.services.rounds.facts(roundId);
    return tallyFor(ctx, await ctx.services.tallies.snapshot(roundId));
  }

  @Allow('PUBLIC')
  @Extensions({ sharedLatest: true })
  @Subscription(() => RoundTally, {
    description: 'The tally now, then at most ten updates a second while votes arrive.',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      await ctx.services.rounds.facts(args.roundId as string);
      return ctx.services.tallies.watch(args.roundId as string);
    },
  })
  roundTallyChanged(@Arg('roundId', () => ID) _roundId: string, @Root() snapshot: TallySnapshot, @Ctx() ctx: Context) {
    return tallyFor(ctx, snapshot);
  }
}

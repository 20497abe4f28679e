import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { admitJoin } from '../anomaly/anomaly.service.js';
import { findJoinable, issuePass, passWindowCheck } from '../vote/vote.service.js';
import { AudiencePass } from '../vote/vote.type.js';
import { ImportRosterInput, JoinWithCodeInput, RequestVoteCodeInput } from './identity.inputs.js';
import { importRoster, listRoster, proveNumber, requestVoteCode } from './identity.service.js';
import { RosterEntryType, toRosterEntryType, VoteCodeSent } from './identity.type.js';

@Resolver()
export class IdentityResolver {
  @Allow('PUBLIC')
  @Mutation(() => VoteCodeSent, {
    description: 'Texts a one-time code to prove a mobile number, for a session whose online identity is PHONE_CODE or ROSTER.',
  })
  async requestVoteCode(@Arg('input', () => RequestVoteCodeInput) input: RequestVoteCodeInput, @Ctx() ctx: Context) {
    const session = await findJoinable(ctx.em, input.joinCode);
    passWindowCheck(ctx, session);
    return requestVoteCode(ctx, session, input.phone);
  }

  @Allow('PUBLIC')
  @Mutation(() => AudiencePass, {
    description: 'A pass for a proven number: one number (or person on the roster) is one online voter, on however many phones.',
  })
  async joinWithCode(@Arg('input', () => JoinWithCodeInput) input: JoinWithCodeInput, @Ctx() ctx: Context) {
    await admitJoin(ctx, input.joinCode);
    const session = await findJoinable(ctx.em, input.joinCode);
    passWindowCheck(ctx, session);
    return issuePass(ctx, await proveNumber(ctx, session, input.phone, input.code));
  }

  @Allow('ADMIN')
  @Mutation(() => Int, {
    description:
      'Replaces the online roster (ROSTER identity) of a session, or adds to it, until it goes live; answers how many people it holds.',
  })
  importOnlineRoster(@Arg('input', () => ImportRosterInput) input: ImportRosterInput, @Ctx() ctx: Context) {
    return importRoster(ctx, input.sessionId, input.people, input.append);
  }

  @Allow('ADMIN')
  @Query(() => [RosterEntryType], { description: 'The online roster of a session, numbers masked.' })
  async onlineRoster(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context) {
    return (await listRoster(ctx, sessionId)).map(toRosterEntryType);
  }
}

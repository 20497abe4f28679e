import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { AddToRollInput, IssueSeatCodesInput } from './roll.inputs.js';
import { addToRoll, issueSeatCodes, removeFromRoll, studioRoll } from './roll.service.js';
import { RollMemberType, SeatCodeType, toRollMemberType, toSeatCodeType } from './roll.type.js';

@Resolver()
export class RollResolver {
  @Allow('ADMIN', 'HOST')
  @Query(() => [RollMemberType], { description: 'The studio roll (代表名册) in seat order; its size is the studio electorate.' })
  async studioRoll(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context) {
    return (await studioRoll(ctx, sessionId)).map(toRollMemberType);
  }

  @Allow('ADMIN')
  @Mutation(() => [RollMemberType], {
    description: 'Puts people on the studio roll, each with a seat code of their own; until the session goes live.',
  })
  async addToRoll(@Arg('input', () => AddToRollInput) input: AddToRollInput, @Ctx() ctx: Context) {
    return (await addToRoll(ctx, input.sessionId, input.people)).map(toRollMemberType);
  }

  @Allow('ADMIN')
  @Mutation(() => Boolean, {
    description: 'Takes a person off the roll, until the session goes live and unless their seat code was claimed.',
  })
  async removeFromRoll(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    await removeFromRoll(ctx, id);
    return true;
  }

  @Allow('ADMIN')
  @Mutation(() => [SeatCodeType], {
    description: 'Makes more seat codes to print, each a new unnamed person on the roll; until the session goes live.',
  })
  async issueSeatCodes(@Arg('input', () => IssueSeatCodesInput) input: IssueSeatCodesInput, @Ctx() ctx: Context) {
    return (await issueSeatCodes(ctx, input.sessionId, input.count)).map(toSeatCodeType);
  }

  @Allow('ADMIN')
  @Query(() => [SeatCodeType])
  async seatCodes(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context) {
    return (await studioRoll(ctx, sessionId)).map(toSeatCodeType);
  }
}

import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { setFollowUpCommittee } from './committees.js';
import { FollowUpType } from './follow-up.type.js';

@InputType({ description: 'Gives an item to a supervising committee (专（工）委), moves it, or takes it from one.' })
export class SetFollowUpCommitteeInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field(() => ID, { nullable: true, description: 'An active committee; null: no committee supervises the item.' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a committee from the list.' })
  committeeId?: string | null;
  @Field(() => String, { nullable: true, description: 'Why, for the timeline.' })
  @IsOptional()
  @MaxLength(500, { message: 'The reason may have at most 500 characters.' })
  reason?: string | null;
}

@Resolver()
export class FollowUpCommitteeResolver {
  @Allow('ADMIN')
  @Mutation(() => FollowUpType, {
    description:
      'Sets the supervising committee of a top-level item and its sub-items; a step on the timeline. A committee’s staff are refused (FORBIDDEN, reason OTHER_COMMITTEE) on another committee’s item.',
  })
  setFollowUpCommittee(@Arg('input', () => SetFollowUpCommitteeInput) input: SetFollowUpCommitteeInput, @Ctx() ctx: Context) {
    return setFollowUpCommittee(ctx, input);
  }
}

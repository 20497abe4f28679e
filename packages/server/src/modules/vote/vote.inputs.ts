import { Field, ID, InputType } from 'type-graphql';
import { isUuid } from '../../graphql/argument-guard.js';
import { badInput } from '../../graphql/errors.js';
import { Choice } from './choice.js';

/** Checked by `checkVoteInput` rather than class-validator: this is the hot path. */
@InputType()
export class CastVoteInput {
  @Field(() => ID) roundId!: string;
  @Field(() => Choice) choice!: Choice;
  @Field(() => String, {
    description: 'A random id the phone makes once per vote (1 to 64 characters); sending it again (a retry) gets the same answer.',
  })
  ballotId!: string;
}

export function checkVoteInput(input: CastVoteInput): void {
  if (!isUuid(input.roundId)) throw badInput('roundId', 'roundId is not a round id.');
  if (input.ballotId.length === 0 || input.ballotId.length > 64) throw badInput('ballotId', 'ballotId must have 1 to 64 characters.');
}

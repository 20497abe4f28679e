import { Field, ID, InputType, Int } from 'type-graphql';
import { badInput } from '../../graphql/errors.js';
import { Choice } from './choice.js';

/** Checked by `checkVoteInput` rather than class-validator: this is the hot path. */
@InputType()
export class CastVoteInput {
  @Field(() => ID) roundId!: string;
  @Field(() => Choice, { nullable: true, description: 'SATISFACTION and APPROVAL ballots: the answer.' }) choice?: Choice | null;
  @Field(() => [Int], {
    nullable: true,
    description:
      'CHOOSE_UP_TO_N ballots: the places (from 0) of the chosen candidates, at most the ballot’s maxChoices, each once; [] is a blank ballot.',
  })
  picks?: number[] | null;
  @Field(() => String, {
    description: 'A random id the phone makes once per vote (1 to 64 characters); sending it again (a retry) gets the same answer.',
  })
  ballotId!: string;
}

/** What the schema's types and the argument guard (a UUID for roundId, no NUL in text) leave to check. */
export function checkVoteInput(input: CastVoteInput): void {
  if ((input.picks?.length ?? 0) > 100) throw badInput('picks', 'Too many picks.');
  if (input.ballotId.length === 0 || input.ballotId.length > 64) throw badInput('ballotId', 'ballotId must have 1 to 64 characters.');
}

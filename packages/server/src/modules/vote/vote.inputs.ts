import { Field, ID, InputType, Int } from 'type-graphql';
import { isUuid } from '../../graphql/argument-guard.js';
import { Matches, Max, Min } from 'class-validator';
import { badInput } from '../../graphql/errors.js';
import { Choice } from './choice.js';

/** Checked by `checkVoteInput` rather than class-validator: this is the hot path. */
@InputType()
export class CastVoteInput {
  @Field(() => ID) roundId!: string;
  @Field(() => Choice) choice!: Choice;
  @Field(() => String, { description: 'A random id the phone makes once per vote (1 to 64 characters); sending it again (a retry) gets the same answer.' })
  ballotId!: string;
}


export function checkVoteInput(input: CastVoteInput): void {
  if (!isUuid(input.roundId)) throw badInput('roundId', 'roundId is not a round id.');
  if (input.ballotId.length === 0 || input.ballotId.length > 64) throw badInput('ballotId', 'ballotId must have 1 to 64 characters.');
}

@InputType()
export class ClaimSeatInput {
  @Field(() => String) @Matches(/^\d{6}$/, { message: 'The session code has 6 digits.' }) joinCode!: string;
  @Field(() => String) @Matches(/^[A-Za-z0-9]{6}$/, { message: 'The seat code has 6 letters and digits.' }) seatCode!: string;
}

@InputType()
export class IssueSeatCodesInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => Int, { description: '1 to 500 codes.' }) @Min(1) @Max(500) count!: number;
}

import { Field, ID, InputType, Int } from 'type-graphql';
import { IsIn, IsNotEmpty, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Choice, choices } from './choice.js';

@InputType()
export class CastVoteInput {
  @Field(() => ID) @IsUUID('all', { message: 'roundId is not a round id.' }) roundId!: string;
  @Field(() => Choice) @IsIn(choices) choice!: Choice;
  @Field(() => String, { description: 'A random id the phone makes once per vote; sending it again (a retry) gets the same answer.' })
  @IsNotEmpty()
  @MaxLength(64)
  ballotId!: string;
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

import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, Matches, MaxLength, ValidateNested } from 'class-validator';

@InputType()
export class RequestVoteCodeInput {
  @Field(() => String) @Matches(/^\d{6}$/, { message: 'The session code has 6 digits.' }) joinCode!: string;
  @Field(() => String, { description: 'An 11-digit mainland mobile number (spaces, dashes and +86 are fine).' }) @MaxLength(20, { message: 'Enter an 11-digit mainland mobile number.' }) phone!: string;
}

@InputType()
export class JoinWithCodeInput extends RequestVoteCodeInput {
  @Field(() => String, { description: 'The 6-digit code from the text message.' }) @MaxLength(10, { message: 'The code has 6 digits.' }) code!: string;
}

@InputType()
export class RosterPersonInput {
  @Field(() => String) @MaxLength(60, { message: 'A name has at most 60 characters.' }) name!: string;
  @Field(() => String) @MaxLength(20, { message: 'Enter an 11-digit mainland mobile number.' }) phone!: string;
}

@InputType({ description: 'The whole online roster of a session (replaces the one before).' })
export class ImportRosterInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => [RosterPersonInput], { description: 'Up to 20,000 people.' })
  @ArrayMaxSize(20_000, { message: 'Import at most 20,000 people at a time.' })
  @ValidateNested({ each: true })
  people!: RosterPersonInput[];
}

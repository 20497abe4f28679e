import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, Matches, MaxLength, ValidateNested } from 'class-validator';

@InputType()
export class RequestVoteCodeInput {
  @Field(() => String) @Matches(/^\d{6}$/, { message: 'The session code has 6 digits.' }) joinCode!: string;
  @Field(() => String, { description: 'An 11-digit mainland mobile number (spaces, dashes and +86 are fine).' })
  @MaxLength(20, { message: 'Enter an 11-digit mainland mobile number.' })
  phone!: string;
}

@InputType()
export class JoinWithCodeInput extends RequestVoteCodeInput {
  @Field(() => String, { description: 'The 6-digit code from the text message.' })
  @MaxLength(10, { message: 'The code has 6 digits.' })
  code!: string;
}

@InputType()
export class RosterPersonInput {
  @Field(() => String) @MaxLength(60, { message: 'A name has at most 60 characters.' }) name!: string;
  @Field(() => String) @MaxLength(20, { message: 'Enter an 11-digit mainland mobile number.' }) phone!: string;
}

@InputType({
  description:
    'People for the online roster of a session: they replace the roster, or are added to it (a long list is sent in parts of up to 1,000).',
})
export class ImportRosterInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => [RosterPersonInput], { description: 'Up to 1,000 people (one request stays under the 100 KB body limit).' })
  @ArrayMaxSize(1_000, { message: 'Send at most 1,000 people at a time; send the rest with append.' })
  @ValidateNested({ each: true })
  people!: RosterPersonInput[];
  @Field(() => Boolean, { defaultValue: false, description: 'Add to the roster instead of replacing it (the later parts of a long list).' })
  @IsBoolean()
  append!: boolean;
}

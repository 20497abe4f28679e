import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

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

@InputType({
  description: 'A person for the studio roll: a name, or a representative’s account (its name is used when the name is empty).',
})
export class RollPersonInput {
  @Field(() => String, { defaultValue: '' }) @MaxLength(60, { message: 'A name has at most 60 characters.' }) name: string = '';
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'accountId is not an account id.' }) accountId?:
    | string
    | null;
}

@InputType()
export class AddToRollInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => [RollPersonInput], { description: '1 to 500 people.' })
  @ArrayMinSize(1, { message: 'Add at least one person.' })
  @ArrayMaxSize(500, { message: 'Add at most 500 people at a time.' })
  @ValidateNested({ each: true })
  people!: RollPersonInput[];
}

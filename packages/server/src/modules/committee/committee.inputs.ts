import { Field, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

@InputType()
export class CommitteeInput {
  @Field(() => String, { description: 'Full name, 2 to 100 characters, e.g. 财政经济委员会.' })
  @IsNotEmpty({ message: 'Enter the full name.' })
  @MinLength(2, { message: 'The full name needs at least 2 characters.' })
  @MaxLength(100, { message: 'The full name may have at most 100 characters.' })
  name!: string;

  @Field(() => String, { description: 'Short name, at most 30 characters, e.g. 财经委.' })
  @IsNotEmpty({ message: 'Enter the short name.' })
  @MaxLength(30, { message: 'The short name may have at most 30 characters.' })
  shortName!: string;

  @Field(() => Int, { defaultValue: 0, description: 'Where it stands in lists, smallest first (0 to 999).' })
  @IsInt()
  @Min(0, { message: 'The order is a number from 0 to 999.' })
  @Max(999, { message: 'The order is a number from 0 to 999.' })
  position!: number;
}

@InputType()
export class UpdateCommitteeInput extends CommitteeInput {
  @Field(() => ID) @IsUUID('all') id!: string;

  @Field(() => Boolean, { nullable: true, description: 'false deactivates it: its items and accounts keep it, no new ones get it.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

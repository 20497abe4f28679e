import { Field, InputType } from 'type-graphql';
import { IsNotEmpty, MaxLength, MinLength } from 'class-validator';

@InputType()
export class CreateDepartmentInput {
  @Field(() => String, { description: 'Full name, 2 to 100 characters.' })
  @IsNotEmpty({ message: 'Enter the full name.' })
  @MinLength(2, { message: 'The full name needs at least 2 characters.' })
  @MaxLength(100, { message: 'The full name may have at most 100 characters.' })
  name!: string;

  @Field(() => String, { description: 'Short name, at most 30 characters.' })
  @IsNotEmpty({ message: 'Enter the short name.' })
  @MaxLength(30, { message: 'The short name may have at most 30 characters.' })
  shortName!: string;
}

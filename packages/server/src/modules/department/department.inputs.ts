import { Field, InputType } from 'type-graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';

@InputType()
export class CreateDepartmentInput {
  @Field(() => String, { description: 'Full name, at most 100 characters.' })
  @IsNotEmpty({ message: 'Enter the full name.' })
  @MaxLength(100, { message: 'The full name may have at most 100 characters.' })
  name!: string;

  @Field(() => String, { description: 'Short name, at most 30 characters.' })
  @IsNotEmpty({ message: 'Enter the short name.' })
  @MaxLength(30, { message: 'The short name may have at most 30 characters.' })
  shortName!: string;
}

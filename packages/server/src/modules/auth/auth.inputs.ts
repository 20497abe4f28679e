import { Field, InputType } from 'type-graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field(() => String)
  @IsNotEmpty({ message: 'Enter your username.' })
  @MaxLength(40)
  username!: string;

  @Field(() => String)
  @IsNotEmpty({ message: 'Enter your password.' })
  @MaxLength(200)
  password!: string;
}

import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsNotEmpty, IsOptional, IsUrl, IsUUID, Max, MaxLength, Min } from 'class-validator';

@InputType()
export class QuestionInput {
  @Field(() => String) @IsNotEmpty({ message: 'Enter the question’s title.' }) @MaxLength(200) title!: string;
  @Field(() => String) @IsNotEmpty({ message: 'Enter the question.' }) @MaxLength(5_000) body!: string;
  @Field(() => String) @IsNotEmpty({ message: 'Enter who asks.' }) @MaxLength(60) questioner!: string;
  @Field(() => ID) @IsUUID('all', { message: 'Choose a department from the list.' }) departmentId!: string;
  @Field(() => String) @IsNotEmpty({ message: 'Enter who answers.' }) @MaxLength(60) respondent!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_tld: false }, { message: 'Enter the clip’s web address (https://…).' })
  @MaxLength(500)
  clipUrl?: string;
}

@InputType()
export class ExtendVotingInput {
  @Field(() => ID) questionId!: string;
  @Field(() => Int, { description: 'Seconds to add to both windows, 5 to 300.' }) @IsInt() @Min(5) @Max(300) seconds!: number;
}

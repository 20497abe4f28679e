import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsDate, IsIn, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageArgs } from '../../graphql/pagination.js';
import { ClueStatus } from '../clue/clue-status.js';
import { RepresentativeScore } from '../follow-up/follow-up-score.entity.js';
import { ProposalStatus } from './question-proposal.entity.js';

export const MAX_IMPORT_ROWS = 2_000;

@InputType({ description: 'A representative’s record; omitted optional fields are cleared (active defaults to true).' })
export class RepresentativeInput {
  @Field(() => String)
  @IsNotEmpty({ message: 'Enter the name.' })
  @MaxLength(60, { message: 'Keep the name within 60 characters.' })
  name!: string;
  @Field(() => String, { description: '选区 or 代表团.' })
  @IsNotEmpty({ message: 'Enter the 选区 or 代表团.' })
  @MaxLength(60, { message: 'Keep the 选区 or 代表团 within 60 characters.' })
  district!: string;
  @Field(() => String, { nullable: true, description: '联络站.' })
  @IsOptional()
  @MaxLength(100, { message: 'Keep the 联络站 within 100 characters.' })
  station?: string | null;
  @Field(() => String, { nullable: true, description: 'A short public profile, up to 500 characters.' })
  @IsOptional()
  @MaxLength(500, { message: 'Keep the profile within 500 characters.' })
  bio?: string | null;
  @Field(() => ID, { nullable: true, description: 'A REPRESENTATIVE account to link (at most one record per account).' })
  @IsOptional()
  @IsUUID('all', { message: 'accountId is not an account id.' })
  accountId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Default true.' }) @IsOptional() @IsBoolean() active?: boolean | null;
}

/** One row of an import; checked by the service so that every row's problems come back at once. */
@InputType({ description: 'One row of an import; matched to an existing record by (name, district).' })
export class RepresentativeRowInput {
  @Field(() => String) name!: string;
  @Field(() => String) district!: string;
  @Field(() => String, { nullable: true }) station?: string | null;
  @Field(() => String, { nullable: true }) bio?: string | null;
  @Field(() => String, { nullable: true, description: 'Links an existing REPRESENTATIVE account by its username.' }) username?:
    | string
    | null;
}

@ArgsType()
export class RepresentativeListArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or inactive (false) ones.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

/** Items a representative supervises: 20 a page unless asked. */
@ArgsType()
export class SupervisedListArgs extends PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 200.' }) @Min(1) @Max(200) override first: number = 20;
}

@ArgsType()
export class RepresentativeInboxArgs extends PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 200.' }) @Min(1) @Max(200) override first: number = 20;
  @Field(() => ClueStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(ClueStatus)) status?: ClueStatus | null;
}

@InputType({ description: '代表下单: the representative sends a clue addressed to them to a department as a follow-up item.' })
export class RepresentativeDispatchInput {
  @Field(() => ID) @IsUUID('all', { message: 'clueId is not a clue id.' }) clueId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'Choose a department.' }) departmentId!: string;
  @Field(() => String, { description: 'What the department is to do.' })
  @IsNotEmpty({ message: 'Write what the department is to do.' })
  @MaxLength(5000, { message: 'Keep the commitment within 5,000 characters.' })
  commitment!: string;
  @Field(() => Date) @IsDate({ message: 'deadline is not a date.' }) deadline!: Date;
}

@InputType({ description: '代表打分 of a reported item.' })
export class ScoreFollowUpInput {
  @Field(() => ID) @IsUUID('all', { message: 'id is not an item id.' }) id!: string;
  @Field(() => RepresentativeScore) @IsIn(Object.values(RepresentativeScore)) score!: RepresentativeScore;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500, { message: 'Keep the note within 500 characters.' }) note?:
    | string
    | null;
}

@InputType({ description: '代表出题: a question for a published session whose kind asks departments (subject ANSWER).' })
export class ProposeQuestionInput {
  @Field(() => ID) @IsUUID('all', { message: 'sessionId is not a session id.' }) sessionId!: string;
  @Field(() => String)
  @IsNotEmpty({ message: 'Enter the title.' })
  @MaxLength(200, { message: 'Keep the title within 200 characters.' })
  title!: string;
  @Field(() => String)
  @IsNotEmpty({ message: 'Enter the question.' })
  @MaxLength(5000, { message: 'Keep the question within 5,000 characters.' })
  body!: string;
  @Field(() => String, { nullable: true, description: 'Who should answer (default: the department).' })
  @IsOptional()
  @MaxLength(60, { message: 'Keep who answers within 60 characters.' })
  respondent?: string | null;
  @Field(() => ID, { nullable: true, description: 'The department asked (required to accept it into the running order).' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a department from the list.' })
  departmentId?: string | null;
}

@ArgsType()
export class ProposalListArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') sessionId?: string | null;
  @Field(() => ProposalStatus, { nullable: true }) @IsOptional() @IsIn(Object.values(ProposalStatus)) status?: ProposalStatus | null;
}

@ArgsType()
export class ParticipationArgs {
  @Field(() => Date) @IsDate() from!: Date;
  @Field(() => Date) @IsDate() to!: Date;
  @Field(() => String, { nullable: true, description: 'Words in the name or 选区.' }) @IsOptional() @MaxLength(100) search?: string | null;
}

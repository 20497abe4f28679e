import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsNotEmpty, IsOptional, IsUrl, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { BallotTypeEnum, MAX_CANDIDATES, type BallotType } from '../vote/ballot-type.js';

@InputType({ description: 'One name on a CHOOSE_UP_TO_N ballot.' })
export class CandidateInput {
  @Field(() => String) @IsNotEmpty({ message: 'Enter the candidate’s name.' }) @MaxLength(100) label!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(300) detail?: string;
  @Field(() => ID, { nullable: true, description: 'A candidate project’s lead department (it becomes the follow-up item’s if chosen).' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a department from the list.' })
  departmentId?: string;
}

/**
 * An agenda item. What it needs depends on the session's kind (its subject): an ANSWER needs who asks,
 * the 应询部门 and who answers; a REPORT its submitting body and reporter; a PROJECT its lead department
 * (or a list of candidates); a REPRESENTATIVE the representative's name and 选区. The service checks these.
 */
@InputType()
export class QuestionInput {
  @Field(() => String) @IsNotEmpty({ message: 'Enter the title.' }) @MaxLength(200) title!: string;
  @Field(() => String, { defaultValue: '' }) @MaxLength(5_000) body: string = '';
  @Field(() => String, { defaultValue: '', description: 'Who asks, e.g. 县人大代表 王建华 (ANSWER).' }) @MaxLength(60) questioner: string =
    '';
  @Field(() => ID, { nullable: true, description: 'ANSWER: 应询部门; REPORT: the submitting body; PROJECT: the lead department.' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a department from the list.' })
  departmentId?: string | null;
  @Field(() => String, { defaultValue: '', description: 'Who answers, who reports, or the representative assessed.' })
  @MaxLength(60)
  respondent: string = '';
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_tld: false }, { message: 'Enter the clip’s web address (https://…).' })
  @MaxLength(500)
  clipUrl?: string;
  @Field(() => String, { nullable: true, description: 'REPRESENTATIVE: 选区 or 代表团.' }) @IsOptional() @MaxLength(60) district?:
    | string
    | null;
  @Field(() => ID, {
    nullable: true,
    description: 'REPRESENTATIVE: the 代表档案 assessed; its name and 选区 fill `respondent` and `district` when those are left empty.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a representative from the list.' })
  representativeId?: string | null;
  @Field(() => Float, { nullable: true, description: 'PROJECT: budget in 万元.' })
  @IsOptional()
  @Min(0, { message: 'The budget cannot be negative.' })
  @Max(100_000_000)
  budget?: number | null;
  @Field(() => BallotTypeEnum, { nullable: true, description: 'Defaults to the session kind’s ballot; fixed once the session is live.' })
  @IsOptional()
  ballotType?: BallotType | null;
  @Field(() => [CandidateInput], { nullable: true, description: 'CHOOSE_UP_TO_N: 2 to 30 candidates, in ballot order.' })
  @IsOptional()
  @ArrayMaxSize(MAX_CANDIDATES, { message: `At most ${MAX_CANDIDATES} candidates.` })
  @ValidateNested()
  candidates?: CandidateInput[] | null;
  @Field(() => Int, { nullable: true, description: 'CHOOSE_UP_TO_N: how many a ballot may choose (seats to fill).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  maxChoices?: number | null;
}

@InputType()
export class ExtendVotingInput {
  @Field(() => ID) questionId!: string;
  @Field(() => Int, { description: 'Seconds to add to both windows, 5 to 300.' }) @IsInt() @Min(5) @Max(300) seconds!: number;
}

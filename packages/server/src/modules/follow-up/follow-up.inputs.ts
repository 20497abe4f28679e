import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../graphql/pagination.js';
import { Verdict, verdicts } from '../clue/clue-status.js';
import { VoteSettingsInput } from '../session/session.inputs.js';
import { FollowUpStatus } from './follow-up-status.js';

@InputType({ description: 'What the board shows; every field narrows the list.' })
export class FollowUpFilter {
  @Field(() => [FollowUpStatus], { nullable: true }) @IsOptional() @IsIn(Object.values(FollowUpStatus), { each: true }) statuses?:
    | FollowUpStatus[]
    | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') departmentId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') sessionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only items this committee (专（工）委) supervises.' })
  @IsOptional()
  @IsUUID('all')
  committeeId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only items no committee supervises.' }) @IsOptional() @IsBoolean() noCommittee?:
    | boolean
    | null;
  @Field(() => Boolean, { nullable: true, description: 'Only overdue items.' }) @IsOptional() @IsBoolean() overdue?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Only items in second (or later) handling.' }) @IsOptional() @IsBoolean() reopened?:
    | boolean
    | null;
  @Field(() => Verdict, { nullable: true, description: 'Only items whose clue’s submitter said this (未解决 / 已解决).' })
  @IsOptional()
  @IsIn(verdicts)
  submitterVerdict?: Verdict | null;
  @Field(() => Boolean, { nullable: true, description: 'Top-level items only (default), or sub-items too.' })
  @IsOptional()
  @IsBoolean()
  includeSubItems?: boolean | null;
}

@ArgsType()
export class FollowUpListArgs extends PageArgs {
  @Field(() => FollowUpFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: FollowUpFilter | null;
}

@InputType({ description: 'Edits an item before it is dispatched.' })
export class FollowUpEditInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field(() => String) @IsNotEmpty({ message: 'Give the item a title.' }) @MaxLength(200) title!: string;
  @Field(() => String, { description: '整改承诺' }) @MaxLength(5000) commitment!: string;
  @Field(() => Date) @IsDate() deadline!: Date;
  @Field(() => ID) @IsUUID('all', { message: 'Choose the lead department.' }) departmentId!: string;
  @Field(() => [ID], { defaultValue: [] }) @ArrayMaxSize(10) @IsUUID('all', { each: true }) coDepartmentIds!: string[];
}

@InputType()
export class SubItemInput {
  @Field(() => String) @IsNotEmpty({ message: 'Give the sub-item a title.' }) @MaxLength(200) title!: string;
  @Field(() => ID) @IsUUID('all', { message: 'Choose the department.' }) departmentId!: string;
  @Field(() => Date) @IsDate() deadline!: Date;
  @Field(() => Int, { defaultValue: 1, description: 'Its share of the parent’s progress.' }) @IsInt() @Min(1) @Max(100) weight!: number;
}

@InputType({ description: 'Splits an item into sub-items; the parent’s progress becomes their weighted mean.' })
export class SplitFollowUpInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field(() => [SubItemInput])
  @ArrayMinSize(2, { message: 'Split into at least two sub-items.' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  parts!: SubItemInput[];
}

@InputType({ description: 'An item from a referred clue (an ordinary case).' })
export class FollowUpFromClueInput {
  @Field(() => ID) @IsUUID('all') clueId!: string;
  @Field(() => String) @IsNotEmpty({ message: 'Write what the department is to do.' }) @MaxLength(5000) commitment!: string;
  @Field(() => Date, { nullable: true, description: 'Omit for the default handling time of a referred clue, in working days.' })
  @IsOptional()
  @IsDate()
  deadline?: Date | null;
}

@InputType({ description: 'A progress update or the completion report (整改报告), with evidence uploaded to /uploads/evidence.' })
export class ProgressInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field(() => String) @IsNotEmpty({ message: 'Describe what was done.' }) @MaxLength(5000) note!: string;
  @Field(() => Int, { nullable: true, description: 'Percent done, 0 to 100 (a report means 100).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  percent?: number | null;
  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(10, { message: 'Attach at most 10 files.' })
  @IsUUID('all', { each: true })
  evidenceIds!: string[];
}

@InputType({ description: 'A transition that needs a reason (return, send back, insist) or allows a note.' })
export class FollowUpReasonInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) reason?: string | null;
}

@InputType({ description: 'Gives a returned item to another department.' })
export class ReassignFollowUpInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field(() => ID) @IsUUID('all', { message: 'Choose the department.' }) departmentId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) reason?: string | null;
}

@InputType({ description: '回头看: approved items re-presented for a vote, in a new look-back session or a planned session.' })
export class OpenLookBackInput {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'Choose at least one approved item.' })
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true })
  followUpIds!: string[];
  @Field(() => ID, { nullable: true, description: 'Add the items to this (not yet live) session; omit to create a look-back session.' })
  @IsOptional()
  @IsUUID('all')
  sessionId?: string | null;
  @Field(() => String, { nullable: true, description: 'Title of the new look-back session.' }) @IsOptional() @MaxLength(100) title?:
    | string
    | null;
  @Field(() => Date, { nullable: true, description: 'When the new look-back session airs (default: now).' })
  @IsOptional()
  @IsDate()
  scheduledAt?: Date | null;
  @Field(() => VoteSettingsInput, { nullable: true }) @IsOptional() @ValidateNested() settings?: VoteSettingsInput | null;
}

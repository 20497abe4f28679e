import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsIn,
  IsLatitude,
  IsLongitude,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { badInput } from '../../graphql/errors.js';
import { PageArgs } from '../../graphql/pagination.js';
import { QuestionInput } from '../question/question.inputs.js';
import { ClueStatus, RejectReason, Verdict, verdicts } from './clue-status.js';

/** A category's code: upper-case letters, digits and underscores, starting with a letter. */
export const categoryCodePattern = /^[A-Z][A-Z0-9_]*$/;

@InputType({ description: 'A problem reported by the public.' })
export class SubmitClueInput {
  @Field(() => ID, { nullable: true, description: 'The session whose call (征集) it answers; omit for a general submission.' })
  @IsOptional()
  @IsUUID('all', { message: 'sessionId is not a session id.' })
  sessionId?: string | null;

  @Field(() => String)
  @MinLength(4, { message: 'Give the problem a title of at least 4 characters.' })
  @MaxLength(100, { message: 'Keep the title within 100 characters.' })
  title!: string;

  @Field(() => String)
  @MinLength(10, { message: 'Describe the problem in at least 10 characters.' })
  @MaxLength(3000, { message: 'Keep the description within 3,000 characters.' })
  description!: string;

  @Field(() => String, { description: 'The code of an active category (see clueCategories).' })
  @IsNotEmpty({ message: 'Choose a category.' })
  @MaxLength(40, { message: 'Choose a category.' })
  category!: string;

  @Field(() => String, { nullable: true, description: 'Where, in words: estate, street, building.' })
  @IsOptional()
  @MaxLength(200, { message: 'Keep the place within 200 characters.' })
  location?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLatitude({ message: 'latitude must be between -90 and 90.' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLongitude({ message: 'longitude must be between -180 and 180.' })
  longitude?: number | null;

  @Field(() => [ID], { defaultValue: [], description: 'Up to 3 photos uploaded to /uploads/clue-photos by this device.' })
  @ArrayMaxSize(3, { message: 'Attach at most 3 photos.' })
  @IsUUID('all', { each: true, message: 'photoIds must be the ids returned by the upload.' })
  photoIds!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60, { message: 'Keep the name within 60 characters.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A mobile (13812345678) or landline (0571-88888888) number; staff see it masked.' })
  @IsOptional()
  @MaxLength(20, { message: 'Enter an 11-digit mobile number or a landline with its area code.' })
  phone?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Staff see neither name nor phone.' })
  @IsBoolean()
  anonymous: boolean = false;

  @Field(() => String, {
    nullable: true,
    description:
      '码上提: the 代表码 of the representative it is addressed to (an unknown code is NOT_FOUND, an inactive one REPRESENTATIVE_INACTIVE).',
  })
  @IsOptional()
  @MaxLength(20, { message: 'representativeCode is not a 代表码.' })
  representativeCode?: string | null;
}

@InputType({ description: 'What the triage board shows; every field narrows the list.' })
export class ClueFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'sessionId is not a session id.' }) sessionId?:
    | string
    | null;
  @Field(() => Boolean, { nullable: true, description: 'Only general submissions outside any session.' })
  @IsOptional()
  @IsBoolean()
  general?: boolean | null;
  @Field(() => [ClueStatus], { nullable: true }) @IsOptional() @IsIn(Object.values(ClueStatus), { each: true }) statuses?:
    | ClueStatus[]
    | null;
  @Field(() => String, { nullable: true, description: 'A category code, retired ones included.' })
  @IsOptional()
  @MaxLength(40)
  category?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'departmentId is not a department id.' }) departmentId?:
    | string
    | null;
  @Field(() => Date, { nullable: true, description: 'Submitted at or after.' }) @IsOptional() @IsDate() from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Submitted before.' }) @IsOptional() @IsDate() to?: Date | null;
  @Field(() => String, { nullable: true, description: 'Words in the title, description or place (Chinese works).' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only clues addressed to this representative.' })
  @IsOptional()
  @IsUUID('all', { message: 'representativeId is not a representative id.' })
  representativeId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only clues addressed to a representative (码上提); false: only the others.' })
  @IsOptional()
  @IsBoolean()
  addressed?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only clues a representative forwarded to staff (代表转交); false: only the others.',
  })
  @IsOptional()
  @IsBoolean()
  forwarded?: boolean | null;
}

@ArgsType()
export class ClueListArgs extends PageArgs {
  @Field(() => ClueFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: ClueFilter | null;
}

export const PublicClueOrder = { NEWEST: 'NEWEST', MOST_SUPPORTED: 'MOST_SUPPORTED' } as const;
export type PublicClueOrder = (typeof PublicClueOrder)[keyof typeof PublicClueOrder];
registerEnumType(PublicClueOrder, { name: 'PublicClueOrder' });

@ArgsType()
export class PublicClueArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'sessionId is not a session id.' }) sessionId?:
    | string
    | null;
  @Field(() => PublicClueOrder, { defaultValue: 'NEWEST' }) orderBy: PublicClueOrder = 'NEWEST';
}

@InputType({ description: 'Accept a clue into a session: as part of an existing question, or as a new question.' })
export class AcceptClueInput {
  @Field(() => ID) @IsUUID('all') clueId!: string;
  @Field(() => ID, { nullable: true, description: 'The question it becomes part of.' })
  @IsOptional()
  @IsUUID('all', { message: 'questionId is not a question id.' })
  questionId?: string | null;
  @Field(() => ID, { nullable: true, description: 'With newQuestion: the session to add it to (default: the clue’s own).' })
  @IsOptional()
  @IsUUID('all')
  sessionId?: string | null;
  @Field(() => QuestionInput, { nullable: true, description: 'A new question, appended to the running order.' })
  @IsOptional()
  @ValidateNested()
  newQuestion?: QuestionInput | null;
}

@InputType()
export class RejectClueInput {
  @Field(() => ID) @IsUUID('all') clueId!: string;
  @Field(() => RejectReason) @IsIn(Object.values(RejectReason)) reason!: RejectReason;
  @Field(() => String, { nullable: true, description: 'Shown to the submitter with the reason.' }) @IsOptional() @MaxLength(500) note?:
    | string
    | null;
}

@InputType()
export class ReferClueInput {
  @Field(() => ID) @IsUUID('all') clueId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'Choose a department.' }) departmentId!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) note?: string | null;
}

@InputType()
export class ReplyToClueInput {
  @Field(() => ID) @IsUUID('all') clueId!: string;
  @Field(() => String, { description: 'Public: shown on the tracking page and, if published, the clue list.' })
  @IsNotEmpty({ message: 'Write the reply.' })
  @MaxLength(2000, { message: 'Keep the reply within 2,000 characters.' })
  reply!: string;
}

@InputType({ description: 'When the public may submit clues to a session; both empty closes the call.' })
export class ClueCallInput {
  @Field(() => ID) @IsUUID('all') sessionId!: string;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() opensAt?: Date | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() closesAt?: Date | null;
}

@InputType({ description: 'A new clue category, appended to the list unless given a place.' })
export class CreateClueCategoryInput {
  @Field(() => String, { description: 'Upper-snake code, e.g. NOISE; it cannot be changed later.' })
  @Matches(categoryCodePattern, {
    message: 'Write the code in capital letters, digits and underscores, starting with a letter (e.g. NOISE).',
  })
  @MaxLength(40, { message: 'Keep the code within 40 characters.' })
  code!: string;

  @Field(() => String, { description: 'Chinese name, at most 20 characters.' })
  @IsNotEmpty({ message: 'Enter the Chinese name.' })
  @MaxLength(20, { message: 'Keep the Chinese name within 20 characters.' })
  name!: string;

  @Field(() => String, { description: 'English name, at most 40 characters.' })
  @IsNotEmpty({ message: 'Enter the English name.' })
  @MaxLength(40, { message: 'Keep the English name within 40 characters.' })
  nameEn!: string;

  @Field(() => Int, { nullable: true, description: 'Its place in the list, from 1; the end of the list when omitted.' })
  @IsOptional()
  @Min(1, { message: 'Places start at 1.' })
  position?: number | null;
}

@InputType({ description: 'Renames, moves, retires or reactivates a clue category; omitted fields stay as they are.' })
export class UpdateClueCategoryInput {
  @Field(() => String) @IsNotEmpty() @MaxLength(40) code!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty({ message: 'Enter the Chinese name.' })
  @MaxLength(20, { message: 'Keep the Chinese name within 20 characters.' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty({ message: 'Enter the English name.' })
  @MaxLength(40, { message: 'Keep the English name within 40 characters.' })
  nameEn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Its new place in the list, from 1; the others move to make room.' })
  @IsOptional()
  @Min(1, { message: 'Places start at 1.' })
  position?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'false retires it (no longer offered for new clues); true offers it again.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

// Validation has checked lengths; these also refuse text that is only spaces.

/** Trimmed text, refused when only spaces were sent. */
export function text(value: string, field: string, min: number, message: string): string {
  const trimmed = value.trim();
  if ([...trimmed].length < min) throw badInput(field, message);
  return trimmed;
}

export const optionalText = (value: string | null | undefined) => value?.trim() || null;

@InputType({ description: '已解决 / 未解决: the submitter’s word, given with the tracking code once the follow-up is closed.' })
export class ClueVerdictInput {
  @Field(() => String, { description: '查询码, the proof of being the one who reported it.' })
  @IsNotEmpty({ message: 'Give the tracking code.' })
  @MaxLength(20, { message: 'That is not a tracking code.' })
  code!: string;

  @Field(() => Verdict)
  @IsIn(verdicts, { message: 'Say whether the problem is solved (RESOLVED or UNRESOLVED).' })
  verdict!: Verdict;

  @Field(() => String, { nullable: true, description: 'What is still wrong, or a word of thanks; staff read it.' })
  @IsOptional()
  @MaxLength(500, { message: 'Keep the comment within 500 characters.' })
  comment?: string | null;
}

import { ArrayMaxSize, IsDate, IsIn, IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DeadlineKind, deadlineKinds, EscalationLevel, escalationLevels } from './deadline-terms.js';

@InputType({ description: '催办: staff urge the department, with a note it reads.' })
export class UrgeFollowUpInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field(() => String) @MaxLength(1000) note!: string;
}

@InputType({ description: 'Staff set a new deadline; the reason goes on the timeline.' })
export class ChangeDeadlineInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field(() => Date, { description: 'The new deadline; it falls at the end of its day (China time).' }) @IsDate() deadline!: Date;
  @Field(() => String) @MaxLength(1000) reason!: string;
}

@InputType({ description: '延期申请: the lead department asks for a later deadline.' })
export class RequestExtensionInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field(() => Date, { description: 'After the current deadline; it falls at the end of its day (China time).' })
  @IsDate()
  proposedDeadline!: Date;
  @Field(() => String) @MaxLength(1000) reason!: string;
}

@InputType({ description: 'Staff approve or refuse a pending extension request.' })
export class DecideExtensionInput {
  @Field(() => ID) @IsUUID('all') requestId!: string;
  @Field(() => Boolean) approve!: boolean;
  @Field(() => String, { nullable: true, description: 'Required when refusing.' }) @IsOptional() @MaxLength(1000) note?: string | null;
}

@InputType()
export class EscalationStepInput {
  @Field(() => Int, { description: 'Working days overdue, 1 to 250.' }) @IsInt() @Min(1) @Max(250) days!: number;
  @Field(() => EscalationLevel) @IsIn(escalationLevels) level!: EscalationLevel;
}

@InputType({ description: 'The whole escalation ladder, lowest rung first.' })
export class EscalationLadderInput {
  @Field(() => [EscalationStepInput]) @ArrayMaxSize(10) @ValidateNested({ each: true }) steps!: EscalationStepInput[];
}

@InputType({ description: 'A day that differs from the official calendar.' })
export class HolidayOverrideInput {
  @Field(() => String, { description: 'YYYY-MM-DD (China time).' }) @IsNotEmpty() @MaxLength(10) date!: string;
  @Field(() => Boolean, { description: 'True: a working day (e.g. a 调休 the calendar lacks); false: a day off.' }) working!: boolean;
  @Field(() => String) @MaxLength(100) note!: string;
}

@InputType({ description: 'A kind of item’s default handling time.' })
export class DeadlineDefaultInput {
  @Field(() => DeadlineKind) @IsIn(deadlineKinds) kind!: DeadlineKind;
  @Field(() => Int, { description: 'Working days, 1 to 250.' }) @IsInt() @Min(1) @Max(250) workingDays!: number;
}

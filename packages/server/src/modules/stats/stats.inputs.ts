import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsIn, IsOptional, IsUUID, Max, MaxDate, MaxLength, Min, MinDate, ValidateNested } from 'class-validator';
import { SessionKindEnum, sessionKinds, type SessionKind } from '../session/session-kind.js';

// Dates the database can hold and a period can sensibly name; anything else is refused before SQL runs.
const EARLIEST = new Date('1900-01-01T00:00:00Z');
const LATEST = new Date('9999-12-31T00:00:00Z');

@InputType({ description: 'A period of time: from (inclusive) to (exclusive); leave an end out for an open period.' })
export class StatsPeriodInput {
  @Field(() => Date, { nullable: true }) @IsOptional() @MinDate(EARLIEST) @MaxDate(LATEST) from?: Date | null;
  @Field(() => Date, { nullable: true }) @IsOptional() @MinDate(EARLIEST) @MaxDate(LATEST) to?: Date | null;
}

/** Arguments of the aggregates over a period. */
@ArgsType()
export class StatsPeriodArgs {
  @Field(() => StatsPeriodInput, {
    nullable: true,
    description: 'Sessions held, follow-up deadlines and clues received in this period; omitted: all time.',
  })
  @IsOptional()
  @ValidateNested()
  period?: StatsPeriodInput | null;
}

/** A page of aggregates over a period, by keyset (newest first, or by name for departments). */
@ArgsType()
export class StatsPageArgs extends StatsPeriodArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1 to 200.' }) @Min(1) @Max(200) first: number = 50;
  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) @IsOptional() @MaxLength(500) after?:
    | string
    | null;
}

const kindDescription = 'Only sessions of this kind (电视问政, 专题询问, …); omitted: every kind.';

@ArgsType()
export class SessionStatsArgs extends StatsPageArgs {
  @Field(() => SessionKindEnum, { nullable: true, description: kindDescription })
  @IsOptional()
  @IsIn(sessionKinds)
  kind?: SessionKind | null;
}

@ArgsType()
export class YearStatsArgs extends StatsPeriodArgs {
  @Field(() => SessionKindEnum, { nullable: true, description: kindDescription })
  @IsOptional()
  @IsIn(sessionKinds)
  kind?: SessionKind | null;
}

@ArgsType()
export class QuestionStatsArgs extends StatsPageArgs {
  @Field(() => SessionKindEnum, { nullable: true, description: kindDescription })
  @IsOptional()
  @IsIn(sessionKinds)
  kind?: SessionKind | null;
  @Field(() => ID, { nullable: true, description: 'Only this session’s questions.' }) @IsOptional() @IsUUID('all') sessionId?:
    | string
    | null;
  @Field(() => ID, { nullable: true, description: 'Only questions this department answered.' }) @IsOptional() @IsUUID('all') departmentId?:
    | string
    | null;
}

@ArgsType()
export class FollowUpStatsArgs extends StatsPeriodArgs {
  @Field(() => ID, { nullable: true, description: 'Only this lead department’s items.' }) @IsOptional() @IsUUID('all') departmentId?:
    | string
    | null;
}

@ArgsType()
export class ClueVolumeArgs extends StatsPeriodArgs {
  @Field(() => ID, { nullable: true, description: 'Only clues for this session’s call.' }) @IsOptional() @IsUUID('all') sessionId?:
    | string
    | null;
}

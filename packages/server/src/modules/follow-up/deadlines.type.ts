import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DeadlineKind, EscalationLevel, ExtensionStatus } from './deadline-terms.js';

@ObjectType({ description: 'A kind of item’s default handling time.' })
export class DeadlineDefaultType {
  @Field(() => DeadlineKind) kind!: DeadlineKind;
  @Field(() => Int, { description: 'Working days (工作日) from creation.' }) workingDays!: number;
}

@ObjectType({ description: 'One rung of the escalation ladder.' })
export class EscalationStepType {
  @Field(() => Int, { description: 'Working days overdue.' }) days!: number;
  @Field(() => EscalationLevel) level!: EscalationLevel;
}

@ObjectType({ description: 'A day whose status staff set by hand, overriding the official calendar.' })
export class HolidayOverrideType {
  @Field(() => String, { description: 'YYYY-MM-DD (China time).' }) date!: string;
  @Field(() => Boolean) working!: boolean;
  @Field(() => String) note!: string;
}

@ObjectType({ description: 'The deadline rules: default handling times, the escalation ladder and calendar overrides.' })
export class DeadlineSettings {
  @Field(() => [DeadlineDefaultType]) defaults!: DeadlineDefaultType[];
  @Field(() => [EscalationStepType], { description: 'Lowest rung first.' }) ladder!: EscalationStepType[];
  @Field(() => [HolidayOverrideType], { description: 'By date.' }) overrides!: HolidayOverrideType[];
  @Field(() => Int, {
    description:
      'The last year whose holidays and 调休 the official calendar knows; later years count weekends only until staff add overrides.',
  })
  officialCalendarThrough!: number;
  @Field(() => Boolean, { description: 'Department progress notes and reports reach the public only after staff approve the text.' })
  progressReview!: boolean;
}

@ObjectType({ description: '延期申请: a department’s request for a later deadline.' })
export class ExtensionRequestType {
  @Field(() => ID) id!: string;
  @Field(() => String) reason!: string;
  @Field(() => Date, { description: 'The deadline when it was asked for.' }) currentDeadline!: Date;
  @Field(() => Date) proposedDeadline!: Date;
  @Field(() => ExtensionStatus) status!: ExtensionStatus;
  @Field(() => String, { nullable: true }) decisionNote!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

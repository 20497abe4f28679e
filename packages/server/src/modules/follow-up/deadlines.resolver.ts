import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import {
  ChangeDeadlineInput,
  DeadlineDefaultInput,
  DecideExtensionInput,
  EscalationLadderInput,
  HolidayOverrideInput,
  RequestExtensionInput,
  UrgeFollowUpInput,
} from './deadlines.inputs.js';
import { DeadlineSettings } from './deadlines.type.js';
import {
  deadlineSettings,
  removeHolidayOverride,
  setDeadlineDefault,
  setEscalationLadder,
  setHolidayOverride,
} from './deadline-settings.js';
import { changeFollowUpDeadline, decideExtension, requestExtension, urgeFollowUp } from './deadline-steps.js';
import { FollowUpType } from './follow-up.type.js';

/** Deadlines in working days, 催办, the escalation ladder and 延期. */
@Resolver()
export class DeadlineResolver {
  @Allow('ADMIN')
  @Query(() => DeadlineSettings, { description: 'Default handling times, the escalation ladder and calendar overrides.' })
  deadlineSettings(@Ctx() ctx: Context) {
    return deadlineSettings(ctx);
  }

  @Allow('ADMIN')
  @Mutation(() => DeadlineSettings, { description: 'Sets a kind of item’s default handling time in working days (new items).' })
  setDeadlineDefault(@Arg('input', () => DeadlineDefaultInput) input: DeadlineDefaultInput, @Ctx() ctx: Context) {
    return setDeadlineDefault(ctx, input.kind, input.workingDays);
  }

  @Allow('ADMIN')
  @Mutation(() => DeadlineSettings, { description: 'Replaces the escalation ladder; days strictly increasing, each level once.' })
  setEscalationLadder(@Arg('input', () => EscalationLadderInput) input: EscalationLadderInput, @Ctx() ctx: Context) {
    return setEscalationLadder(ctx, input.steps);
  }

  @Allow('ADMIN')
  @Mutation(() => DeadlineSettings, { description: 'Marks a day working or not, overriding the official holiday calendar.' })
  setHolidayOverride(@Arg('input', () => HolidayOverrideInput) input: HolidayOverrideInput, @Ctx() ctx: Context) {
    return setHolidayOverride(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => DeadlineSettings, { description: 'The day follows the official calendar again.' })
  removeHolidayOverride(@Arg('date', () => String) date: string, @Ctx() ctx: Context) {
    return removeHolidayOverride(ctx, date);
  }

  @Allow('ADMIN')
  @Mutation(() => FollowUpType, { description: '催办: urges the department with a note (while it handles the item).' })
  urgeFollowUp(@Arg('input', () => UrgeFollowUpInput) input: UrgeFollowUpInput, @Ctx() ctx: Context) {
    return urgeFollowUp(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => FollowUpType, { description: 'Sets a dispatched item’s deadline, with a reason for the timeline.' })
  changeFollowUpDeadline(@Arg('input', () => ChangeDeadlineInput) input: ChangeDeadlineInput, @Ctx() ctx: Context) {
    return changeFollowUpDeadline(ctx, input);
  }

  @Allow('DEPARTMENT')
  @Mutation(() => FollowUpType, { description: '延期申请 by the lead department: a later day and the reason.' })
  requestFollowUpExtension(@Arg('input', () => RequestExtensionInput) input: RequestExtensionInput, @Ctx() ctx: Context) {
    return requestExtension(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => FollowUpType, { description: 'Approves (the deadline moves) or refuses (with a note) a pending extension request.' })
  decideFollowUpExtension(@Arg('input', () => DecideExtensionInput) input: DecideExtensionInput, @Ctx() ctx: Context) {
    return decideExtension(ctx, input);
  }
}

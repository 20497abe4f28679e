import { Arg, Args, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import {
  FollowUpEditInput,
  FollowUpFromClueInput,
  FollowUpListArgs,
  FollowUpReasonInput,
  OpenLookBackInput,
  ProgressInput,
  ReassignFollowUpInput,
  SplitFollowUpInput,
} from './follow-up.inputs.js';
import { createFollowUpFromClue, editFollowUp, splitFollowUp } from './follow-up.drafts.js';
import {
  acceptFollowUp,
  approveFollowUp,
  closeFollowUp,
  dispatchFollowUps,
  insistFollowUp,
  postProgress,
  reassignFollowUp,
  returnFollowUp,
  sendBackFollowUp,
  submitReport,
} from './follow-up.transitions.js';
import { listFollowUps, listMyFollowUps, readFollowUp } from './follow-up.views.js';
import { openLookBack } from './look-back.js';
import { listNotifications, markNotificationsRead } from './notices.js';
import { FollowUpPage, FollowUpType, NotificationType } from './follow-up.type.js';

@ObjectType({ description: 'The look-back session and the items now being evaluated.' })
export class LookBackOpened {
  @Field(() => ID, { description: 'Run it from the host console; phones join with its code.' }) sessionId!: string;
  @Field(() => [FollowUpType]) items!: FollowUpType[];
}

@Resolver()
export class FollowUpResolver {
  // ─── Staff board ───

  @Allow('ADMIN')
  @Query(() => FollowUpPage, { description: 'The supervision board, soonest deadline first.' })
  followUps(@Args(() => FollowUpListArgs) args: FollowUpListArgs, @Ctx() ctx: Context) {
    return listFollowUps(ctx, args);
  }

  @Allow('ADMIN', 'DEPARTMENT', 'REPRESENTATIVE')
  @Query(() => FollowUpType, {
    description:
      'One item with its timeline; a department reads only its own or co-handled items, a representative the items they supervise.',
  })
  followUp(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return readFollowUp(ctx, id);
  }

  @Allow('ADMIN')
  @Mutation(() => FollowUpType, { description: 'Completes an item before dispatch: commitment, deadline, departments.' })
  editFollowUp(@Arg('input', () => FollowUpEditInput) input: FollowUpEditInput, @Ctx() ctx: Context) {
    return editFollowUp(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => FollowUpType, { description: 'Splits a draft item into weighted sub-items.' })
  splitFollowUp(@Arg('input', () => SplitFollowUpInput) input: SplitFollowUpInput, @Ctx() ctx: Context) {
    return splitFollowUp(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => FollowUpType, { description: 'An item from a clue referred to a department.' })
  createFollowUpFromClue(@Arg('input', () => FollowUpFromClueInput) input: FollowUpFromClueInput, @Ctx() ctx: Context) {
    return createFollowUpFromClue(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => [FollowUpType], { description: 'DRAFT → DISPATCHED for each item (bulk); all or none.' })
  dispatchFollowUps(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context) {
    return dispatchFollowUps(ctx, ids);
  }

  @Allow('ADMIN')
  @Mutation(() => FollowUpType, { description: 'RETURNED → DISPATCHED to another department.' })
  reassignFollowUp(@Arg('input', () => ReassignFollowUpInput) input: ReassignFollowUpInput, @Ctx() ctx: Context) {
    return reassignFollowUp(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => FollowUpType, { description: 'RETURNED → DISPATCHED to the same department: the return is not accepted.' })
  insistFollowUp(@Arg('input', () => FollowUpReasonInput) input: FollowUpReasonInput, @Ctx() ctx: Context) {
    return insistFollowUp(ctx, input.id, input.reason);
  }

  @Allow('ADMIN')
  @Mutation(() => FollowUpType, { description: 'REPORTED → APPROVED.' })
  approveFollowUp(@Arg('input', () => FollowUpReasonInput) input: FollowUpReasonInput, @Ctx() ctx: Context) {
    return approveFollowUp(ctx, input.id, input.reason);
  }

  @Allow('ADMIN')
  @Mutation(() => FollowUpType, { description: 'REPORTED → SENT_BACK, with a reason.' })
  sendBackFollowUp(@Arg('input', () => FollowUpReasonInput) input: FollowUpReasonInput, @Ctx() ctx: Context) {
    return sendBackFollowUp(ctx, input.id, input.reason);
  }

  @Allow('ADMIN')
  @Mutation(() => FollowUpType, { description: 'APPROVED → CLOSED without a look-back vote.' })
  closeFollowUp(@Arg('input', () => FollowUpReasonInput) input: FollowUpReasonInput, @Ctx() ctx: Context) {
    return closeFollowUp(ctx, input.id, input.reason);
  }

  @Allow('ADMIN')
  @Mutation(() => LookBackOpened, { description: '回头看: APPROVED → EVALUATING; each item becomes a question voted on like a live one.' })
  openLookBack(@Arg('input', () => OpenLookBackInput) input: OpenLookBackInput, @Ctx() ctx: Context) {
    return openLookBack(ctx, input);
  }

  // ─── Department portal ───

  @Allow('DEPARTMENT')
  @Query(() => FollowUpPage, { description: 'This department’s items and the ones it co-handles.' })
  myFollowUps(@Args(() => FollowUpListArgs) args: FollowUpListArgs, @Ctx() ctx: Context) {
    return listMyFollowUps(ctx, args);
  }

  @Allow('DEPARTMENT', 'ADMIN')
  @Mutation(() => FollowUpType, { description: 'DISPATCHED | REOPENED → ACCEPTED (lead department).' })
  acceptFollowUp(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return acceptFollowUp(ctx, id);
  }

  @Allow('DEPARTMENT', 'ADMIN')
  @Mutation(() => FollowUpType, { description: 'DISPATCHED | REOPENED → RETURNED, with a reason (lead department).' })
  returnFollowUp(@Arg('input', () => FollowUpReasonInput) input: FollowUpReasonInput, @Ctx() ctx: Context) {
    return returnFollowUp(ctx, input.id, input.reason);
  }

  @Allow('DEPARTMENT', 'ADMIN')
  @Mutation(() => FollowUpType, { description: 'A progress update with percent and evidence (lead or co-handling department).' })
  postFollowUpProgress(@Arg('input', () => ProgressInput) input: ProgressInput, @Ctx() ctx: Context) {
    return postProgress(ctx, input);
  }

  @Allow('DEPARTMENT', 'ADMIN')
  @Mutation(() => FollowUpType, { description: '整改报告: → REPORTED (lead department).' })
  submitFollowUpReport(@Arg('input', () => ProgressInput) input: ProgressInput, @Ctx() ctx: Context) {
    return submitReport(ctx, input);
  }

  @Allow('DEPARTMENT', 'ADMIN')
  @Query(() => [NotificationType], { description: 'Notices for this department (or, for staff, staff notices), newest first.' })
  notifications(@Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean, @Ctx() ctx: Context) {
    return listNotifications(ctx, unreadOnly);
  }

  @Allow('DEPARTMENT', 'ADMIN')
  @Mutation(() => Int, { description: 'Marks notices read; answers how many changed.' })
  markNotificationsRead(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context) {
    return markNotificationsRead(ctx, ids);
  }
}

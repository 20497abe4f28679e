import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import {
  AcceptClueInput,
  ClueCallInput,
  ClueListArgs,
  CreateClueCategoryInput,
  PublicClueArgs,
  RejectClueInput,
  ReferClueInput,
  ReplyToClueInput,
  ClueVerdictInput,
  SubmitClueInput,
  UpdateClueCategoryInput,
} from './clue.inputs.js';
import { createClueCategory, listClueCategories, updateClueCategory } from './clue-category.service.js';
import { clueDuplicates, clueStats, listClues, loadSubmittedClue, staffClue } from './clue.board.js';
import { clueCall, currentClueCalls, setClueCall } from './clue-calls.js';
import { listPublicClues, registerDevice, submitClue, supportClue } from './clue.intake.js';
import { trackClue } from './clue.tracking.js';
import { giveClueVerdict } from './clue.verdict.js';
import { undoClueDecision, undoUntil } from './clue.undo.js';
import { acceptClue, mergeClue, referClue, rejectClue, replyToClue, revealCluePhone, setCluePublished } from './clue.triage.js';
import {
  ClueCall,
  ClueCategoryType,
  ClueDuplicate,
  CluePage,
  ClueStats,
  ClueSupportResult,
  ClueTracking,
  ClueType,
  PublicCluePage,
  SubmittedClue,
} from './clue.type.js';

@Resolver(() => ClueType)
export class ClueResolver {
  // ─── The public ───

  @Allow('PUBLIC')
  @Mutation(() => String, { description: 'A device token for the public pages; send it as the x-public-device header.' })
  registerDevice(@Ctx() ctx: Context) {
    return registerDevice(ctx);
  }

  @Allow('PUBLIC')
  @Mutation(() => SubmittedClue, { description: 'Sends a clue (needs x-public-device); answers with its tracking code.' })
  async submitClue(@Arg('input', () => SubmitClueInput) input: SubmitClueInput, @Ctx() ctx: Context) {
    const clue = await submitClue(ctx, input);
    return { id: clue.id, trackingCode: clue.trackingCode };
  }

  @Allow('PUBLIC')
  @Mutation(() => ClueSupportResult, { description: '附议: supports a published clue, once per device.' })
  supportClue(@Arg('clueId', () => ID) clueId: string, @Ctx() ctx: Context) {
    return supportClue(ctx, clueId);
  }

  @Allow('PUBLIC')
  @Mutation(() => ClueTracking, {
    description:
      '已解决 / 未解决: the submitter’s word once a follow-up item from the clue is closed (VERDICT_NOT_OPEN before); 未解决 raises the item for staff review.',
  })
  giveClueVerdict(@Arg('input', () => ClueVerdictInput) input: ClueVerdictInput, @Ctx() ctx: Context) {
    return giveClueVerdict(ctx, input);
  }

  @Allow('PUBLIC')
  @Query(() => ClueTracking, { description: 'Looks a clue up by its tracking code (查询码).' })
  trackClue(@Arg('code', () => String) code: string, @Ctx() ctx: Context) {
    return trackClue(ctx, code);
  }

  @Allow('PUBLIC')
  @Query(() => PublicCluePage, { description: 'Clues staff chose to publish, with their support counts.' })
  publicClues(@Args(() => PublicClueArgs) args: PublicClueArgs, @Ctx() ctx: Context) {
    return listPublicClues(ctx, args);
  }

  @Allow('PUBLIC')
  @Query(() => ClueCall, { description: 'A session’s call for clues: when it is open.' })
  clueCall(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context) {
    return clueCall(ctx, sessionId);
  }

  @Allow('PUBLIC')
  @Query(() => [ClueCall], { description: 'Calls for clues open now or opening later.' })
  clueCalls(@Ctx() ctx: Context) {
    return currentClueCalls(ctx);
  }

  @Allow('PUBLIC')
  @Query(() => [ClueCategoryType], { description: 'The clue categories in their order: those offered, or all with includeRetired.' })
  clueCategories(
    @Arg('includeRetired', () => Boolean, { defaultValue: false }) includeRetired: boolean,
    @Ctx() ctx: Context,
  ): Promise<ClueCategoryType[]> {
    return listClueCategories(ctx.em, includeRetired);
  }

  @Allow('PUBLIC')
  @Query(() => ClueStats, { description: 'Moderation statistics: of a session, or of all clues.' })
  clueStats(@Arg('sessionId', () => ID, { nullable: true }) sessionId: string | null, @Ctx() ctx: Context) {
    return clueStats(ctx, sessionId);
  }

  // ─── Staff ───

  @Allow('ADMIN')
  @Query(() => CluePage, { description: 'The triage board: newest first.' })
  clues(@Args(() => ClueListArgs) args: ClueListArgs, @Ctx() ctx: Context) {
    return listClues(ctx, args);
  }

  @Allow('ADMIN')
  @Query(() => ClueType)
  clue(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return staffClue(ctx, id);
  }

  @Allow('ADMIN')
  @Query(() => [ClueDuplicate], { description: 'Possible duplicates: similar text or the same place.' })
  clueDuplicates(@Arg('clueId', () => ID) clueId: string, @Ctx() ctx: Context) {
    return clueDuplicates(ctx, clueId);
  }

  @Allow('ADMIN')
  @Mutation(() => String, { nullable: true, description: 'The submitter’s whole phone number; each call is audit-logged.' })
  revealCluePhone(@Arg('clueId', () => ID) clueId: string, @Ctx() ctx: Context) {
    return revealCluePhone(ctx, clueId);
  }

  @Allow('ADMIN')
  @Mutation(() => ClueType, { description: 'SUBMITTED → ACCEPTED: becomes (part of) an on-air question.' })
  acceptClue(@Arg('input', () => AcceptClueInput) input: AcceptClueInput, @Ctx() ctx: Context) {
    return acceptClue(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => ClueType, { description: 'SUBMITTED → MERGED into another clue (a duplicate).' })
  mergeClue(@Arg('clueId', () => ID) clueId: string, @Arg('intoId', () => ID) intoId: string, @Ctx() ctx: Context) {
    return mergeClue(ctx, clueId, intoId);
  }

  @Allow('ADMIN')
  @Mutation(() => ClueType, { description: 'SUBMITTED → REJECTED, with a reason shown to the submitter.' })
  rejectClue(@Arg('input', () => RejectClueInput) input: RejectClueInput, @Ctx() ctx: Context) {
    return rejectClue(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => ClueType, { description: 'SUBMITTED → REFERRED to a department as an ordinary case.' })
  referClue(@Arg('input', () => ReferClueInput) input: ReferClueInput, @Ctx() ctx: Context) {
    return referClue(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => ClueType, {
    description:
      'REJECTED or MERGED → SUBMITTED, within CLUE_UNDO_HOURS of the decision (else UNDO_EXPIRED) and only if nothing since depends on it (else UNDO_UNSAFE with extensions.reason).',
  })
  undoClueDecision(@Arg('clueId', () => ID) clueId: string, @Ctx() ctx: Context) {
    return undoClueDecision(ctx, clueId);
  }

  @Allow('ADMIN')
  @FieldResolver(() => Date, { nullable: true, description: 'Until when its rejection or merge may be undone; null when it cannot be.' })
  undoUntil(@Root() clue: ClueType, @Ctx() ctx: Context): Date | null {
    return undoUntil(clue, ctx.services.config.clueUndoHours);
  }

  @Allow('ADMIN')
  @Mutation(() => ClueType, { description: 'Shows or hides the clue on the public list.' })
  setCluePublished(@Arg('clueId', () => ID) clueId: string, @Arg('published', () => Boolean) published: boolean, @Ctx() ctx: Context) {
    return setCluePublished(ctx, clueId, published);
  }

  @Allow('ADMIN')
  @Mutation(() => ClueType, { description: 'A public reply, shown on the tracking page.' })
  replyToClue(@Arg('input', () => ReplyToClueInput) input: ReplyToClueInput, @Ctx() ctx: Context) {
    return replyToClue(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => ClueCall, { description: 'Opens, moves or closes a session’s call for clues.' })
  setClueCall(@Arg('input', () => ClueCallInput) input: ClueCallInput, @Ctx() ctx: Context) {
    return setClueCall(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => ClueCategoryType, { description: 'Adds a clue category (its code is fixed); audit-logged.' })
  createClueCategory(
    @Arg('input', () => CreateClueCategoryInput) input: CreateClueCategoryInput,
    @Ctx() ctx: Context,
  ): Promise<ClueCategoryType> {
    return createClueCategory(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => ClueCategoryType, { description: 'Renames, moves, retires or reactivates a clue category; audit-logged.' })
  updateClueCategory(
    @Arg('input', () => UpdateClueCategoryInput) input: UpdateClueCategoryInput,
    @Ctx() ctx: Context,
  ): Promise<ClueCategoryType> {
    return updateClueCategory(ctx, input);
  }

  @Allow('ADMIN')
  @Subscription(() => ClueType, { topics: 'CLUE_SUBMITTED', description: 'New clues as they arrive: the triage board’s live feed.' })
  clueSubmitted(@Root() payload: { clueId: string }, @Ctx() ctx: Context): Promise<ClueType> {
    return loadSubmittedClue(ctx, payload.clueId);
  }
}

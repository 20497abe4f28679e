import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { ClueType } from '../clue/clue.type.js';
import { FollowUpPage, FollowUpType } from '../follow-up/follow-up.type.js';
import { assignSupervisors, commentOnFollowUp, listSupervisedFollowUps, scoreFollowUp } from '../follow-up/supervision.js';
import { representativeParticipation } from './participation.js';
import { acceptProposal, declineProposal, listProposals, proposeQuestion } from './proposal.service.js';
import { myRepresentative } from './representative.access.js';
import {
  dispatchAsRepresentative,
  forwardToStaff,
  reassignClueRepresentative,
  replyAsRepresentative,
  representativeInbox,
} from './representative-clues.js';
import {
  ParticipationArgs,
  ProposalListArgs,
  ProposeQuestionInput,
  RepresentativeDispatchInput,
  RepresentativeInboxArgs,
  RepresentativeInput,
  RepresentativeListArgs,
  RepresentativeRowInput,
  ScoreFollowUpInput,
  SupervisedListArgs,
} from './representative.inputs.js';
import {
  createRepresentative,
  getRepresentative,
  importRepresentatives,
  listRepresentatives,
  publicRepresentative,
  readRepresentative,
  representativeView,
  updateRepresentative,
} from './representative.service.js';
import {
  Participation,
  PublicRepresentative,
  QuestionProposalType,
  RepresentativeImportResult,
  RepresentativeInboxClue,
  RepresentativeInboxPage,
  RepresentativePage,
  RepresentativeType,
} from './representative.type.js';

@Resolver()
export class RepresentativeResolver {
  // ─── Records (staff) ───

  @Allow('ADMIN')
  @Query(() => RepresentativePage, { description: '代表档案, by name; searchable by name, 选区, 联络站 or code.' })
  representatives(@Args(() => RepresentativeListArgs) args: RepresentativeListArgs, @Ctx() ctx: Context) {
    return listRepresentatives(ctx, args);
  }

  @Allow('ADMIN', 'REPRESENTATIVE')
  @Query(() => RepresentativeType, { description: 'One record: staff read any, a representative only their own (FORBIDDEN otherwise).' })
  representative(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return readRepresentative(ctx, id);
  }

  @Allow('ADMIN')
  @Mutation(() => RepresentativeType, { description: 'A new record with a new 代表码; audit-logged.' })
  createRepresentative(@Arg('input', () => RepresentativeInput) input: RepresentativeInput, @Ctx() ctx: Context) {
    return createRepresentative(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => RepresentativeType, { description: 'Edits (or deactivates) a record; the 代表码 never changes. Audit-logged.' })
  updateRepresentative(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => RepresentativeInput) input: RepresentativeInput,
    @Ctx() ctx: Context,
  ) {
    return updateRepresentative(ctx, id, input);
  }

  @Allow('ADMIN')
  @Mutation(() => RepresentativeImportResult, {
    description:
      'Imports up to 2,000 rows, all or nothing: with any error nothing is stored. Matches existing records by (name, district).',
  })
  importRepresentatives(@Arg('rows', () => [RepresentativeRowInput]) rows: RepresentativeRowInput[], @Ctx() ctx: Context) {
    return importRepresentatives(ctx, rows);
  }

  // ─── The public ───

  @Allow('PUBLIC')
  @Query(() => PublicRepresentative, {
    description: 'The profile behind a 代表码 (NOT_FOUND for unknown codes; inactive ones with active false).',
  })
  publicRepresentative(@Arg('code', () => String) code: string, @Ctx() ctx: Context) {
    return publicRepresentative(ctx, code);
  }

  // ─── The representative's workspace ───

  @Allow('REPRESENTATIVE')
  @Query(() => RepresentativeType, { description: 'The caller’s own record (NOT_FOUND when the account has none).' })
  async myRepresentative(@Ctx() ctx: Context) {
    const me = await myRepresentative(ctx);
    return representativeView(ctx, await getRepresentative(ctx.em, me.id));
  }

  @Allow('REPRESENTATIVE')
  @Query(() => RepresentativeInboxPage, { description: 'Clues addressed to the caller (码上提), newest first.' })
  representativeInbox(@Args(() => RepresentativeInboxArgs) args: RepresentativeInboxArgs, @Ctx() ctx: Context) {
    return representativeInbox(ctx, args);
  }

  @Allow('REPRESENTATIVE')
  @Query(() => FollowUpPage, { description: '领办督办: the items the caller supervises, soonest deadline first.' })
  supervisedFollowUps(@Args(() => SupervisedListArgs) args: SupervisedListArgs, @Ctx() ctx: Context) {
    return listSupervisedFollowUps(ctx, args);
  }

  @Allow('REPRESENTATIVE')
  @Mutation(() => RepresentativeInboxClue, {
    description: '码上答: a public reply to a clue of the caller’s (any status), shown as theirs.',
  })
  replyToClueAsRepresentative(@Arg('clueId', () => ID) clueId: string, @Arg('reply', () => String) reply: string, @Ctx() ctx: Context) {
    return replyAsRepresentative(ctx, clueId, reply);
  }

  @Allow('REPRESENTATIVE')
  @Mutation(() => RepresentativeInboxClue, {
    description: '代表转交: forwards a new clue of the caller’s to staff as a question candidate.',
  })
  forwardClueToStaff(
    @Arg('clueId', () => ID) clueId: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return forwardToStaff(ctx, clueId, note);
  }

  @Allow('REPRESENTATIVE')
  @Mutation(() => RepresentativeInboxClue, {
    description: '代表下单: a new clue of the caller’s becomes REFERRED and a follow-up item DISPATCHED at once, supervised by them.',
  })
  dispatchClueAsRepresentative(@Arg('input', () => RepresentativeDispatchInput) input: RepresentativeDispatchInput, @Ctx() ctx: Context) {
    return dispatchAsRepresentative(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => ClueType, { description: 'Addresses a clue to another (active) representative, or to none; audit-logged.' })
  reassignClueRepresentative(
    @Arg('clueId', () => ID) clueId: string,
    @Arg('representativeId', () => ID, { nullable: true }) representativeId: string | null,
    @Ctx() ctx: Context,
  ) {
    return reassignClueRepresentative(ctx, clueId, representativeId);
  }

  // ─── 领办督办 ───

  @Allow('ADMIN')
  @Mutation(() => FollowUpType, { description: 'Replaces an item’s supervising representatives (active ones only); audit-logged.' })
  assignSupervisors(
    @Arg('followUpId', () => ID) followUpId: string,
    @Arg('representativeIds', () => [ID]) representativeIds: string[],
    @Ctx() ctx: Context,
  ) {
    return assignSupervisors(ctx, followUpId, representativeIds);
  }

  @Allow('REPRESENTATIVE', 'ADMIN')
  @Mutation(() => FollowUpType, { description: 'A comment on an item the caller supervises (staff on any): a COMMENTED step.' })
  commentOnFollowUp(@Arg('id', () => ID) id: string, @Arg('note', () => String) note: string, @Ctx() ctx: Context) {
    return commentOnFollowUp(ctx, id, note);
  }

  @Allow('REPRESENTATIVE')
  @Mutation(() => FollowUpType, {
    description: '代表打分 of a REPORTED item the caller supervises; a new score replaces theirs in the same round.',
  })
  scoreFollowUp(@Arg('input', () => ScoreFollowUpInput) input: ScoreFollowUpInput, @Ctx() ctx: Context) {
    return scoreFollowUp(ctx, input);
  }

  // ─── 代表出题 ───

  @Allow('ADMIN', 'REPRESENTATIVE')
  @Query(() => [QuestionProposalType], { description: 'Proposals, newest first: staff see all, a representative their own.' })
  questionProposals(@Args(() => ProposalListArgs) args: ProposalListArgs, @Ctx() ctx: Context) {
    return listProposals(ctx, args);
  }

  @Allow('REPRESENTATIVE')
  @Mutation(() => QuestionProposalType, {
    description: 'Proposes a question for a published (not yet live) session that questions departments.',
  })
  proposeQuestion(@Arg('input', () => ProposeQuestionInput) input: ProposeQuestionInput, @Ctx() ctx: Context) {
    return proposeQuestion(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => QuestionProposalType, { description: 'Appends the proposal to the running order, asked by “人大代表 <name>”.' })
  acceptQuestionProposal(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return acceptProposal(ctx, id);
  }

  @Allow('ADMIN')
  @Mutation(() => QuestionProposalType, { description: 'Declines a proposal with a reason the representative reads.' })
  declineQuestionProposal(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return declineProposal(ctx, id, reason);
  }

  // ─── 履职 ───

  @Allow('ADMIN', 'REPRESENTATIVE')
  @Query(() => [Participation], {
    description: '履职 figures over [from, to): staff get every representative, a representative their own row.',
  })
  representativeParticipation(@Args(() => ParticipationArgs) args: ParticipationArgs, @Ctx() ctx: Context) {
    return representativeParticipation(ctx, args);
  }
}

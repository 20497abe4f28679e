import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { DomainError } from '../../graphql/errors.js';
import { sessionView } from '../session/session.service.js';
import { SessionType } from '../session/session.type.js';
import { closeVotingEarly, extendVoting, openVoting, revealResult } from '../vote/vote.service.js';
import { Question } from './question.entity.js';
import { ExtendVotingInput, QuestionInput } from './question.inputs.js';
import { addQuestion, removeQuestion, reorderQuestions, runQuestion, updateQuestion } from './question.service.js';

/** Every mutation returns the whole session, so a console re-renders its running order from one answer. */
@Resolver()
export class QuestionResolver {
  @Allow('ADMIN')
  @Mutation(() => SessionType)
  async addQuestion(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('input', () => QuestionInput) input: QuestionInput,
    @Ctx() ctx: Context,
  ) {
    await addQuestion(ctx, sessionId, input);
    return sessionView(ctx, sessionId);
  }

  @Allow('ADMIN')
  @Mutation(() => SessionType, { description: 'Edits a question until it is asked.' })
  async updateQuestion(@Arg('id', () => ID) id: string, @Arg('input', () => QuestionInput) input: QuestionInput, @Ctx() ctx: Context) {
    const question = await updateQuestion(ctx, id, input);
    return sessionView(ctx, question.session.id);
  }

  @Allow('ADMIN')
  @Mutation(() => SessionType)
  async removeQuestion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return sessionView(ctx, await removeQuestion(ctx, id));
  }

  @Allow('ADMIN')
  @Mutation(() => SessionType, { description: 'Sets the running order: every question of the session, once.' })
  async reorderQuestions(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('questionIds', () => [ID]) questionIds: string[],
    @Ctx() ctx: Context,
  ) {
    await reorderQuestions(ctx, sessionId, questionIds);
    return sessionView(ctx, sessionId);
  }

  @Allow('HOST', 'ADMIN')
  @Mutation(() => SessionType, { description: 'PENDING → ASKING; the question goes on air.' })
  async askQuestion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return viewAfter(ctx, await runQuestion(ctx, id, 'ask'));
  }

  @Allow('HOST', 'ADMIN')
  @Mutation(() => SessionType, { description: 'ASKING → ANSWERING.' })
  async startAnswer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return viewAfter(ctx, await runQuestion(ctx, id, 'startAnswer'));
  }

  @Allow('HOST', 'ADMIN')
  @Mutation(() => SessionType, { description: 'Takes back the last step (ANSWERING → ASKING → PENDING) before voting opens.' })
  async undoQuestion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const question = await ctx.em.findOne(Question, { id });
    const verb = question?.phase === 'ANSWERING' ? 'undoStartAnswer' : question?.phase === 'ASKING' ? 'undoAsk' : null;
    if (!verb)
      throw new DomainError('INVALID_PHASE', 'Only asking or answering can be undone; once voting opens it stays open.', {
        phase: question?.phase ?? 'NONE',
      });
    return viewAfter(ctx, await runQuestion(ctx, id, verb));
  }

  @Allow('HOST', 'ADMIN')
  @Mutation(() => SessionType, { description: 'ANSWERING → VOTING: opens the round (online later by the stream delay).' })
  async openVoting(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    await openVoting(ctx, id);
    return viewOf(ctx, id);
  }

  @Allow('HOST', 'ADMIN')
  @Mutation(() => SessionType, { description: 'Ends the voting windows now; the round closes when the online window (delayed) ends.' })
  async closeVoting(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    await closeVotingEarly(ctx, id);
    return viewOf(ctx, id);
  }

  @Allow('HOST', 'ADMIN')
  @Mutation(() => SessionType, { description: 'Adds time to both voting windows.' })
  async extendVoting(@Arg('input', () => ExtendVotingInput) input: ExtendVotingInput, @Ctx() ctx: Context) {
    await extendVoting(ctx, input.questionId, input.seconds);
    return viewOf(ctx, input.questionId);
  }

  @Allow('HOST', 'ADMIN')
  @Mutation(() => SessionType, { description: 'Shows the closed round’s result on the screen and the phones.' })
  async revealResult(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    await revealResult(ctx, id);
    return viewOf(ctx, id);
  }
}

const viewAfter = (ctx: Context, question: Question) => sessionView(ctx, question.session.id);

/** The session view after a change to a question's round: the question, loaded before the change, names its session (no query). */
async function viewOf(ctx: Context, questionId: string) {
  const question = await ctx.em.findOneOrFail(Question, questionId);
  return sessionView(ctx, question.session.id);
}

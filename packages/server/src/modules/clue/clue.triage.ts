import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { badInput, DomainError, notFound } from '../../graphql/errors.js';
import type { Caller, Scope } from '../../scope.js';
import { getDepartment } from '../department/department.service.js';
import { Question } from '../question/question.entity.js';
import { addQuestion } from '../question/question.service.js';
import { auditClue } from './clue-audit.js';
import { Clue } from './clue.entity.js';
import type { ClueGuards } from './clue-guards.js';
import {
  optionalText,
  text,
  type AcceptClueInput,
  type RejectClueInput,
  type ReferClueInput,
  type ReplyToClueInput,
} from './clue.inputs.js';
import { nextClueStatus, type ClueStatus, type ClueVerb, type RejectReason } from './clue-status.js';
import type { ClueType } from './clue.type.js';
import { clueView, getClue } from './clue.views.js';

/**
 * Runs one triage verb on a locked clue, so two staff members cannot decide the same clue at once,
 * and records it; the audit entry is also the clue's public timeline.
 */
async function triage(
  ctx: Caller,
  clueId: string,
  verb: ClueVerb,
  decide: (clue: Clue, em: EntityManager) => Promise<Record<string, unknown>>,
): Promise<ClueType> {
  const clue = await ctx.em.transactional(async (em) => {
    const clue = await getClue(em, clueId, true);
    const status: ClueStatus = nextClueStatus(clue.status, verb);
    const detail = await decide(clue, em);
    clue.status = status;
    clue.decidedAt = new Date();
    auditClue(em, ctx.viewer, `clue.${verb}`, clue.id, detail);
    return clue;
  });
  return clueView(ctx.em, clue);
}

/** Accepts a clue as (part of) an on-air question: an existing one, or a new one appended to the running order. */
export function acceptClue(ctx: Caller, input: AcceptClueInput): Promise<ClueType> {
  if (Boolean(input.questionId) === Boolean(input.newQuestion))
    throw badInput('questionId', 'Choose an existing question or describe a new one (one of the two).');
  return triage(ctx, input.clueId, 'accept', async (clue, em) => {
    let question: Question;
    if (input.questionId) {
      const found = await em.findOne(Question, { id: input.questionId }, { populate: ['session', 'department'] });
      if (!found) throw notFound('The question');
      question = found;
    } else {
      const sessionId = input.sessionId ?? clue.session?.id;
      if (!sessionId) throw badInput('sessionId', 'This is a general submission; choose the session to add the question to.');
      question = await addQuestion({ em, viewer: ctx.viewer }, sessionId, input.newQuestion!);
    }
    em.assign(clue, { question, session: question.session, department: question.department });
    return { questionId: question.id, questionTitle: question.title };
  });
}

/** Merges a duplicate into another clue; its supporters now support the other one (marked, so an undo takes back exactly these). */
export function mergeClue(ctx: Caller, clueId: string, intoId: string): Promise<ClueType> {
  if (clueId === intoId) throw badInput('intoId', 'A clue cannot be merged into itself.');
  return triage(ctx, clueId, 'merge', async (clue, em) => {
    const into = await em.findOne(Clue, { id: intoId });
    if (!into) throw notFound('The clue to merge into');
    if (into.status === 'MERGED')
      throw new DomainError('INVALID_PHASE', 'That clue was itself merged; merge into the clue it was merged into.', {
        status: into.status,
      });
    await em.execute(
      'insert into clue_support (clue_id, device_key, created_at, merged_from_id) select ?, device_key, created_at, ? from clue_support where clue_id = ? on conflict do nothing',
      [into.id, clue.id, clue.id],
    );
    const [row] = await em.execute<{ count: number }[]>('select count(*)::int as count from clue_support where clue_id = ?', [into.id]);
    into.supportCount = row!.count;
    const wasPublished = clue.published;
    em.assign(clue, { mergedInto: into, published: false });
    return { intoId: into.id, intoTitle: into.title, wasPublished };
  });
}

/** Turns a clue down with a reason the submitter will read. */
export function rejectClue(ctx: Caller, input: RejectClueInput): Promise<ClueType> {
  return triage(ctx, input.clueId, 'reject', async (clue, em) => {
    const note = optionalText(input.note);
    const wasPublished = clue.published;
    em.assign(clue, { rejectReason: input.reason, rejectNote: note, published: false });
    return { reason: input.reason satisfies RejectReason, note, wasPublished };
  });
}

/** Sends a clue to a department as an ordinary case (not asked on air). */
export function referClue(ctx: Caller, input: ReferClueInput): Promise<ClueType> {
  return triage(ctx, input.clueId, 'refer', async (clue, em) => {
    const department = await getDepartment({ em, viewer: ctx.viewer }, input.departmentId);
    em.assign(clue, { department });
    return { departmentId: department.id, departmentName: department.name, note: optionalText(input.note) };
  });
}

/** Shows or hides a clue on the public list; rejected and merged clues stay hidden. */
export async function setCluePublished(ctx: Caller, clueId: string, published: boolean): Promise<ClueType> {
  const clue = await ctx.em.transactional(async (em) => {
    const clue = await getClue(em, clueId, true);
    if (published && (clue.status === 'REJECTED' || clue.status === 'MERGED')) {
      throw new DomainError('INVALID_PHASE', `A ${clue.status} clue cannot be published.`, { status: clue.status });
    }
    if (clue.published !== published) {
      clue.published = published;
      auditClue(em, ctx.viewer, published ? 'clue.publish' : 'clue.unpublish', clue.id);
    }
    return clue;
  });
  return clueView(ctx.em, clue);
}

/** A public reply from staff, shown on the tracking page (and the public list, if published). */
export async function replyToClue(ctx: Caller, input: ReplyToClueInput): Promise<ClueType> {
  const reply = text(input.reply, 'reply', 1, 'Write the reply.');
  const clue = await ctx.em.transactional(async (em) => {
    const clue = await getClue(em, input.clueId, true);
    em.assign(clue, { publicReply: reply, repliedAt: new Date(), replyRepresentative: null });
    auditClue(em, ctx.viewer, 'clue.reply', clue.id, { reply });
    return clue;
  });
  return clueView(ctx.em, clue);
}

/** Shows a submitter's whole phone number; the audit entry (who, when, which clue) commits first. */
export async function revealCluePhone(ctx: Scope<{ clueGuards: ClueGuards }>, clueId: string): Promise<string | null> {
  const clue = await getClue(ctx.em, clueId);
  if (!clue.phoneSealed) return null;
  auditClue(ctx.em, ctx.viewer, 'clue.revealPhone', clue.id);
  await ctx.em.flush();
  return ctx.services.clueGuards.phones.open(clue.phoneSealed);
}

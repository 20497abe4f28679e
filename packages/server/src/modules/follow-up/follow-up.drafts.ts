import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { badInput, DomainError, notFound } from '../../graphql/errors.js';
import type { Caller } from '../../scope.js';
import { recordAudit } from '../audit/audit.service.js';
import { Clue } from '../clue/clue.entity.js';
import { Department } from '../department/department.entity.js';
import { getDepartment } from '../department/department.service.js';
import { isUnsatisfied, type Outcome, type RoundResult } from '../vote/result.js';
import type { SessionKind } from '../session/session-kind.js';
import { kindProfile } from '../session/session-kind-defaults.js';
import type { VoteRound } from '../vote/vote-round.entity.js';
import { anonymous, type Viewer } from '../auth/viewer.js';
import type { Session } from '../session/session.entity.js';
import { planSession } from '../session/session.service.js';
import { FollowUp } from './follow-up.entity.js';
import type { FollowUpEditInput, FollowUpFromClueInput, SplitFollowUpInput } from './follow-up.inputs.js';
import { lockItem } from './follow-up.access.js';
import { appendEvent, FollowUpAction } from './follow-up-timeline.js';
import type { FollowUpType } from './follow-up.type.js';
import { followUpViews } from './follow-up.views.js';
import { defaultDeadline } from './deadline-settings.js';
import { dateWords } from './working-days.js';

// Items before dispatch: created by a closed round or from a referred clue, completed and split by staff.

/**
 * Called in the transaction that closes a round: what the result leads to, exactly once (the round
 * closes exactly once), as drafts for staff to complete and dispatch.
 * - A department's answer (电视问政, 专题询问): an item for its promise, whatever the grade.
 * - A report graded 不满意: 二次办理 by the submitting body, due in the kind's months (6 for reports).
 * - A candidate project passed, or chosen from a list: an item for its lead department (staff split
 *   it into sub-items before dispatch), and a year-end satisfaction round it joins once approved.
 * - A representative review decides nothing here: its results are published.
 * A look-back round decides nothing here either: see onRoundRevealed.
 */
export async function onRoundClosed(em: EntityManager, round: VoteRound, result: RoundResult): Promise<void> {
  const question = round.question;
  if (await em.count(FollowUp, { evaluationQuestion: question.id })) return;
  await em.populate(question, ['department', 'session']);
  const profile = await kindProfile(em, question.session.kind as SessionKind);
  const outcome = `${question.subject === 'PROJECT' ? '票决' : '测评'}结果：${outcomeNames[result.outcome]}`;
  const draft = (title: string, departmentId: string, deadline: Date, note: string) => {
    const item = em.create(FollowUp, {
      title,
      commitment: '',
      deadline,
      department: em.getReference(Department, departmentId),
      question,
      triggerOutcome: result.outcome,
    });
    appendEvent(em, item, FollowUpAction.CREATED, null, { note, deadline });
    return item;
  };
  const projects: FollowUp[] = [];
  if (question.subject === 'ANSWER' && question.department)
    draft(question.title, question.department.id, await defaultDeadline(em, 'ANSWER'), outcome);
  if (question.subject === 'REPORT' && question.department && isUnsatisfied(result.outcome)) {
    const deadline = profile.redoMonths ? monthsFromNow(profile.redoMonths) : await defaultDeadline(em, 'REOPEN');
    draft(`二次办理：${question.title}`, question.department.id, deadline, `${outcome}，责成二次办理`);
  }
  if (question.subject === 'PROJECT' && round.ballot.type === 'APPROVAL' && result.outcome === 'PASSED' && question.department)
    projects.push(draft(question.title, question.department.id, yearEnd(), `${outcome}，列为民生实事项目`));
  if (question.subject === 'PROJECT' && round.ballot.type === 'CHOOSE_UP_TO_N')
    for (const option of result.options.filter((o) => o.elected)) {
      const candidate = round.ballot.candidates[Number(option.key)]!;
      if (candidate.departmentId)
        projects.push(
          draft(candidate.label, candidate.departmentId, yearEnd(), `票决当选（${option.studio + option.online} 票），列为民生实事项目`),
        );
    }
  if (projects.length > 0) {
    const assessment = await yearEndAssessment(em, question.session);
    for (const item of projects) item.assessmentSession = assessment;
  }
}

/**
 * A passed 民生实事 project's year-end satisfaction round (两督两评): one look-back per vote, planned
 * as a draft for staff to publish when its first project passes; each project joins it once approved.
 */
async function yearEndAssessment(em: EntityManager, voteSession: Session): Promise<Session> {
  const planned = await em.findOne(
    FollowUp,
    { question: { session: voteSession.id }, assessmentSession: { $ne: null } },
    { populate: ['assessmentSession'] },
  );
  if (planned?.assessmentSession) return planned.assessmentSession;
  const year = new Date().getFullYear();
  const scheduledAt = new Date(Math.max(new Date(year, 11, 20, 10).getTime(), Date.now() + 86_400_000));
  const title = `${year}年民生实事项目年终满意度测评`;
  const theme = `${voteSession.title.slice(0, 60)}：票决项目实施成效测评`;
  return planSession({ em, viewer: anonymous }, { title, theme, scheduledAt }, 'LOOK_BACK');
}

/** The outcome in the words of the timeline. */
export const outcomeNames: Record<Outcome, string> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  UNSATISFIED: '不满意',
  PASSED: '通过',
  REJECTED: '未通过',
  TIED: '票数相同',
  NO_VOTES: '无有效票',
};

const monthsFromNow = (months: number) => {
  const date = new Date();
  date.setMonth(date.getMonth() + months);
  return date;
};
/** 民生实事 projects are carried out within the year and assessed at its end. */
const yearEnd = () => new Date(new Date().getFullYear(), 11, 31, 23, 59, 59);

/** An ordinary case from a referred clue, for its department. */
export async function createFollowUpFromClue(ctx: Caller, input: FollowUpFromClueInput): Promise<FollowUpType> {
  const item = await ctx.em.transactional(async (em) => {
    const clue = await em.findOne(Clue, { id: input.clueId }, { populate: ['department'] });
    if (!clue) throw notFound('The clue');
    if (clue.status !== 'REFERRED' || !clue.department)
      throw new DomainError('INVALID_PHASE', 'Only a clue referred to a department becomes an item of its own.', { status: clue.status });
    if (await em.count(FollowUp, { sourceClue: clue })) throw new DomainError('CONFLICT', 'This clue already has an item.');
    return draftItemFromClue(em, ctx.viewer, clue, {
      commitment: input.commitment.trim(),
      deadline: input.deadline ?? (await defaultDeadline(em, 'CLUE')),
    });
  });
  return (await followUpViews(ctx.em, ctx.viewer, [item]))[0]!;
}

/**
 * The draft item of a clue referred to its department, in the caller's transaction: the one way a
 * clue becomes an item (from its page, or from a 12345 import, which checks the clue is new).
 */
export function draftItemFromClue(
  em: EntityManager,
  viewer: Viewer,
  clue: Clue,
  options: { commitment: string; deadline: Date; note?: string },
): FollowUp {
  const item = em.create(FollowUp, {
    title: clue.title,
    commitment: options.commitment,
    deadline: options.deadline,
    department: clue.department!,
    sourceClue: clue,
  });
  appendEvent(em, item, FollowUpAction.CREATED, viewer, { note: options.note ?? '由转办线索生成', deadline: item.deadline });
  recordAudit(em, viewer, 'followUp.createFromClue', { type: 'FollowUp', id: item.id }, { clueId: clue.id });
  return item;
}

/** Completes or corrects an item before it is dispatched. */
export async function editFollowUp(ctx: Caller, input: FollowUpEditInput): Promise<FollowUpType> {
  const item = await ctx.em.transactional(async (em) => {
    const item = await lockItem(em, ctx.viewer, input.id);
    if (item.status !== 'DRAFT')
      throw new DomainError('INVALID_PHASE', 'An item can be edited only before it is dispatched.', { status: item.status });
    if (input.coDepartmentIds.includes(input.departmentId))
      throw badInput('coDepartmentIds', 'The lead department cannot also be a co-handling department.');
    const department = await getDepartment({ em, viewer: ctx.viewer }, input.departmentId);
    const co = await em.find(Department, { id: { $in: input.coDepartmentIds } });
    if (co.length !== new Set(input.coDepartmentIds).size) throw badInput('coDepartmentIds', 'A co-handling department was not found.');
    const moved = item.deadline.getTime() !== input.deadline.getTime();
    em.assign(item, { title: input.title.trim(), commitment: input.commitment.trim(), deadline: input.deadline, department });
    item.coDepartments.set(co);
    // Every deadline change is on the timeline, even before dispatch.
    appendEvent(
      em,
      item,
      FollowUpAction.EDITED,
      ctx.viewer,
      moved ? { deadline: item.deadline, note: `办理期限设为${dateWords(item.deadline)}` } : {},
    );
    recordAudit(em, ctx.viewer, 'followUp.edit', { type: 'FollowUp', id: item.id });
    return item;
  });
  return (await followUpViews(ctx.em, ctx.viewer, [item]))[0]!;
}

/** Splits an item into weighted sub-items, each with its own department, deadline and lifecycle. */
export async function splitFollowUp(ctx: Caller, input: SplitFollowUpInput): Promise<FollowUpType> {
  const item = await ctx.em.transactional(async (em) => {
    const item = await lockItem(em, ctx.viewer, input.id);
    if (item.status !== 'DRAFT') throw new DomainError('INVALID_PHASE', 'Split an item before it is dispatched.', { status: item.status });
    if (item.parent) throw new DomainError('INVALID_PHASE', 'A sub-item cannot be split again.');
    if (await em.count(FollowUp, { parent: item })) throw new DomainError('CONFLICT', 'This item is already split.');
    for (const [index, part] of input.parts.entries()) {
      const department = await em.findOne(Department, { id: part.departmentId });
      if (!department) throw badInput(`parts.${index}.departmentId`, 'The department was not found.');
      const child = em.create(FollowUp, {
        title: part.title.trim(),
        commitment: item.commitment,
        deadline: part.deadline,
        department,
        parent: item,
        weight: part.weight,
        question: item.question,
        triggerOutcome: item.triggerOutcome,
        committee: item.committee ?? null,
      });
      appendEvent(em, child, FollowUpAction.CREATED, ctx.viewer, { note: `由“${item.title}”分解`, deadline: child.deadline });
    }
    appendEvent(em, item, FollowUpAction.SPLIT, ctx.viewer, { note: `分解为 ${input.parts.length} 个子事项` });
    recordAudit(em, ctx.viewer, 'followUp.split', { type: 'FollowUp', id: item.id }, { parts: input.parts.length });
    return item;
  });
  return (await followUpViews(ctx.em, ctx.viewer, [item]))[0]!;
}

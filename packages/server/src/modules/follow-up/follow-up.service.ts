import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { Context } from '../../graphql/context.js';
import { badInput, DomainError, notFound } from '../../graphql/errors.js';
import { findPage, type PageArgs } from '../../graphql/pagination.js';
import { Account } from '../account/account.entity.js';
import { Role } from '../account/role.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { Clue } from '../clue/clue.entity.js';
import { Department } from '../department/department.entity.js';
import { getDepartment } from '../department/department.service.js';
import { DepartmentType } from '../department/department.type.js';
import { Question } from '../question/question.entity.js';
import { addQuestion } from '../question/question.service.js';
import { Session } from '../session/session.entity.js';
import { createSession, getSession, maySeeSession } from '../session/session.service.js';
import { VoteRound } from '../vote/vote-round.entity.js';
import type { RoundResult } from '../vote/result.js';
import { Evidence, FollowUp, FollowUpEvent, Notification } from './follow-up.entity.js';
import type { FollowUpEditInput, FollowUpFilter, FollowUpFromClueInput, OpenLookBackInput, ProgressInput, ReassignFollowUpInput, SplitFollowUpInput } from './follow-up.inputs.js';
import { followUpStatuses, followUpTransitions, isOverdue, nextFollowUpStatus, withDepartment, type FollowUpVerb } from './follow-up-status.js';
import type { EvidenceType, FollowUpEventType, FollowUpType, NotificationType, PublicFollowUp, SessionDisclosure } from './follow-up.type.js';

const day = 86_400_000;
/** A new item's deadline until staff set one; also the time given for 二次办理. */
export const DEFAULT_HANDLING_DAYS = 30;

export const evidenceUrl = (id: string) => `/uploads/evidence/${id}`;

// ─── Views ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Timelines of items the viewer may read. `staff`: actor names and evidence links (the public gets
 * neither). A look-back's EVALUATION_OPENED note names its session, so it is kept only where the
 * viewer may see that session (the rule of `session(id)`).
 */
async function eventViews(em: EntityManager, viewer: Viewer, items: FollowUp[], staff: boolean): Promise<Map<string, FollowUpEventType[]>> {
  const ids = items.map((i) => i.id);
  await em.populate(items, ['evaluationQuestion.session']);
  const namesLookBack = new Set(items.filter((i) => i.evaluationQuestion?.session && maySeeSession({ viewer }, i.evaluationQuestion.session)).map((i) => i.id));
  const events = ids.length ? await em.find(FollowUpEvent, { followUp: { $in: ids } }, { orderBy: { id: 'asc' } }) : [];
  const [evidence, actors] = await Promise.all([
    events.length ? em.find(Evidence, { event: { $in: events.map((e) => e.id) } }, { orderBy: { createdAt: 'asc' } }) : [],
    staff ? em.find(Account, { id: { $in: [...new Set(events.map((e) => e.actorId).filter((id): id is string => id !== null))] } }) : [],
  ]);
  const names = new Map(actors.map((a) => [a.id, a.displayName]));
  const files = new Map<string, EvidenceType[]>();
  for (const file of evidence) {
    const list = files.get(file.event!.id) ?? [];
    list.push({ id: file.id, fileName: file.fileName, contentType: file.contentType, byteSize: file.byteSize, url: staff ? evidenceUrl(file.id) : '' });
    files.set(file.event!.id, list);
  }
  const byItem = new Map<string, FollowUpEventType[]>();
  for (const event of events) {
    const list = byItem.get(event.followUp.id) ?? [];
    list.push({
      id: event.id,
      action: event.action,
      at: event.at,
      note: event.action === 'EVALUATION_OPENED' && !namesLookBack.has(event.followUp.id) ? null : (event.note ?? null),
      percent: event.percent ?? null,
      deadline: event.deadline ?? null,
      handlingRound: event.handlingRound,
      actorName: staff && event.actorId ? (names.get(event.actorId) ?? null) : null,
      evidence: files.get(event.id) ?? [],
    });
    byItem.set(event.followUp.id, list);
  }
  return byItem;
}

/**
 * Staff and department views of items with their sub-items and timelines, in a fixed number of
 * queries. Every item in the answer, root or sub-item, goes through mayRead: one the viewer may not
 * open itself (another department's sub-item) is shown only as a line of its parent's breakdown.
 */
export async function followUpViews(em: EntityManager, viewer: Viewer, items: FollowUp[], now = new Date()): Promise<FollowUpType[]> {
  await em.populate(items, ['department', 'coDepartments', 'question.session']);
  const children = items.length ? await em.find(FollowUp, { parent: { $in: items.map((i) => i.id) } }, { populate: ['department', 'coDepartments'], orderBy: { createdAt: 'asc' } }) : [];
  const timelines = await eventViews(em, viewer, [...items, ...children].filter((i) => mayRead(viewer, i)), true);
  const view = (item: FollowUp): FollowUpType => {
    const readable = mayRead(viewer, item);
    return {
      id: item.id,
      title: item.title,
      commitment: item.commitment,
      deadline: item.deadline,
      status: item.status,
      overdue: isOverdue(item.status, item.deadline, now),
      department: DepartmentType.from(item.department),
      parentId: item.parent?.id ?? null,
      weight: item.weight,
      progress: item.progress,
      question: item.question?.session
        ? { id: item.question.id, title: item.question.title, sessionId: item.question.session.id, sessionTitle: item.question.session.title, respondent: item.question.respondent }
        : null,
      sourceClueId: item.sourceClue?.id ?? null,
      triggerOutcome: item.triggerOutcome ?? null,
      handlingRound: item.handlingRound,
      dispatchedAt: item.dispatchedAt ?? null,
      closedAt: item.closedAt ?? null,
      createdAt: item.createdAt,
      readable,
      // Only for those who may open it: who helps, what was said and done and by whom, the files.
      coDepartments: readable ? item.coDepartments.getItems().map(DepartmentType.from) : [],
      evaluationQuestionId: readable ? (item.evaluationQuestion?.id ?? null) : null,
      returnReason: readable ? (item.returnReason ?? null) : null,
      children: readable ? children.filter((c) => c.parent?.id === item.id).map(view) : [],
      timeline: readable ? (timelines.get(item.id) ?? []) : [],
    };
  };
  return items.map(view);
}

/** Items without personal data, for the public page and the clue tracking page: top-level items once dispatched, no actor names, evidence without links. */
export async function publicFollowUps(ctx: Pick<Context, 'em' | 'viewer'>, where: FilterQuery<FollowUp>, now = new Date()): Promise<PublicFollowUp[]> {
  const items = await ctx.em.find(FollowUp, { $and: [where, { status: { $ne: 'DRAFT' }, parent: null }] }, { populate: ['department', 'evaluationQuestion'], orderBy: { createdAt: 'asc' } });
  const timelines = await eventViews(ctx.em, ctx.viewer, items, false);
  const rounds = await ctx.em.find(VoteRound, { question: { $in: items.map((i) => i.evaluationQuestion?.id).filter((id): id is string => Boolean(id)) }, status: 'PUBLISHED' });
  const resultOf = new Map(rounds.map((r) => [r.question.id, r.result ?? null]));
  return items.map((item) => ({
    id: item.id,
    title: item.title,
    commitment: item.commitment,
    deadline: item.deadline,
    status: item.status,
    overdue: isOverdue(item.status, item.deadline, now),
    departmentName: item.department.name,
    progress: item.progress,
    handlingRound: item.handlingRound,
    timeline: timelines.get(item.id) ?? [],
    lookBackResult: item.evaluationQuestion ? (resultOf.get(item.evaluationQuestion.id) ?? null) : null,
  }));
}

// ─── Access ────────────────────────────────────────────────────────────────────────────────────

const isAdmin = (viewer: Viewer) => viewer.account?.role === Role.ADMIN;

/** A department leads an item (its department) or, as a helper, also co-handles it. Needs `coDepartments` loaded for helpers. */
function handles(viewer: Viewer, item: FollowUp, as: 'lead' | 'helper'): boolean {
  const mine = viewer.account?.departmentId;
  if (!mine) return false;
  return item.department.id === mine || (as === 'helper' && item.coDepartments.getItems().some((d) => d.id === mine));
}

/**
 * The one rule for reading an item, for `followUp(id)` and for every item nested in another's view
 * (sub-items): staff read all; a department its own and co-handled items once dispatched (drafts
 * are staff's business). Needs `department` and `coDepartments` loaded.
 */
export function mayRead(viewer: Viewer, item: FollowUp): boolean {
  return isAdmin(viewer) || (item.status !== 'DRAFT' && handles(viewer, item, 'helper'));
}

/** A department account may act on its own items (lead) and, for progress, on the ones it helps with. */
async function assertMayAct(em: EntityManager, viewer: Viewer, item: FollowUp, as: 'lead' | 'helper'): Promise<void> {
  if (isAdmin(viewer)) return;
  if (as === 'helper') await em.populate(item, ['coDepartments']);
  if (!handles(viewer, item, as)) throw new DomainError('FORBIDDEN', 'This item belongs to another department.');
}

/** Staff verbs are for admins; department verbs for the department (admins may act for it). */
function assertRole(viewer: Viewer, verb: FollowUpVerb): void {
  const by = followUpTransitions[verb].by;
  if (by === 'STAFF' && !isAdmin(viewer)) throw new DomainError('FORBIDDEN', 'Only congress staff may do this.');
}

async function getItem(em: EntityManager, id: string, lock = false): Promise<FollowUp> {
  const item = await em.findOne(FollowUp, { id }, { populate: ['department'], ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) });
  if (!item) throw notFound('The item');
  return item;
}

// ─── Timeline and notices ──────────────────────────────────────────────────────────────────────

function appendEvent(em: EntityManager, item: FollowUp, action: string, actor: Viewer | null, fields: { note?: string | null; percent?: number | null; deadline?: Date | null } = {}): FollowUpEvent {
  return em.create(FollowUpEvent, {
    followUp: item,
    action,
    actorId: actor?.account?.id ?? null,
    note: fields.note ?? null,
    percent: fields.percent ?? null,
    deadline: fields.deadline ?? null,
    handlingRound: item.handlingRound,
  });
}

/** Records an in-app notice once per key and hands it to the notifier after commit (the caller's job). */
export async function notify(em: EntityManager, item: FollowUp, kind: string, message: string, key: string, toDepartment = true): Promise<Notification | null> {
  const rows = await em.execute<{ id: string }[]>(
    'insert into notification (id, dedupe_key, kind, department_id, follow_up_id, message, created_at) values (gen_random_uuid(), ?, ?, ?, ?, ?, now()) on conflict (dedupe_key) do nothing returning id',
    [key, kind, toDepartment ? item.department.id : null, item.id, message],
  );
  return rows.length ? em.getReference(Notification, rows[0]!.id) : null;
}

async function deliver(ctx: { services: Pick<Context['services'], 'notifier'> }, em: EntityManager, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const notices = await em.fork().find(Notification, { id: { $in: ids } }, { populate: ['department'] });
  for (const notice of notices) await ctx.services.notifier.send({ kind: notice.kind, message: notice.message, departmentName: notice.department?.name ?? null, followUpId: notice.followUp.id });
}

/** What a verb adds to the timeline step, and the notice it sends. */
interface Step {
  note?: string | null;
  percent?: number | null;
  deadline?: Date | null;
  evidenceIds?: string[];
  notice?: [kind: string, message: string];
}

/**
 * Runs one verb on a locked item: checks role, department and status, applies the change, appends
 * the timeline step and an audit entry, all in one transaction; notices go out after commit.
 */
async function transition(
  ctx: Context,
  id: string,
  verb: FollowUpVerb,
  apply: (item: FollowUp, em: EntityManager) => Promise<Step | void>,
  as: 'lead' | 'helper' = 'lead',
): Promise<FollowUpType> {
  assertRole(ctx.viewer, verb);
  const noticeIds: string[] = [];
  const item = await ctx.em.transactional(async (em) => {
    const item = await getItem(em, id, true);
    await assertMayAct(em, ctx.viewer, item, as);
    const status = nextFollowUpStatus(item.status, verb);
    const step = (await apply(item, em)) ?? {};
    item.status = status;
    const event = appendEvent(em, item, eventName[verb], ctx.viewer, step);
    await attachEvidence(em, ctx.viewer, event, step.evidenceIds ?? []);
    if (item.parent && step.percent != null) {
      await em.flush();
      await rollUpProgress(em, item.parent.id);
    }
    recordAudit(em, ctx.viewer, `followUp.${verb}`, { type: 'FollowUp', id: item.id }, { note: step.note ?? null });
    if (step.notice) {
      const notice = await notify(em, item, step.notice[0], step.notice[1], `${item.id}:${verb}:${Date.now()}`, followUpTransitions[verb].by !== 'DEPARTMENT');
      if (notice) noticeIds.push(notice.id);
    }
    return item;
  });
  await deliver(ctx, ctx.em, noticeIds);
  // Read back and view in one fork: an item loaded in another fork does not populate its question.
  const fresh = ctx.em.fork();
  return (await followUpViews(fresh, ctx.viewer, [await getItem(fresh, item.id)]))[0]!;
}

const eventName: Record<FollowUpVerb, string> = {
  dispatch: 'DISPATCHED',
  accept: 'ACCEPTED',
  return: 'RETURNED',
  reassign: 'REASSIGNED',
  insist: 'INSISTED',
  progress: 'PROGRESS',
  report: 'REPORTED',
  approve: 'APPROVED',
  sendBack: 'SENT_BACK',
  openEvaluation: 'EVALUATION_OPENED',
  close: 'CLOSED',
  evaluateSatisfied: 'CLOSED',
  evaluateUnsatisfied: 'REOPENED',
};

// ─── Created by the vote, or by staff ──────────────────────────────────────────────────────────

/**
 * Called in the transaction that closes a round: a regular question's closed round creates the
 * item for its department (a draft for staff to complete and dispatch). Exactly once, because the
 * round closes exactly once. A look-back round decides nothing here: see onRoundRevealed.
 */
export async function onRoundClosed(em: EntityManager, round: VoteRound, result: RoundResult): Promise<void> {
  const question = round.question;
  if (await em.count(FollowUp, { evaluationQuestion: question.id })) return;
  await em.populate(question, ['department']);
  const item = em.create(FollowUp, {
    title: question.title,
    commitment: '',
    deadline: new Date(Date.now() + DEFAULT_HANDLING_DAYS * day),
    department: question.department,
    question,
    triggerOutcome: result.outcome,
  });
  appendEvent(em, item, 'CREATED', null, { note: `测评结果：${outcomeName[result.outcome]}` });
}

/**
 * Called in the transaction that reveals a round's result on air: a look-back (回头看) verdict takes
 * effect only now, so no public or department view learns it before the broadcast does. Exactly
 * once, because a round is revealed once. Returns the notices to deliver after commit.
 */
export async function onRoundRevealed(em: EntityManager, round: VoteRound): Promise<string[]> {
  const evaluated = await em.findOne(FollowUp, { evaluationQuestion: round.question.id, status: 'EVALUATING' }, { populate: ['department'] });
  return evaluated && round.result ? evaluate(em, evaluated, round.result) : [];
}

const outcomeName = { SATISFIED: '满意', UNSATISFIED: '不满意', NO_VOTES: '无有效票' } as const;

/** 回头看 decided: satisfied closes the item; unsatisfied records a notice (情况通报) and reopens it for 二次办理. */
async function evaluate(em: EntityManager, item: FollowUp, result: RoundResult): Promise<string[]> {
  const rate = result.composite === null ? '—' : `${result.composite}%`;
  if (result.outcome === 'SATISFIED') {
    item.status = nextFollowUpStatus(item.status, 'evaluateSatisfied');
    item.closedAt = new Date();
    appendEvent(em, item, 'CLOSED', null, { note: `回头看测评满意率 ${rate}，事项办结。` });
    return [];
  }
  if (result.outcome === 'NO_VOTES') {
    item.status = 'APPROVED'; // nobody voted: staff may run the look-back again
    appendEvent(em, item, 'EVALUATION_VOID', null, { note: '回头看测评无有效票，待重新组织测评。' });
    return [];
  }
  const notice = `情况通报：“${item.title}”回头看测评满意率 ${rate}，低于 ${result.threshold}%，测评结果为不满意。责成${item.department.name}进行二次办理，并于新期限前报送整改报告。`;
  appendEvent(em, item, 'NOTICE', null, { note: notice });
  item.handlingRound += 1;
  item.deadline = new Date(Date.now() + DEFAULT_HANDLING_DAYS * day);
  item.status = nextFollowUpStatus(item.status, 'evaluateUnsatisfied');
  item.progress = 0;
  appendEvent(em, item, 'REOPENED', null, { deadline: item.deadline, note: `第 ${item.handlingRound} 次办理` });
  const sent = await notify(em, item, 'REOPENED', notice, `${item.id}:REOPENED:${item.handlingRound}`);
  return sent ? [sent.id] : [];
}

export { deliver as deliverNotices };

/** An ordinary case from a referred clue, for its department. */
export async function createFollowUpFromClue(ctx: Context, input: FollowUpFromClueInput): Promise<FollowUpType> {
  const item = await ctx.em.transactional(async (em) => {
    const clue = await em.findOne(Clue, { id: input.clueId }, { populate: ['department'] });
    if (!clue) throw notFound('The clue');
    if (clue.status !== 'REFERRED' || !clue.department) throw new DomainError('INVALID_PHASE', 'Only a clue referred to a department becomes an item of its own.', { status: clue.status });
    if (await em.count(FollowUp, { sourceClue: clue })) throw new DomainError('CONFLICT', 'This clue already has an item.');
    const item = em.create(FollowUp, { title: clue.title, commitment: input.commitment.trim(), deadline: input.deadline, department: clue.department, sourceClue: clue });
    appendEvent(em, item, 'CREATED', ctx.viewer, { note: '由转办线索生成' });
    recordAudit(em, ctx.viewer, 'followUp.createFromClue', { type: 'FollowUp', id: item.id }, { clueId: clue.id });
    return item;
  });
  return (await followUpViews(ctx.em, ctx.viewer, [item]))[0]!;
}

/** Completes or corrects an item before it is dispatched. */
export async function editFollowUp(ctx: Context, input: FollowUpEditInput): Promise<FollowUpType> {
  const item = await ctx.em.transactional(async (em) => {
    const item = await getItem(em, input.id, true);
    if (item.status !== 'DRAFT') throw new DomainError('INVALID_PHASE', 'An item can be edited only before it is dispatched.', { status: item.status });
    if (input.coDepartmentIds.includes(input.departmentId)) throw badInput('coDepartmentIds', 'The lead department cannot also be a co-handling department.');
    const department = await getDepartment({ ...ctx, em }, input.departmentId);
    const co = await em.find(Department, { id: { $in: input.coDepartmentIds } });
    if (co.length !== new Set(input.coDepartmentIds).size) throw badInput('coDepartmentIds', 'A co-handling department was not found.');
    em.assign(item, { title: input.title.trim(), commitment: input.commitment.trim(), deadline: input.deadline, department });
    item.coDepartments.set(co);
    appendEvent(em, item, 'EDITED', ctx.viewer);
    recordAudit(em, ctx.viewer, 'followUp.edit', { type: 'FollowUp', id: item.id });
    return item;
  });
  return (await followUpViews(ctx.em, ctx.viewer, [item]))[0]!;
}

/** Splits an item into weighted sub-items, each with its own department, deadline and lifecycle. */
export async function splitFollowUp(ctx: Context, input: SplitFollowUpInput): Promise<FollowUpType> {
  const item = await ctx.em.transactional(async (em) => {
    const item = await getItem(em, input.id, true);
    if (item.status !== 'DRAFT') throw new DomainError('INVALID_PHASE', 'Split an item before it is dispatched.', { status: item.status });
    if (item.parent) throw new DomainError('INVALID_PHASE', 'A sub-item cannot be split again.');
    if (await em.count(FollowUp, { parent: item })) throw new DomainError('CONFLICT', 'This item is already split.');
    for (const [index, part] of input.parts.entries()) {
      const department = await em.findOne(Department, { id: part.departmentId });
      if (!department) throw badInput(`parts.${index}.departmentId`, 'The department was not found.');
      const child = em.create(FollowUp, { title: part.title.trim(), commitment: item.commitment, deadline: part.deadline, department, parent: item, weight: part.weight, question: item.question, triggerOutcome: item.triggerOutcome });
      appendEvent(em, child, 'CREATED', ctx.viewer, { note: `由“${item.title}”分解` });
    }
    appendEvent(em, item, 'SPLIT', ctx.viewer, { note: `分解为 ${input.parts.length} 个子事项` });
    recordAudit(em, ctx.viewer, 'followUp.split', { type: 'FollowUp', id: item.id }, { parts: input.parts.length });
    return item;
  });
  return (await followUpViews(ctx.em, ctx.viewer, [item]))[0]!;
}

// ─── Transitions ───────────────────────────────────────────────────────────────────────────────

/** Sends items (and their sub-items) to their departments; the clock starts now. All or none. */
export async function dispatchFollowUps(ctx: Context, ids: string[]): Promise<FollowUpType[]> {
  assertRole(ctx.viewer, 'dispatch');
  if (ids.length === 0 || ids.length > 100) throw badInput('ids', 'Choose 1 to 100 items to dispatch.');
  const noticeIds: string[] = [];
  const items = await ctx.em.transactional(async (em) => {
    const items = await em.find(FollowUp, { id: { $in: ids } }, { populate: ['department'], lockMode: LockMode.PESSIMISTIC_WRITE });
    if (items.length !== new Set(ids).size) throw notFound('An item');
    const children = await em.find(FollowUp, { parent: { $in: items.map((i) => i.id) }, status: 'DRAFT' }, { populate: ['department'] });
    for (const item of [...items, ...children]) {
      item.status = nextFollowUpStatus(item.status, 'dispatch');
      if (!item.commitment.trim()) throw badInput('commitment', `Write down the commitment of “${item.title}” before dispatching it.`);
      if (item.deadline.getTime() <= Date.now()) throw badInput('deadline', `The deadline of “${item.title}” has passed; set a new one.`);
      item.dispatchedAt = new Date();
      appendEvent(em, item, 'DISPATCHED', ctx.viewer, { deadline: item.deadline });
      recordAudit(em, ctx.viewer, 'followUp.dispatch', { type: 'FollowUp', id: item.id });
      const notice = await notify(em, item, 'DISPATCHED', `新督办事项：“${item.title}”，办理期限 ${item.deadline.toISOString().slice(0, 10)}。`, `${item.id}:DISPATCHED:${item.handlingRound}`);
      if (notice) noticeIds.push(notice.id);
    }
    return items;
  });
  await deliver(ctx, ctx.em, noticeIds);
  return followUpViews(ctx.em, ctx.viewer, items);
}

export const acceptFollowUp = (ctx: Context, id: string) => transition(ctx, id, 'accept', async () => ({}));

/** The department hands an item back; it must say why, and staff decide (reassign or insist). */
export function returnFollowUp(ctx: Context, id: string, reason: string | null | undefined): Promise<FollowUpType> {
  const why = reason?.trim();
  if (!why) throw badInput('reason', 'Say why the item is returned.');
  return transition(ctx, id, 'return', async (item) => {
    item.returnReason = why;
    return { note: why, notice: ['RETURNED', `“${item.title}”被${item.department.name}退回：${why}`] };
  });
}

export function reassignFollowUp(ctx: Context, input: ReassignFollowUpInput): Promise<FollowUpType> {
  return transition(ctx, input.id, 'reassign', async (item, em) => {
    if (input.departmentId === item.department.id) throw badInput('departmentId', 'Choose another department, or insist on this one.');
    item.department = await getDepartment({ ...ctx, em }, input.departmentId);
    item.returnReason = null;
    return { note: `改由${item.department.name}办理。${input.reason?.trim() ?? ''}`.trim(), notice: ['DISPATCHED', `新督办事项：“${item.title}”（改派），办理期限 ${item.deadline.toISOString().slice(0, 10)}。`] };
  });
}

export function insistFollowUp(ctx: Context, id: string, reason: string | null | undefined): Promise<FollowUpType> {
  return transition(ctx, id, 'insist', async (item) => {
    item.returnReason = null;
    return { note: reason?.trim() || null, notice: ['DISPATCHED', `“${item.title}”的退回未获同意，请继续办理。${reason?.trim() ?? ''}`] };
  });
}

async function attachEvidence(em: EntityManager, viewer: Viewer, event: FollowUpEvent, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const files = await em.find(Evidence, { id: { $in: ids }, event: null, uploaderId: viewer.account!.id });
  if (files.length !== new Set(ids).size) throw badInput('evidenceIds', 'A file was not found or is already attached; upload it again.');
  for (const file of files) file.event = event;
}

/** A progress update with percent and evidence, by the lead or a co-handling department. */
export async function postProgress(ctx: Context, input: ProgressInput): Promise<FollowUpType> {
  if (input.percent == null) throw badInput('percent', 'Give the percent done.');
  return withEvidence(ctx, input, 'progress', 'helper', (item) => {
    item.progress = input.percent!;
    return { note: input.note.trim(), percent: input.percent };
  });
}

/** 整改报告: the completion report; staff approve it or send it back. */
export async function submitReport(ctx: Context, input: ProgressInput): Promise<FollowUpType> {
  return withEvidence(ctx, input, 'report', 'lead', (item) => {
    item.progress = 100;
    return { note: input.note.trim(), percent: 100, notice: ['REPORTED', `“${item.title}”已报送整改报告，待审核。`] };
  });
}

function withEvidence(
  ctx: Context,
  input: ProgressInput,
  verb: 'progress' | 'report',
  as: 'lead' | 'helper',
  apply: (item: FollowUp) => Step,
): Promise<FollowUpType> {
  return transition(ctx, input.id, verb, async (item) => ({ ...apply(item), evidenceIds: input.evidenceIds }), as);
}

/** Staff accept the report. */
export const approveFollowUp = (ctx: Context, id: string, note: string | null | undefined) => transition(ctx, id, 'approve', async () => ({ note: note?.trim() || null }));

/** Staff send the report back with a reason; the department works on. */
export function sendBackFollowUp(ctx: Context, id: string, reason: string | null | undefined): Promise<FollowUpType> {
  const why = reason?.trim();
  if (!why) throw badInput('reason', 'Say why the report is sent back.');
  return transition(ctx, id, 'sendBack', async (item) => ({ note: why, notice: ['SENT_BACK', `“${item.title}”的整改报告被退回：${why}`] }));
}

/** Staff close an approved item without a look-back vote. */
export const closeFollowUp = (ctx: Context, id: string, note: string | null | undefined) =>
  transition(ctx, id, 'close', async (item) => {
    item.closedAt = new Date();
    return { note: note?.trim() || null };
  });

/**
 * 回头看: approved items become questions of a look-back session (created here, published, ready
 * for the host console and phones) or of a planned session; each round's result then decides its item.
 */
export async function openLookBack(ctx: Context, input: OpenLookBackInput): Promise<{ sessionId: string; items: FollowUpType[] }> {
  assertRole(ctx.viewer, 'openEvaluation');
  const result = await ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const items = await em.find(FollowUp, { id: { $in: input.followUpIds } }, { populate: ['department', 'question'], lockMode: LockMode.PESSIMISTIC_WRITE });
    if (items.length !== new Set(input.followUpIds).size) throw notFound('An item');
    let session: Session;
    if (input.sessionId) {
      session = await getSession(tx, { id: input.sessionId });
    } else {
      session = await createSession(tx, {
        title: input.title?.trim() || `回头看：${items[0]!.title}${items.length > 1 ? ` 等 ${items.length} 项` : ''}`,
        theme: '整改落实情况回头看',
        scheduledAt: input.scheduledAt ?? new Date(),
        settings: input.settings ?? undefined,
      });
      session.kind = 'LOOK_BACK';
      session.status = 'PUBLISHED';
    }
    for (const item of items) {
      item.status = nextFollowUpStatus(item.status, 'openEvaluation');
      const latestReport = await em.findOne(FollowUpEvent, { followUp: item, action: 'REPORTED' }, { orderBy: { id: 'desc' } });
      const question = await addQuestion(tx, session.id, {
        title: `回头看：${item.title}`,
        body: `整改承诺：${item.commitment}\n整改报告：${latestReport?.note ?? '—'}`,
        questioner: '回头看测评',
        departmentId: item.department.id,
        respondent: item.question?.respondent ?? item.department.name,
      });
      item.evaluationQuestion = question;
      appendEvent(em, item, 'EVALUATION_OPENED', ctx.viewer, { note: session.title });
      recordAudit(em, ctx.viewer, 'followUp.openEvaluation', { type: 'FollowUp', id: item.id }, { sessionId: session.id });
    }
    return { sessionId: session.id, items };
  });
  return { sessionId: result.sessionId, items: await followUpViews(ctx.em, ctx.viewer, result.items) };
}

// ─── Reading ───────────────────────────────────────────────────────────────────────────────────

function followUpWhere(filter: FollowUpFilter | null | undefined, now: Date): FilterQuery<FollowUp> {
  const where: FilterQuery<FollowUp>[] = [];
  if (!filter?.includeSubItems) where.push({ parent: null });
  if (filter?.statuses?.length) where.push({ status: { $in: filter.statuses } });
  if (filter?.departmentId) where.push({ $or: [{ department: filter.departmentId }, { coDepartments: filter.departmentId }] });
  if (filter?.sessionId) where.push({ question: { session: filter.sessionId } });
  if (filter?.overdue) where.push({ status: { $in: [...withDepartment] }, deadline: { $lt: now } });
  if (filter?.reopened) where.push({ handlingRound: { $gt: 1 } });
  return { $and: where };
}

/** The staff board, by deadline (soonest first). */
export async function listFollowUps(ctx: Context, args: PageArgs & { filter?: FollowUpFilter | null }, now = new Date()) {
  const where: FilterQuery<FollowUp> = { $and: [followUpWhere(args.filter, now), args.search ? { title: { $ilike: `%${args.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } } : {}] };
  const page = await findPage(ctx.em, FollowUp, { where, orderBy: { deadline: 'asc', id: 'asc' }, args }, (item) => item);
  return { ...page, nodes: await followUpViews(ctx.em, ctx.viewer, page.nodes, now) };
}

/** A department's own and co-handled items; drafts are staff's business. */
export async function listMyFollowUps(ctx: Context, args: PageArgs & { filter?: FollowUpFilter | null }) {
  const department = ctx.viewer.account!.departmentId!;
  const statuses = (args.filter?.statuses?.length ? args.filter.statuses : followUpStatuses).filter((s) => s !== 'DRAFT');
  return listFollowUps(ctx, { ...args, filter: { ...args.filter, departmentId: department, includeSubItems: true, statuses } });
}

/** One item; a department may read only its own or co-handled ones. */
export async function readFollowUp(ctx: Context, id: string): Promise<FollowUpType> {
  const item = await getItem(ctx.em, id);
  await ctx.em.populate(item, ['coDepartments']);
  if (!mayRead(ctx.viewer, item)) throw new DomainError('FORBIDDEN', 'This item belongs to another department.');
  return (await followUpViews(ctx.em, ctx.viewer, [item]))[0]!;
}

/** 公示: every question of a session with its result per channel and its items' timelines. */
export async function sessionDisclosure(ctx: Context, sessionId: string): Promise<SessionDisclosure> {
  const session = await getSession(ctx, { id: sessionId });
  const questions = await ctx.em.find(Question, { session }, { populate: ['department'], orderBy: { position: 'asc' } });
  const rounds = await ctx.em.find(VoteRound, { question: { $in: questions.map((q) => q.id) }, status: 'PUBLISHED' });
  const resultOf = new Map(rounds.map((r) => [r.question.id, r.result ?? null]));
  const questionIds = questions.map((q) => q.id);
  const [items, owners] = await Promise.all([
    publicFollowUps(ctx, { question: { $in: questionIds } }),
    ctx.em.find(FollowUp, { question: { $in: questionIds }, parent: null }, { fields: ['id', 'question'] }),
  ]);
  const questionOf = new Map(owners.map((o) => [o.id, o.question?.id]));
  return {
    sessionId: session.id,
    title: session.title,
    theme: session.theme,
    scheduledAt: session.scheduledAt,
    questions: questions.map((q) => ({
      id: q.id,
      position: q.position,
      title: q.title,
      departmentName: q.department.name,
      respondent: q.respondent,
      result: resultOf.get(q.id) ?? null,
      followUps: items.filter((i) => questionOf.get(i.id) === q.id),
    })),
  };
}

/** Notices for the caller: a department's own, or staff notices for admins. */
export async function listNotifications(ctx: Context, unreadOnly: boolean): Promise<NotificationType[]> {
  const account = ctx.viewer.account!;
  const where: FilterQuery<Notification> = account.role === Role.DEPARTMENT ? { department: account.departmentId } : { department: null };
  const notices = await ctx.em.find(Notification, { ...where, ...(unreadOnly ? { readAt: null } : {}) } as FilterQuery<Notification>, { orderBy: { createdAt: 'desc' }, limit: 100 });
  return notices.map((n) => ({ id: n.id, kind: n.kind, message: n.message, followUpId: n.followUp.id, read: n.readAt != null, createdAt: n.createdAt }));
}

export async function markNotificationsRead(ctx: Context, ids: string[]): Promise<number> {
  const account = ctx.viewer.account!;
  const where = account.role === Role.DEPARTMENT ? { department: account.departmentId } : { department: null };
  return ctx.em.nativeUpdate(Notification, { id: { $in: ids }, readAt: null, ...where } as FilterQuery<Notification>, { readAt: new Date() });
}

/** Keeps a parent's progress equal to the weighted mean of its sub-items'. */
export async function rollUpProgress(em: EntityManager, parentId: string): Promise<void> {
  await em.execute(
    `update follow_up set progress = coalesce((select round(sum(c.progress * c.weight)::numeric / nullif(sum(c.weight), 0)) from follow_up c where c.parent_id = ?), 0) where id = ?`,
    [parentId, parentId],
  );
}

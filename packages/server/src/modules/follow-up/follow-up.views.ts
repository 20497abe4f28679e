import { type FilterQuery, raw } from '@mikro-orm/core';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { DomainError } from '../../graphql/errors.js';
import { findPage, type PageArgs } from '../../graphql/pagination.js';
import type { Caller } from '../../scope.js';
import { Account } from '../account/account.entity.js';
import type { Viewer } from '../auth/viewer.js';
import type { Verdict } from '../clue/clue-status.js';
import { CommitteeRef } from '../committee/committee.type.js';
import { DepartmentType } from '../department/department.type.js';
import { maySeeSession } from '../session/session.service.js';
import { VoteRound } from '../vote/vote-round.entity.js';
import { Evidence, FollowUp, FollowUpEvent } from './follow-up.entity.js';
import { FollowUpScore } from './follow-up-score.entity.js';
import { ExtensionRequest } from './deadlines.entity.js';
import type { ExtensionRequestType } from './deadlines.type.js';
import { loadCalendar } from './working-days.js';
import type { Representative } from '../representative/representative.entity.js';
import type { FollowUpFilter } from './follow-up.inputs.js';
import { getItem, isAdmin, mayRead } from './follow-up.access.js';
import { AccountabilityRecord, Mediation } from './oversight.entity.js';
import { followUpStatuses, isOverdue, withDepartment } from './follow-up-status.js';
import { FollowUpAction } from './follow-up-timeline.js';
import type {
  AccountabilityRecordType,
  EvidenceType,
  FollowUpEventType,
  FollowUpScoreType,
  FollowUpType,
  MediationType,
  PublicAccountability,
  PublicFollowUp,
  SupervisorRef,
} from './follow-up.type.js';

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
  const namesLookBack = new Set(
    items.filter((i) => i.evaluationQuestion?.session && maySeeSession({ viewer }, i.evaluationQuestion.session)).map((i) => i.id),
  );
  const events = ids.length ? await em.find(FollowUpEvent, { followUp: { $in: ids } }, { orderBy: { id: 'asc' } }) : [];
  const [evidence, actors] = await Promise.all([
    events.length ? em.find(Evidence, { event: { $in: events.map((e) => e.id) } }, { orderBy: { createdAt: 'asc' } }) : [],
    staff
      ? em.find(Account, {
          id: { $in: [...new Set(events.flatMap((e) => [e.actorId, e.reviewedById]).filter((id): id is string => id != null))] },
        })
      : [],
  ]);
  const names = new Map(actors.map((a) => [a.id, a.displayName]));
  const files = new Map<string, EvidenceType[]>();
  for (const file of evidence) {
    const list = files.get(file.event!.id) ?? [];
    list.push({
      id: file.id,
      fileName: file.fileName,
      contentType: file.contentType,
      byteSize: file.byteSize,
      url: staff ? evidenceUrl(file.id) : '',
    });
    files.set(file.event!.id, list);
  }
  const byItem = new Map<string, FollowUpEventType[]>();
  for (const event of events) {
    const list = byItem.get(event.followUp.id) ?? [];
    // The public reads a department's note only once staff approved it (where the deployment reviews
    // text), and never a 三方见面's minutes.
    const withheld = !staff && (event.review === 'PENDING' || event.review === 'RETURNED');
    const hideFiles = withheld || (!staff && event.action === FollowUpAction.MEDIATION);
    list.push({
      id: event.id,
      action: event.action,
      at: event.at,
      note:
        withheld || (event.action === FollowUpAction.EVALUATION_OPENED && !namesLookBack.has(event.followUp.id))
          ? null
          : (event.note ?? null),
      percent: event.percent ?? null,
      deadline: event.deadline ?? null,
      handlingRound: event.handlingRound,
      actorName: staff && event.actorId ? (names.get(event.actorId) ?? null) : null,
      evidence: hideFiles ? [] : (files.get(event.id) ?? []),
      review: staff ? (event.review ?? null) : null,
      reviewNote: staff ? (event.reviewNote ?? null) : null,
      reviewerName: staff && event.reviewedById ? (names.get(event.reviewedById) ?? null) : null,
      reviewedAt: staff ? (event.reviewedAt ?? null) : null,
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
  await em.populate(items, ['department', 'coDepartments', 'committee', 'question.session', 'assessmentSession', 'supervisors']);
  const children = items.length
    ? await em.find(
        FollowUp,
        { parent: { $in: items.map((i) => i.id) } },
        { populate: ['department', 'coDepartments', 'supervisors'], orderBy: { createdAt: 'asc' } },
      )
    : [];
  const readableItems = [...items, ...children].filter((i) => mayRead(viewer, i));
  const [timelines, scores, extensions, calendar, mediations, accountability] = await Promise.all([
    eventViews(em, viewer, readableItems, true),
    scoreViews(em, readableItems),
    extensionViews(em, readableItems),
    loadCalendar(em),
    mediationViews(em, readableItems),
    isAdmin(viewer) ? accountabilityViews(em, readableItems) : new Map<string, AccountabilityRecordType[]>(),
  ]);
  const view = (item: FollowUp): FollowUpType => {
    const readable = mayRead(viewer, item);
    const overdue = isOverdue(item.status, item.deadline, now);
    return {
      id: item.id,
      title: item.title,
      commitment: item.commitment,
      deadline: item.deadline,
      status: item.status,
      overdue,
      overdueWorkingDays: overdue ? calendar.workingDaysLate(item.deadline, now) : 0,
      escalation: item.escalation ?? null,
      department: DepartmentType.from(item.department),
      committee: item.committee ? CommitteeRef.from(item.committee) : null,
      parentId: item.parent?.id ?? null,
      weight: item.weight,
      progress: item.progress,
      question: item.question?.session
        ? {
            id: item.question.id,
            title: item.question.title,
            sessionId: item.question.session.id,
            sessionTitle: item.question.session.title,
            respondent: item.question.respondent,
          }
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
      assessmentSessionId:
        readable && item.assessmentSession && maySeeSession({ viewer }, item.assessmentSession) ? item.assessmentSession.id : null,
      returnReason: readable ? (item.returnReason ?? null) : null,
      children: readable ? children.filter((c) => c.parent?.id === item.id).map(view) : [],
      timeline: readable ? (timelines.get(item.id) ?? []) : [],
      supervisors: readable ? item.supervisors.getItems().map(supervisorRef) : [],
      representativeScores: readable ? (scores.get(item.id) ?? []) : [],
      extensionRequests: readable ? (extensions.get(item.id) ?? []) : [],
      pendingReviews: readable ? (timelines.get(item.id) ?? []).filter((e) => e.review === 'PENDING').length : 0,
      mediations: readable ? (mediations.get(item.id) ?? []) : [],
      accountability: readable ? (accountability.get(item.id) ?? []) : [],
    };
  };
  return items.map(view);
}

export const supervisorRef = (r: Representative): SupervisorRef => ({ id: r.id, name: r.name, district: r.district });

/** 代表打分 of the items, newest first, in one query. */
async function scoreViews(em: EntityManager, items: FollowUp[]): Promise<Map<string, FollowUpScoreType[]>> {
  const scores = items.length
    ? await em.find(FollowUpScore, { followUp: { $in: items.map((i) => i.id) } }, { populate: ['representative'], orderBy: { at: 'desc' } })
    : [];
  const byItem = new Map<string, FollowUpScoreType[]>();
  for (const s of scores) {
    const list = byItem.get(s.followUp.id) ?? [];
    list.push({
      representativeName: s.representative.name,
      score: s.score,
      note: s.note ?? null,
      handlingRound: s.handlingRound,
      at: s.at,
    });
    byItem.set(s.followUp.id, list);
  }
  return byItem;
}

/** 三方见面 of the items with their minutes, oldest first, in two queries. */
async function mediationViews(em: EntityManager, items: FollowUp[]): Promise<Map<string, MediationType[]>> {
  const rows = items.length
    ? await em.find(Mediation, { followUp: { $in: items.map((i) => i.id) } }, { orderBy: { createdAt: 'asc' } })
    : [];
  const minutes = rows.length
    ? await em.find(Evidence, { event: { $in: rows.map((m) => m.event.id) } }, { orderBy: { createdAt: 'asc' } })
    : [];
  const byItem = new Map<string, MediationType[]>();
  for (const m of rows)
    byItem.set(m.followUp.id, [
      ...(byItem.get(m.followUp.id) ?? []),
      {
        id: m.id,
        heldOn: m.heldOn,
        participants: m.participants,
        outcome: m.outcome,
        decision: m.decision,
        handlingRound: m.handlingRound,
        minutes: minutes
          .filter((f) => f.event?.id === m.event.id)
          .map((f) => ({ id: f.id, fileName: f.fileName, contentType: f.contentType, byteSize: f.byteSize, url: evidenceUrl(f.id) })),
        createdAt: m.createdAt,
      },
    ]);
  return byItem;
}

/** 问责 records of the items, oldest first, in one query (staff only). */
async function accountabilityViews(em: EntityManager, items: FollowUp[]): Promise<Map<string, AccountabilityRecordType[]>> {
  const rows = items.length
    ? await em.find(AccountabilityRecord, { followUp: { $in: items.map((i) => i.id) } }, { orderBy: { createdAt: 'asc' } })
    : [];
  const byItem = new Map<string, AccountabilityRecordType[]>();
  for (const r of rows)
    byItem.set(r.followUp.id, [
      ...(byItem.get(r.followUp.id) ?? []),
      {
        id: r.id,
        kind: r.kind,
        measure: r.measure ?? null,
        officialName: r.officialName ?? null,
        officialPost: r.officialPost ?? null,
        issuedBy: r.issuedBy ?? null,
        body: r.body ?? null,
        referenceNumber: r.referenceNumber ?? null,
        takenOn: r.takenOn,
        note: r.note ?? null,
        published: r.published,
        createdAt: r.createdAt,
      },
    ]);
  return byItem;
}

/** 延期申请 of the items, newest first, in one query. */
async function extensionViews(em: EntityManager, items: FollowUp[]): Promise<Map<string, ExtensionRequestType[]>> {
  const requests = items.length
    ? await em.find(ExtensionRequest, { followUp: { $in: items.map((i) => i.id) } }, { orderBy: { createdAt: 'desc' } })
    : [];
  const byItem = new Map<string, ExtensionRequestType[]>();
  for (const r of requests)
    byItem.set(r.followUp.id, [
      ...(byItem.get(r.followUp.id) ?? []),
      {
        id: r.id,
        reason: r.reason,
        currentDeadline: r.currentDeadline,
        proposedDeadline: r.proposedDeadline,
        status: r.status,
        decisionNote: r.decisionNote ?? null,
        decidedAt: r.decidedAt ?? null,
        createdAt: r.createdAt,
      },
    ]);
  return byItem;
}

/** Items without personal data, for the public page and the clue tracking page: top-level items once dispatched, no actor names, evidence without links. */
export async function publicFollowUps(ctx: Caller, where: FilterQuery<FollowUp>, now = new Date()): Promise<PublicFollowUp[]> {
  const items = await ctx.em.find(
    FollowUp,
    { $and: [where, { status: { $ne: 'DRAFT' }, parent: null }] },
    { populate: ['department', 'evaluationQuestion'], orderBy: { createdAt: 'asc' } },
  );
  const timelines = await eventViews(ctx.em, ctx.viewer, items, false);
  // Supervising representatives' comments and scores, and extension requests until approved, are
  // for the item's readers, not the public page; a 催办 shows that it happened, not staff's words.
  const internal: string[] = [
    FollowUpAction.COMMENTED,
    FollowUpAction.SCORED,
    FollowUpAction.EXTENSION_REQUESTED,
    FollowUpAction.EXTENSION_REFUSED,
    FollowUpAction.COMMITTEE_CHANGED,
  ];
  for (const [id, steps] of timelines)
    timelines.set(
      id,
      steps
        .filter((step) => !internal.includes(step.action))
        .map((step) =>
          step.action === FollowUpAction.URGED || step.action === FollowUpAction.SUBMITTER_UNRESOLVED ? { ...step, note: null } : step,
        ),
    );
  const rounds = await ctx.em.find(VoteRound, {
    question: { $in: items.map((i) => i.evaluationQuestion?.id).filter((id): id is string => Boolean(id)) },
    status: 'PUBLISHED',
  });
  const resultOf = new Map(rounds.map((r) => [r.question.id, r.result ?? null]));
  const records = items.length
    ? await ctx.em.find(AccountabilityRecord, { followUp: { $in: items.map((i) => i.id) } }, { orderBy: { createdAt: 'asc' } })
    : [];
  // Kind and date for everyone; the official's name, post, issuer and the 文号 only once staff publish the record.
  const publicRecord = (r: AccountabilityRecord): PublicAccountability => ({
    kind: r.kind,
    measure: r.measure ?? null,
    body: r.body ?? null,
    takenOn: r.takenOn,
    officialName: r.published ? (r.officialName ?? null) : null,
    officialPost: r.published ? (r.officialPost ?? null) : null,
    issuedBy: r.published ? (r.issuedBy ?? null) : null,
    referenceNumber: r.published ? (r.referenceNumber ?? null) : null,
  });
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
    accountability: records.filter((r) => r.followUp.id === item.id).map(publicRecord),
  }));
}

// ─── Reading ───────────────────────────────────────────────────────────────────────────────────

/** Items whose clue (the one it was made from, or one behind its question) has this word of its submitter. */
function saidBySubmitter(verdict: Verdict): FilterQuery<FollowUp> {
  const word = verdict === 'RESOLVED' ? 'RESOLVED' : 'UNRESOLVED';
  return {
    [raw(
      (alias) =>
        `exists (select 1 from clue c where (c.id = ${alias}.source_clue_id or c.question_id = ${alias}.question_id) and c.verdict = '${word}')`,
    )]: true,
  };
}

export function followUpWhere(filter: FollowUpFilter | null | undefined, now: Date): FilterQuery<FollowUp> {
  const where: FilterQuery<FollowUp>[] = [];
  if (!filter?.includeSubItems) where.push({ parent: null });
  if (filter?.statuses?.length) where.push({ status: { $in: filter.statuses } });
  if (filter?.departmentId) where.push({ $or: [{ department: filter.departmentId }, { coDepartments: filter.departmentId }] });
  if (filter?.sessionId) where.push({ question: { session: filter.sessionId } });
  if (filter?.committeeId) where.push({ committee: filter.committeeId });
  if (filter?.noCommittee) where.push({ committee: null });
  if (filter?.overdue) where.push({ status: { $in: [...withDepartment] }, deadline: { $lt: now } });
  if (filter?.reopened) where.push({ handlingRound: { $gt: 1 } });
  if (filter?.submitterVerdict) where.push(saidBySubmitter(filter.submitterVerdict));
  return { $and: where };
}

/** The staff board, by deadline (soonest first). */
export async function listFollowUps(ctx: Caller, args: PageArgs & { filter?: FollowUpFilter | null }, now = new Date()) {
  const where: FilterQuery<FollowUp> = {
    $and: [
      followUpWhere(args.filter, now),
      args.search ? { title: { $ilike: `%${args.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } } : {},
    ],
  };
  const page = await findPage(ctx.em, FollowUp, { where, orderBy: { deadline: 'asc', id: 'asc' }, args }, (item) => item);
  return { ...page, nodes: await followUpViews(ctx.em, ctx.viewer, page.nodes, now) };
}

/** A department's own and co-handled items; drafts are staff's business. */
export async function listMyFollowUps(ctx: Caller, args: PageArgs & { filter?: FollowUpFilter | null }) {
  const department = ctx.viewer.account!.departmentId!;
  const statuses = (args.filter?.statuses?.length ? args.filter.statuses : followUpStatuses).filter((s) => s !== 'DRAFT');
  return listFollowUps(ctx, { ...args, filter: { ...args.filter, departmentId: department, includeSubItems: true, statuses } });
}

/** One item; a department may read only its own or co-handled ones. */
export async function readFollowUp(ctx: Caller, id: string): Promise<FollowUpType> {
  const item = await getItem(ctx.em, id);
  await ctx.em.populate(item, ['coDepartments', 'supervisors']);
  if (!mayRead(ctx.viewer, item))
    throw new DomainError(
      'FORBIDDEN',
      ctx.viewer.account?.role === 'REPRESENTATIVE' ? 'You do not supervise this item.' : 'This item belongs to another department.',
    );
  return (await followUpViews(ctx.em, ctx.viewer, [item]))[0]!;
}

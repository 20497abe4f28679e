import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { badInput, notFound } from '../../graphql/errors.js';
import type { Scope } from '../../scope.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { getDepartment } from '../department/department.service.js';
import { Session } from '../session/session.entity.js';
import { Evidence, FollowUp, type FollowUpEvent } from './follow-up.entity.js';
import { presentForLookBack } from './look-back.js';
import type { ProgressInput, ReassignFollowUpInput } from './follow-up.inputs.js';
import { assertCommitteeScope, assertMayAct, assertRole, getItem, isAdmin, lockItem } from './follow-up.access.js';
import { progressReviewOn } from './follow-up-settings.js';
import { followUpTransitions, nextFollowUpStatus, type FollowUpVerb } from './follow-up-status.js';
import { appendEvent, verbAction, type StepFields } from './follow-up-timeline.js';
import type { FollowUpType } from './follow-up.type.js';
import { followUpViews } from './follow-up.views.js';
import { issueDocument } from './documents.js';
import { deliverNotices, notify, type NoticeKind } from './notices.js';
import type { Notifier } from './notifier.js';

/** Who runs a verb of the lifecycle: the caller, and the notifier for the notices it sends after commit. */
export type FollowUpScope = Scope<{ notifier: Notifier }>;

/** What a verb adds to the timeline step, and the notice it sends. */
interface Step extends StepFields {
  evidenceIds?: string[];
  notice?: [kind: NoticeKind, message: string];
  /** What follows in the same transaction once the item has its new status. */
  followedBy?: (item: FollowUp, em: EntityManager) => Promise<void>;
}

/**
 * Runs one verb on a locked item: checks role, department and status, applies the change, appends
 * the timeline step and an audit entry, all in one transaction; notices go out after commit.
 */
async function transition(
  ctx: FollowUpScope,
  id: string,
  verb: FollowUpVerb,
  apply: (item: FollowUp, em: EntityManager) => Promise<Step>,
  as: 'lead' | 'helper' = 'lead',
): Promise<FollowUpType> {
  assertRole(ctx.viewer, verb);
  const noticeIds: string[] = [];
  const item = await ctx.em.transactional(async (em) => {
    const item = await lockItem(em, ctx.viewer, id);
    await assertMayAct(em, ctx.viewer, item, as);
    const status = nextFollowUpStatus(item.status, verb);
    const step = await apply(item, em);
    item.status = status;
    const event = appendEvent(em, item, verbAction[verb], ctx.viewer, step);
    await attachEvidence(em, ctx.viewer, event, step.evidenceIds ?? []);
    await step.followedBy?.(item, em);
    if (item.parent && step.percent != null) {
      await em.flush();
      await rollUpProgress(em, item.parent.id);
    }
    recordAudit(em, ctx.viewer, `followUp.${verb}`, { type: 'FollowUp', id: item.id }, { note: step.note ?? null });
    if (step.notice) {
      const notice = await notify(
        em,
        item,
        step.notice[0],
        step.notice[1],
        `${item.id}:${verb}:${Date.now()}`,
        followUpTransitions[verb].by !== 'DEPARTMENT',
      );
      if (notice) noticeIds.push(notice.id);
    }
    return item;
  });
  await deliverNotices(ctx, ctx.em, noticeIds);
  // Read back and view in one fork: an item loaded in another fork does not populate its question.
  const fresh = ctx.em.fork();
  return (await followUpViews(fresh, ctx.viewer, [await getItem(fresh, item.id)]))[0]!;
}

/** Sends items (and their sub-items) to their departments; the clock starts now. All or none. */
export async function dispatchFollowUps(ctx: FollowUpScope, ids: string[]): Promise<FollowUpType[]> {
  assertRole(ctx.viewer, 'dispatch');
  if (ids.length === 0 || ids.length > 100) throw badInput('ids', 'Choose 1 to 100 items to dispatch.');
  const noticeIds: string[] = [];
  const items = await ctx.em.transactional(async (em) => {
    const items = await em.find(FollowUp, { id: { $in: ids } }, { populate: ['department'], lockMode: LockMode.PESSIMISTIC_WRITE });
    if (items.length !== new Set(ids).size) throw notFound('An item');
    const children = await em.find(FollowUp, { parent: { $in: items.map((i) => i.id) }, status: 'DRAFT' }, { populate: ['department'] });
    for (const item of [...items, ...children]) {
      assertCommitteeScope(ctx.viewer, item);
      const notice = await dispatchItem(em, ctx.viewer, item);
      if (notice) noticeIds.push(notice);
    }
    return items;
  });
  await deliverNotices(ctx, ctx.em, noticeIds);
  return followUpViews(ctx.em, ctx.viewer, items);
}

/**
 * DRAFT → DISPATCHED for one item, in the caller's transaction: checks its commitment and deadline,
 * starts the clock, appends the step and the audit entry; answers the id of the department's notice.
 */
export async function dispatchItem(em: EntityManager, viewer: Viewer, item: FollowUp): Promise<string | null> {
  item.status = nextFollowUpStatus(item.status, 'dispatch');
  if (!item.commitment.trim()) throw badInput('commitment', `Write down the commitment of “${item.title}” before dispatching it.`);
  if (item.deadline.getTime() <= Date.now()) throw badInput('deadline', `The deadline of “${item.title}” has passed; set a new one.`);
  item.dispatchedAt = new Date();
  appendEvent(em, item, verbAction.dispatch, viewer, { deadline: item.deadline });
  recordAudit(em, viewer, 'followUp.dispatch', { type: 'FollowUp', id: item.id });
  // The 交办函 is issued with the dispatch, in its transaction: no dispatched item without its letter.
  await issueDocument(em, item, 'ASSIGN', viewer, null);
  const notice = await notify(
    em,
    item,
    'DISPATCHED',
    `新督办事项：“${item.title}”，办理期限 ${item.deadline.toISOString().slice(0, 10)}。`,
    `${item.id}:DISPATCHED:${item.handlingRound}`,
  );
  return notice?.id ?? null;
}

export const acceptFollowUp = (ctx: FollowUpScope, id: string) => transition(ctx, id, 'accept', async () => ({}));

/** The department hands an item back; it must say why, and staff decide (reassign or insist). */
export function returnFollowUp(ctx: FollowUpScope, id: string, reason: string | null | undefined): Promise<FollowUpType> {
  const why = reason?.trim();
  if (!why) throw badInput('reason', 'Say why the item is returned.');
  return transition(ctx, id, 'return', async (item) => {
    item.returnReason = why;
    return { note: why, notice: ['RETURNED', `“${item.title}”被${item.department.name}退回：${why}`] };
  });
}

export function reassignFollowUp(ctx: FollowUpScope, input: ReassignFollowUpInput): Promise<FollowUpType> {
  return transition(ctx, input.id, 'reassign', async (item, em) => {
    if (input.departmentId === item.department.id) throw badInput('departmentId', 'Choose another department, or insist on this one.');
    item.department = await getDepartment({ em, viewer: ctx.viewer }, input.departmentId);
    item.returnReason = null;
    return {
      note: `改由${item.department.name}办理。${input.reason?.trim() ?? ''}`.trim(),
      notice: ['DISPATCHED', `新督办事项：“${item.title}”（改派），办理期限 ${item.deadline.toISOString().slice(0, 10)}。`],
    };
  });
}

export function insistFollowUp(ctx: FollowUpScope, id: string, reason: string | null | undefined): Promise<FollowUpType> {
  return transition(ctx, id, 'insist', async (item) => {
    item.returnReason = null;
    return { note: reason?.trim() || null, notice: ['DISPATCHED', `“${item.title}”的退回未获同意，请继续办理。${reason?.trim() ?? ''}`] };
  });
}

/** Hangs the caller's own unattached uploads on a step. */
export async function attachEvidence(
  em: EntityManager,
  viewer: Viewer,
  event: FollowUpEvent,
  ids: string[],
  field = 'evidenceIds',
): Promise<void> {
  if (ids.length === 0) return;
  const files = await em.find(Evidence, { id: { $in: ids }, event: null, uploaderId: viewer.account!.id });
  if (files.length !== new Set(ids).size) throw badInput(field, 'A file was not found or is already attached; upload it again.');
  for (const file of files) file.event = event;
}

/** A progress update with percent and evidence, by the lead or a co-handling department. */
export async function postProgress(ctx: FollowUpScope, input: ProgressInput): Promise<FollowUpType> {
  if (input.percent == null) throw badInput('percent', 'Give the percent done.');
  return withEvidence(ctx, input, 'progress', 'helper', (item) => {
    item.progress = input.percent!;
    return { note: input.note.trim(), percent: input.percent };
  });
}

/** 整改报告: the completion report; staff approve it or send it back. */
export async function submitReport(ctx: FollowUpScope, input: ProgressInput): Promise<FollowUpType> {
  return withEvidence(ctx, input, 'report', 'lead', (item) => {
    item.progress = 100;
    return { note: input.note.trim(), percent: 100, notice: ['REPORTED', `“${item.title}”已报送整改报告，待审核。`] };
  });
}

function withEvidence(
  ctx: FollowUpScope,
  input: ProgressInput,
  verb: 'progress' | 'report',
  as: 'lead' | 'helper',
  apply: (item: FollowUp) => Step,
): Promise<FollowUpType> {
  return transition(
    ctx,
    input.id,
    verb,
    async (item, em) => ({
      ...apply(item),
      evidenceIds: input.evidenceIds,
      // Where the deployment reviews department text, it waits for staff before the public sees it (staff's own does not).
      review: !isAdmin(ctx.viewer) && (await progressReviewOn(em)) ? ('PENDING' as const) : null,
    }),
    as,
  );
}

/**
 * Staff accept the report. A 民生实事 project then joins its year-end satisfaction round while that
 * session is still being planned; once it has aired, staff open a look-back by hand.
 */
export const approveFollowUp = (ctx: FollowUpScope, id: string, note: string | null | undefined) =>
  transition(ctx, id, 'approve', async () => ({
    note: note?.trim() || null,
    followedBy: async (item, em) => {
      const assessment = item.assessmentSession && !item.parent ? await em.findOne(Session, { id: item.assessmentSession.id }) : null;
      if (assessment && (assessment.status === 'DRAFT' || assessment.status === 'PUBLISHED'))
        await presentForLookBack({ em, viewer: ctx.viewer }, item, assessment);
    },
  }));

/** Staff send the report back with a reason; the department works on. */
export function sendBackFollowUp(ctx: FollowUpScope, id: string, reason: string | null | undefined): Promise<FollowUpType> {
  const why = reason?.trim();
  if (!why) throw badInput('reason', 'Say why the report is sent back.');
  return transition(ctx, id, 'sendBack', async (item) => ({ note: why, notice: ['SENT_BACK', `“${item.title}”的整改报告被退回：${why}`] }));
}

/** Staff close an approved item without a look-back vote. */
export const closeFollowUp = (ctx: FollowUpScope, id: string, note: string | null | undefined) =>
  transition(ctx, id, 'close', async (item) => {
    item.closedAt = new Date();
    return { note: note?.trim() || null };
  });

/** Keeps a parent's progress equal to the weighted mean of its sub-items'. */
export async function rollUpProgress(em: EntityManager, parentId: string): Promise<void> {
  await em.execute(
    `update follow_up set progress = coalesce((select round(sum(c.progress * c.weight)::numeric / nullif(sum(c.weight), 0)) from follow_up c where c.parent_id = ?), 0) where id = ?`,
    [parentId, parentId],
  );
}

import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { badInput, DomainError, notFound } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { ExtensionRequest } from './deadlines.entity.js';
import { assertMayAct, getItem, isAdmin, lockItem } from './follow-up.access.js';
import type { FollowUp } from './follow-up.entity.js';
import { withDepartment } from './follow-up-status.js';
import { appendEvent, FollowUpAction } from './follow-up-timeline.js';
import type { FollowUpScope } from './follow-up.transitions.js';
import type { FollowUpType } from './follow-up.type.js';
import { followUpViews } from './follow-up.views.js';
import { issueDocument } from './documents.js';
import { deliverNotices, notify, type NoticeKind } from './notices.js';
import { chinaDate, dateWords, endOfChinaDay } from './working-days.js';

// 催办 and 延期: steps on an item's timeline that do not move its status. The deadline changes only
// here (an approved extension, or staff with a reason) once the item is dispatched.

/** Runs a step on a locked item in one transaction; notices go out after commit; answers the fresh view. */
async function step(
  ctx: FollowUpScope,
  id: string,
  apply: (item: FollowUp, em: EntityManager) => Promise<[NoticeKind, string, toDepartment: boolean] | null>,
): Promise<FollowUpType> {
  const noticeIds: string[] = [];
  await ctx.em.transactional(async (em) => {
    const item = await lockItem(em, ctx.viewer, id);
    const notice = await apply(item, em);
    if (notice) {
      const sent = await notify(em, item, notice[0], notice[1], `${item.id}:${notice[0]}:${Date.now()}`, notice[2]);
      if (sent) noticeIds.push(sent.id);
    }
  });
  await deliverNotices(ctx, ctx.em, noticeIds);
  const fresh = ctx.em.fork();
  return (await followUpViews(fresh, ctx.viewer, [await getItem(fresh, id)]))[0]!;
}

function assertWithDepartment(item: FollowUp, what: string): void {
  if (!withDepartment.includes(item.status))
    throw new DomainError('INVALID_PHASE', `${what} only while the department is handling the item.`, { status: item.status });
}

/** A new deadline must be a later day than today and than the current deadline. */
function checkLater(field: string, wanted: Date, current: Date, now = new Date()): Date {
  const day = chinaDate(wanted);
  if (day < chinaDate(now)) throw badInput(field, 'The date is in the past; choose a later day.');
  if (day <= chinaDate(current)) throw badInput(field, `Choose a day after the current deadline (${dateWords(current)}).`);
  return endOfChinaDay(day);
}

/** 催办: staff urge the department with a note; it reads it as a notice and on the timeline. */
export function urgeFollowUp(ctx: FollowUpScope, input: { id: string; note: string }): Promise<FollowUpType> {
  const note = input.note.trim();
  if (!note) throw badInput('note', 'Write what the department is urged to do.');
  return step(ctx, input.id, async (item, em) => {
    assertWithDepartment(item, 'An item can be urged');
    // The 催办函 comes first, so the urge is the step the timeline ends with.
    await issueDocument(em, item, 'URGE', ctx.viewer, note);
    appendEvent(em, item, FollowUpAction.URGED, ctx.viewer, { note });
    recordAudit(em, ctx.viewer, 'followUp.urge', { type: 'FollowUp', id: item.id }, { note });
    return ['URGED', `催办：“${item.title}”（期限 ${dateWords(item.deadline)}）。${note}`, true];
  });
}

/** Staff set a new deadline with a reason (for example after a reassignment); the department is told. */
export function changeFollowUpDeadline(ctx: FollowUpScope, input: { id: string; deadline: Date; reason: string }): Promise<FollowUpType> {
  const reason = input.reason.trim();
  if (!reason) throw badInput('reason', 'Say why the deadline changes.');
  return step(ctx, input.id, async (item, em) => {
    if (item.status === 'DRAFT') throw new DomainError('INVALID_PHASE', 'Set a draft’s deadline by editing it.', { status: item.status });
    if (item.status === 'CLOSED') throw new DomainError('INVALID_PHASE', 'The item is closed.', { status: item.status });
    const day = chinaDate(input.deadline);
    if (day < chinaDate(new Date())) throw badInput('deadline', 'The date is in the past; choose a later day.');
    if (day === chinaDate(item.deadline)) throw badInput('deadline', 'This is already the deadline.');
    const before = item.deadline;
    item.deadline = endOfChinaDay(day);
    appendEvent(em, item, FollowUpAction.DEADLINE_CHANGED, ctx.viewer, {
      deadline: item.deadline,
      note: `办理期限由${dateWords(before)}调整为${dateWords(item.deadline)}：${reason}`,
    });
    recordAudit(
      em,
      ctx.viewer,
      'followUp.changeDeadline',
      { type: 'FollowUp', id: item.id },
      { before: before.toISOString(), after: item.deadline.toISOString(), reason },
    );
    return ['DEADLINE_CHANGED', `“${item.title}”的办理期限调整为${dateWords(item.deadline)}：${reason}`, true];
  });
}

/** 延期申请: the lead department asks for a later day, with a reason; staff decide. One pending at a time. */
export function requestExtension(ctx: FollowUpScope, input: { id: string; proposedDeadline: Date; reason: string }): Promise<FollowUpType> {
  const reason = input.reason.trim();
  return step(ctx, input.id, async (item, em) => {
    await assertMayAct(em, ctx.viewer, item, 'lead');
    if (!reason) throw badInput('reason', 'Say why more time is needed.');
    assertWithDepartment(item, 'An extension can be asked for');
    const proposed = checkLater('proposedDeadline', input.proposedDeadline, item.deadline);
    if (await em.count(ExtensionRequest, { followUp: item.id, status: 'PENDING' }))
      throw new DomainError('CONFLICT', 'An extension request for this item is already waiting for staff.');
    em.create(ExtensionRequest, {
      followUp: item,
      department: item.department,
      requestedById: ctx.viewer.account!.id,
      reason,
      currentDeadline: item.deadline,
      proposedDeadline: proposed,
    });
    appendEvent(em, item, FollowUpAction.EXTENSION_REQUESTED, ctx.viewer, {
      deadline: proposed,
      note: `申请延期至${dateWords(proposed)}：${reason}`,
    });
    recordAudit(
      em,
      ctx.viewer,
      'followUp.requestExtension',
      { type: 'FollowUp', id: item.id },
      { proposed: proposed.toISOString(), reason },
    );
    return ['EXTENSION_REQUESTED', `${item.department.name}申请将“${item.title}”延期至${dateWords(proposed)}：${reason}`, false];
  });
}

/** Staff approve (the deadline becomes the proposed day) or refuse (with a note) a pending request. */
export async function decideExtension(
  ctx: FollowUpScope,
  input: { requestId: string; approve: boolean; note?: string | null },
): Promise<FollowUpType> {
  if (!isAdmin(ctx.viewer)) throw new DomainError('FORBIDDEN', 'Only congress staff may do this.');
  const note = input.note?.trim() || null;
  if (!input.approve && !note) throw badInput('note', 'Say why the extension is refused.');
  const request = await ctx.em.fork().findOne(ExtensionRequest, { id: input.requestId });
  if (!request) throw notFound('The extension request');
  return step(ctx, request.followUp.id, async (item, em) => {
    const pending = await em.findOne(ExtensionRequest, { id: input.requestId, status: 'PENDING' });
    if (!pending) throw new DomainError('INVALID_PHASE', 'This request has already been decided.');
    em.assign(pending, {
      status: input.approve ? 'APPROVED' : 'REFUSED',
      decidedById: ctx.viewer.account!.id,
      decisionNote: note,
      decidedAt: new Date(),
    });
    if (!input.approve) {
      appendEvent(em, item, FollowUpAction.EXTENSION_REFUSED, ctx.viewer, { note: `延期申请未获同意：${note}` });
      recordAudit(em, ctx.viewer, 'followUp.refuseExtension', { type: 'FollowUp', id: item.id }, { requestId: pending.id, note });
      return ['EXTENSION_REFUSED', `“${item.title}”的延期申请未获同意：${note}`, true];
    }
    // Approved even if the original deadline has passed meanwhile, but never to a day already gone.
    if (chinaDate(pending.proposedDeadline) < chinaDate(new Date()))
      throw badInput('requestId', 'The requested day has passed; refuse it and set a new deadline with a reason.');
    const before = item.deadline;
    item.deadline = pending.proposedDeadline;
    appendEvent(em, item, FollowUpAction.EXTENSION_APPROVED, ctx.viewer, {
      deadline: item.deadline,
      note: `同意延期，办理期限由${dateWords(before)}调整为${dateWords(item.deadline)}${note ? `：${note}` : ''}`,
    });
    recordAudit(
      em,
      ctx.viewer,
      'followUp.approveExtension',
      { type: 'FollowUp', id: item.id },
      { requestId: pending.id, before: before.toISOString(), after: item.deadline.toISOString(), note },
    );
    return ['EXTENSION_APPROVED', `“${item.title}”已同意延期至${dateWords(item.deadline)}。${note ?? ''}`.trim(), true];
  });
}

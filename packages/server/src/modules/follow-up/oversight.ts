import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { badInput, DomainError, notFound } from '../../graphql/errors.js';
import type { Caller } from '../../scope.js';
import type { Viewer } from '../auth/viewer.js';
import { recordAudit } from '../audit/audit.service.js';
import { FollowUp, FollowUpEvent } from './follow-up.entity.js';
import { getItem, isAdmin, lockItem } from './follow-up.access.js';
import { nextFollowUpStatus } from './follow-up-status.js';
import { appendEvent, FollowUpAction, verbAction } from './follow-up-timeline.js';
import { attachEvidence, type FollowUpScope } from './follow-up.transitions.js';
import type { FollowUpType } from './follow-up.type.js';
import { followUpViews } from './follow-up.views.js';
import { deliverNotices, notify } from './notices.js';
import { AccountabilityRecord, FollowUpSettings, Mediation } from './oversight.entity.js';
import type {
  AccountabilityMeasureInput,
  MediationInput,
  OversightReferralInput,
  PublishAccountabilityInput,
  ReviewFollowUpTextInput,
} from './oversight.inputs.js';
import {
  bodyNames,
  type MediationSide,
  mediationDecisionNames,
  mediationSides,
  mediationSideNames,
  measureNames,
} from './oversight-terms.js';
import { chinaDate } from './working-days.js';

// Issue 19's oversight steps on an item: staff review of department text before the public sees
// it, 三方见面 after an unsatisfied look-back, and 问责 (measures and referrals). Each is staff's,
// audited, and a step of the timeline.

function assertStaff(ctx: Caller): void {
  if (!isAdmin(ctx.viewer)) throw new DomainError('FORBIDDEN', 'Only congress staff may do this.');
}

async function view(ctx: Caller, id: string): Promise<FollowUpType> {
  const fresh = ctx.em.fork();
  return (await followUpViews(fresh, ctx.viewer, [await getItem(fresh, id)]))[0]!;
}

/** 年月日 of a YYYY-MM-DD. */
const dayWords = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** A real calendar day, not after today (China time). */
function pastDay(field: string, value: string): string {
  const date = value.trim();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && chinaDate(new Date(`${date}T12:00:00+08:00`)) === date;
  if (!valid) throw badInput(field, 'Give the date as YYYY-MM-DD.');
  if (date > chinaDate(new Date())) throw badInput(field, 'The date is in the future; record it once it has happened.');
  return date;
}

function required(field: string, value: string | null | undefined, message: string): string {
  const text = value?.trim();
  if (!text) throw badInput(field, message);
  return text;
}

// ─── Staff review of department text ──────────────────────────────────────────────────────────

/** Turns the review on or off; text already waiting stays unpublished until staff decide it. */
export async function setProgressReview(ctx: Caller, enabled: boolean): Promise<void> {
  await ctx.em.transactional(async (em) => {
    const row = await em.findOne(FollowUpSettings, { id: 1 });
    const before = row?.progressReview ?? false;
    if (row) row.progressReview = enabled;
    else em.create(FollowUpSettings, { id: 1, progressReview: enabled });
    recordAudit(em, ctx.viewer, 'followUp.setProgressReview', { type: 'FollowUpSettings', id: '1' }, { before, after: enabled });
  });
}

/** Staff approve a waiting note (it becomes public) or return it with a reason (it never does; the department is told). */
export async function reviewFollowUpText(ctx: FollowUpScope, input: ReviewFollowUpTextInput): Promise<FollowUpType> {
  assertStaff(ctx);
  if (!/^\d{1,18}$/.test(input.eventId)) throw notFound('The step');
  const reason = input.reason?.trim() || null;
  if (!input.approve && !reason) throw badInput('reason', 'Say why the text is returned, so the department can write it anew.');
  const found = await ctx.em.fork().findOne(FollowUpEvent, { id: input.eventId });
  if (!found) throw notFound('The step');
  const noticeIds: string[] = [];
  await ctx.em.transactional(async (em) => {
    const item = await lockItem(em, ctx.viewer, found.followUp.id);
    const event = await em.findOneOrFail(FollowUpEvent, { id: input.eventId });
    if (event.review !== 'PENDING')
      throw new DomainError('INVALID_PHASE', 'This text is not waiting for review; reload the item.', { review: event.review ?? null });
    em.assign(event, {
      review: input.approve ? 'APPROVED' : 'RETURNED',
      reviewedById: ctx.viewer.account!.id,
      reviewedAt: new Date(),
      reviewNote: input.approve ? null : reason,
    });
    recordAudit(
      em,
      ctx.viewer,
      input.approve ? 'followUp.approveText' : 'followUp.returnText',
      { type: 'FollowUp', id: item.id },
      { eventId: event.id, action: event.action, reason },
    );
    if (!input.approve) {
      const what = event.action === FollowUpAction.REPORTED ? '整改报告' : '进度说明';
      const sent = await notify(
        em,
        item,
        'TEXT_RETURNED',
        `“${item.title}”的${what}未通过审核，不予公开：${reason}`,
        `${item.id}:TEXT_RETURNED:${event.id}`,
      );
      if (sent) noticeIds.push(sent.id);
    }
  });
  await deliverNotices(ctx, ctx.em, noticeIds);
  return view(ctx, found.followUp.id);
}

// ─── 三方见面 ──────────────────────────────────────────────────────────────────────────────────

/** Has a look-back found the item unsatisfactory, with no satisfied verdict or close since? */
async function stillUnsatisfactory(em: EntityManager, item: FollowUp): Promise<boolean> {
  if (item.status === 'CLOSED' || item.status === 'DRAFT' || item.status === 'EVALUATING') return false;
  return (await em.count(FollowUpEvent, { followUp: item.id, action: verbAction.evaluateUnsatisfied })) > 0;
}

/**
 * 三方见面: after an unsatisfied look-back, staff record the meeting of 提、督、办 (each side present)
 * and decide: the second handling goes on, or the item closes (调处办结). The public timeline shows
 * the date, outcome and decision; participants and minutes stay with the item's readers.
 */
export async function recordMediation(ctx: FollowUpScope, input: MediationInput): Promise<FollowUpType> {
  assertStaff(ctx);
  const heldOn = pastDay('heldOn', input.heldOn);
  const outcome = required('outcome', input.outcome, 'Write what the meeting agreed (调处结果).');
  const participants = input.participants.map((p, index) => ({
    name: required(`participants.${index}.name`, p.name, `Write the name of participant ${index + 1}.`),
    side: p.side,
  }));
  const missing = mediationSides.filter((side) => !participants.some((p) => p.side === side));
  if (missing.length)
    throw badInput(
      'participants',
      `A 三方见面 needs each side present; add someone for ${missing.map((s: MediationSide) => mediationSideNames[s]).join('、')}.`,
    );
  await ctx.em.transactional(async (em) => {
    const item = await lockItem(em, ctx.viewer, input.id);
    if (!(await stillUnsatisfactory(em, item)))
      throw new DomainError(
        'INVALID_PHASE',
        'A 三方见面 is recorded after a look-back (回头看) found the item unsatisfactory and before it is closed.',
        { status: item.status },
      );
    const note = `${dayWords(heldOn)}召开提、督、办三方见面会：${outcome}（${mediationDecisionNames[input.decision]}）`;
    const event = appendEvent(em, item, FollowUpAction.MEDIATION, ctx.viewer, { note });
    await attachEvidence(em, ctx.viewer, event, input.minutesIds, 'minutesIds');
    em.create(Mediation, {
      followUp: item,
      event,
      handlingRound: item.handlingRound,
      heldOn,
      participants,
      outcome,
      decision: input.decision,
      recordedById: ctx.viewer.account!.id,
    });
    if (input.decision === 'CLOSE') {
      item.status = nextFollowUpStatus(item.status, 'settle');
      item.closedAt = new Date();
      appendEvent(em, item, verbAction.settle, ctx.viewer, { note: '经三方见面调处，事项办结。' });
    }
    recordAudit(
      em,
      ctx.viewer,
      'followUp.mediation',
      { type: 'FollowUp', id: item.id },
      { heldOn, participants, outcome, decision: input.decision, minutesIds: input.minutesIds },
    );
  });
  return view(ctx, input.id);
}

// ─── 问责 ──────────────────────────────────────────────────────────────────────────────────────

async function accountable(em: EntityManager, viewer: Viewer, id: string): Promise<FollowUp> {
  const item = await lockItem(em, viewer, id);
  if (item.status === 'DRAFT')
    throw new DomainError('INVALID_PHASE', 'Dispatch the item before recording 问责 on it.', { status: item.status });
  return item;
}

/** 问责措施: who (name and post), what measure, issued by whom and when; the timeline names only the measure and date. */
export async function recordAccountabilityMeasure(ctx: Caller, input: AccountabilityMeasureInput): Promise<FollowUpType> {
  assertStaff(ctx);
  const officialName = required('officialName', input.officialName, 'Write the official’s name.');
  const officialPost = required('officialPost', input.officialPost, 'Write the official’s post (职务).');
  const issuedBy = required('issuedBy', input.issuedBy, 'Write who issued the measure.');
  const takenOn = pastDay('issuedOn', input.issuedOn);
  const note = input.note?.trim() || null;
  await ctx.em.transactional(async (em) => {
    const item = await accountable(em, ctx.viewer, input.id);
    const record = em.create(AccountabilityRecord, {
      followUp: item,
      kind: 'MEASURE',
      measure: input.measure,
      officialName,
      officialPost,
      issuedBy,
      takenOn,
      note,
      published: input.published,
      recordedById: ctx.viewer.account!.id,
    });
    appendEvent(em, item, FollowUpAction.ACCOUNTABILITY, ctx.viewer, {
      note: `问责：${measureNames[input.measure]}（${dayWords(takenOn)}）`,
    });
    recordAudit(
      em,
      ctx.viewer,
      'followUp.accountability',
      { type: 'FollowUp', id: item.id },
      { recordId: record.id, measure: input.measure, officialName, officialPost, issuedBy, takenOn, note, published: input.published },
    );
  });
  return view(ctx, input.id);
}

/** 移送: the case goes to 纪检监察, 检察 or 审计 under a 文号; the timeline names only the body and date. */
export async function recordOversightReferral(ctx: Caller, input: OversightReferralInput): Promise<FollowUpType> {
  assertStaff(ctx);
  const referenceNumber = required('referenceNumber', input.referenceNumber, 'Write the referral’s reference number (文号).');
  const takenOn = pastDay('referredOn', input.referredOn);
  const note = input.note?.trim() || null;
  await ctx.em.transactional(async (em) => {
    const item = await accountable(em, ctx.viewer, input.id);
    if (await em.count(AccountabilityRecord, { followUp: item.id, kind: 'REFERRAL', body: input.body, referenceNumber }))
      throw new DomainError('CONFLICT', `This item was already referred to ${bodyNames[input.body]} under ${referenceNumber}.`);
    const record = em.create(AccountabilityRecord, {
      followUp: item,
      kind: 'REFERRAL',
      body: input.body,
      referenceNumber,
      takenOn,
      note,
      published: input.published,
      recordedById: ctx.viewer.account!.id,
    });
    appendEvent(em, item, FollowUpAction.REFERRED, ctx.viewer, { note: `移送${bodyNames[input.body]}（${dayWords(takenOn)}）` });
    recordAudit(
      em,
      ctx.viewer,
      'followUp.referral',
      { type: 'FollowUp', id: item.id },
      { recordId: record.id, body: input.body, referenceNumber, takenOn, note, published: input.published },
    );
  });
  return view(ctx, input.id);
}

/** Staff publish (names and 文号 on the public page) or withdraw a record. */
export async function publishAccountability(ctx: Caller, input: PublishAccountabilityInput): Promise<FollowUpType> {
  assertStaff(ctx);
  const found = await ctx.em.fork().findOne(AccountabilityRecord, { id: input.recordId });
  if (!found) throw notFound('The record');
  await ctx.em.transactional(async (em) => {
    const item = await lockItem(em, ctx.viewer, found.followUp.id);
    const record = await em.findOneOrFail(AccountabilityRecord, { id: input.recordId });
    if (record.published === input.published) return;
    record.published = input.published;
    recordAudit(
      em,
      ctx.viewer,
      input.published ? 'followUp.publishAccountability' : 'followUp.withdrawAccountability',
      { type: 'FollowUp', id: item.id },
      { recordId: record.id, kind: record.kind },
    );
  });
  return view(ctx, found.followUp.id);
}

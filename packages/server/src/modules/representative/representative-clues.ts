import type { FilterQuery } from '@mikro-orm/core';
import { badInput, DomainError, notFound } from '../../graphql/errors.js';
import { findPage, type PageArgs } from '../../graphql/pagination.js';
import type { Caller, Scope } from '../../scope.js';
import { recordAudit } from '../audit/audit.service.js';
import { auditClue } from '../clue/clue-audit.js';
import { searchWhere } from '../clue/clue.board.js';
import { Clue } from '../clue/clue.entity.js';
import { nextClueStatus, type ClueStatus } from '../clue/clue-status.js';
import type { ClueType } from '../clue/clue.type.js';
import { clueView, getClue, photosByClue } from '../clue/clue.views.js';
import { getDepartment } from '../department/department.service.js';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import { appendEvent, FollowUpAction } from '../follow-up/follow-up-timeline.js';
import { dispatchItem } from '../follow-up/follow-up.transitions.js';
import { deliverNotices } from '../follow-up/notices.js';
import type { Notifier } from '../follow-up/notifier.js';
import { assertActive, myRepresentative } from './representative.access.js';
import { Representative } from './representative.entity.js';
import type { RepresentativeDispatchInput } from './representative.inputs.js';
import type { RepresentativeInboxClue } from './representative.type.js';

// A representative's inbox (码上提): the clues addressed to them, their public replies (码上答),
// forwarding to staff as a question candidate, and 代表下单 (a follow-up item dispatched at once).

/** Inbox views in a fixed number of queries. */
async function inboxViews(ctx: Caller, clues: Clue[]): Promise<RepresentativeInboxClue[]> {
  await ctx.em.populate(clues, ['category']);
  const ids = clues.map((c) => c.id);
  const [photos, items] = await Promise.all([
    photosByClue(ctx.em, ids),
    ids.length ? ctx.em.find(FollowUp, { sourceClue: { $in: ids } }, { orderBy: { createdAt: 'asc' } }) : [],
  ]);
  const itemOf = new Map<string, string>();
  for (const item of items) if (!itemOf.has(item.sourceClue!.id)) itemOf.set(item.sourceClue!.id, item.id);
  return clues.map((clue) => ({
    id: clue.id,
    trackingCode: clue.trackingCode,
    title: clue.title,
    description: clue.description,
    category: clue.category.code,
    categoryName: clue.category.name,
    location: clue.location ?? null,
    submitterName: clue.anonymous ? null : (clue.submitterName ?? null),
    anonymous: clue.anonymous,
    status: clue.status,
    publicReply: clue.publicReply ?? null,
    repliedAt: clue.repliedAt ?? null,
    forwardedAt: clue.forwardedAt ?? null,
    followUpId: itemOf.get(clue.id) ?? null,
    photoUrls: (photos.get(clue.id) ?? []).map((p) => p.url),
    createdAt: clue.createdAt,
  }));
}

/** The representative's own clues, newest first. */
export async function representativeInbox(ctx: Caller, args: PageArgs & { status?: ClueStatus | null }) {
  const me = await myRepresentative(ctx);
  const where: FilterQuery<Clue> = {
    $and: [{ representative: me.id, ...(args.status ? { status: args.status } : {}) }, searchWhere(args.search)],
  };
  const page = await findPage(ctx.em, Clue, { where, orderBy: { createdAt: 'desc', id: 'desc' }, args }, (c) => c);
  return { ...page, nodes: await inboxViews(ctx, page.nodes) };
}

/** A clue of the caller's, locked for the transaction: NOT_FOUND when unknown, FORBIDDEN when another's. */
async function ownClue(ctx: Caller, em: Caller['em'], clueId: string): Promise<{ clue: Clue; me: Representative }> {
  const me = await myRepresentative(ctx, em);
  const clue = await getClue(em, clueId, true);
  if (clue.representative?.id !== me.id) throw new DomainError('FORBIDDEN', 'This clue is addressed to another representative.');
  return { clue, me };
}

function assertSubmitted(clue: Clue, what: string): void {
  if (clue.status !== 'SUBMITTED')
    throw new DomainError('INVALID_PHASE', `${what} only a clue nobody has handled yet; this one is ${clue.status}.`, {
      status: clue.status,
    });
}

async function inboxClue(ctx: Caller, id: string): Promise<RepresentativeInboxClue> {
  const em = ctx.em.fork();
  return (await inboxViews({ ...ctx, em }, [await getClue(em, id)]))[0]!;
}

/** 码上答: the representative's public reply, shown on the tracking page as theirs; allowed in any status. */
export async function replyAsRepresentative(ctx: Caller, clueId: string, reply: string): Promise<RepresentativeInboxClue> {
  const text = reply.trim();
  if (!text) throw badInput('reply', 'Write the reply.');
  if ([...text].length > 2000) throw badInput('reply', 'Keep the reply within 2,000 characters.');
  await ctx.em.transactional(async (em) => {
    const { clue, me } = await ownClue(ctx, em, clueId);
    em.assign(clue, { publicReply: text, repliedAt: new Date(), replyRepresentative: me });
    auditClue(em, ctx.viewer, 'clue.reply', clue.id, { reply: text, representativeId: me.id, by: `人大代表 ${me.name}` });
  });
  return inboxClue(ctx, clueId);
}

/** Forwards a new clue to staff as a 问政 question candidate; the triage board shows (and filters) it. */
export async function forwardToStaff(ctx: Caller, clueId: string, note: string | null | undefined): Promise<RepresentativeInboxClue> {
  const text = note?.trim() || null;
  if (text && [...text].length > 500) throw badInput('note', 'Keep the note within 500 characters.');
  await ctx.em.transactional(async (em) => {
    const { clue, me } = await ownClue(ctx, em, clueId);
    assertSubmitted(clue, 'You can forward');
    if (clue.forwardedAt)
      throw new DomainError('INVALID_PHASE', 'This clue was already forwarded to staff.', {
        status: clue.status,
        forwardedAt: clue.forwardedAt,
      });
    em.assign(clue, { forwardedAt: new Date(), forwardNote: text });
    recordAudit(em, ctx.viewer, 'representative.forwardClue', { type: 'Clue', id: clue.id }, { representativeId: me.id, note: text });
  });
  return inboxClue(ctx, clueId);
}

/**
 * 代表下单: the clue is REFERRED to the department and an item is created and DISPATCHED at once,
 * with the representative as its supervisor; the department accepts or returns it as any other.
 */
export async function dispatchAsRepresentative(
  ctx: Scope<{ notifier: Notifier }>,
  input: RepresentativeDispatchInput,
): Promise<RepresentativeInboxClue> {
  const commitment = input.commitment.trim();
  if (!commitment) throw badInput('commitment', 'Write what the department is to do.');
  if (input.deadline.getTime() <= Date.now()) throw badInput('deadline', 'Choose a deadline in the future.');
  const noticeIds: string[] = [];
  await ctx.em.transactional(async (em) => {
    const { clue, me } = await ownClue(ctx, em, input.clueId);
    assertSubmitted(clue, 'You can dispatch');
    const department = await getDepartment({ em, viewer: ctx.viewer }, input.departmentId);
    clue.status = nextClueStatus(clue.status, 'refer');
    clue.department = department;
    auditClue(em, ctx.viewer, 'clue.refer', clue.id, {
      departmentId: department.id,
      departmentName: department.name,
      note: `人大代表 ${me.name} 代表下单`,
      representativeId: me.id,
    });
    const item = em.create(FollowUp, {
      title: clue.title,
      commitment,
      deadline: input.deadline,
      department,
      sourceClue: clue,
      requestedBy: me,
    });
    item.supervisors.set([me]);
    appendEvent(em, item, FollowUpAction.CREATED, ctx.viewer, { note: `人大代表 ${me.name} 代表下单` });
    recordAudit(em, ctx.viewer, 'followUp.createFromClue', { type: 'FollowUp', id: item.id }, { clueId: clue.id, representativeId: me.id });
    await em.flush(); // the notice is written with SQL of its own, naming the item
    const notice = await dispatchItem(em, ctx.viewer, item);
    if (notice) noticeIds.push(notice);
  });
  await deliverNotices(ctx, ctx.em, noticeIds);
  return inboxClue(ctx, input.clueId);
}

/** Staff address a clue to another representative, or to none. */
export async function reassignClueRepresentative(
  ctx: Caller,
  clueId: string,
  representativeId: string | null | undefined,
): Promise<ClueType> {
  const clue = await ctx.em.transactional(async (em) => {
    const clue = await getClue(em, clueId, true);
    const to = representativeId ? await em.findOne(Representative, { id: representativeId }) : null;
    if (representativeId && !to) throw notFound('The representative');
    if (to) assertActive(to);
    const from = clue.representative?.id ?? null;
    clue.representative = to;
    recordAudit(em, ctx.viewer, 'representative.reassignClue', { type: 'Clue', id: clue.id }, { from, to: to?.id ?? null });
    return clue;
  });
  return clueView(ctx.em, clue);
}

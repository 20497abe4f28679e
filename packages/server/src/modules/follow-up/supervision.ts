import { badInput, DomainError, notFound } from '../../graphql/errors.js';
import { containsPattern, findPage, type PageArgs } from '../../graphql/pagination.js';
import type { Caller } from '../../scope.js';
import { recordAudit } from '../audit/audit.service.js';
import { Representative } from '../representative/representative.entity.js';
import { assertActive, myRepresentative, representativeScope } from '../representative/representative.access.js';
import { FollowUpScore, scoreNames, type RepresentativeScore } from './follow-up-score.entity.js';
import { getItem, isAdmin, supervises, lockItem } from './follow-up.access.js';
import { appendEvent, FollowUpAction } from './follow-up-timeline.js';
import type { FollowUpType } from './follow-up.type.js';
import { followUpViews } from './follow-up.views.js';
import { FollowUp } from './follow-up.entity.js';

// 领办督办: staff assign supervising representatives to an item; a supervisor reads it, comments on
// it and, once the department has reported, scores the report (代表打分).

async function view(ctx: Caller, id: string): Promise<FollowUpType> {
  const fresh = ctx.em.fork();
  return (await followUpViews(fresh, ctx.viewer, [await getItem(fresh, id)]))[0]!;
}

/** Replaces an item's supervisors; only active representatives may be assigned. */
export async function assignSupervisors(ctx: Caller, followUpId: string, representativeIds: string[]): Promise<FollowUpType> {
  const ids = [...new Set(representativeIds)];
  if (ids.length > 20) throw badInput('representativeIds', 'Assign at most 20 supervising representatives.');
  await ctx.em.transactional(async (em) => {
    const item = await lockItem(em, ctx.viewer, followUpId);
    await em.populate(item, ['supervisors']);
    const chosen = ids.length ? await em.find(Representative, { id: { $in: ids } }) : [];
    if (chosen.length !== ids.length) throw notFound('A representative');
    const before = new Set(item.supervisors.getItems().map((r) => r.id));
    // Someone already supervising may stay even if deactivated since; a newly assigned one must be active.
    for (const r of chosen) if (!before.has(r.id)) assertActive(r);
    item.supervisors.set(chosen);
    const added = chosen.filter((r) => !before.has(r.id)).map((r) => r.name);
    const removed = [...before].filter((id) => !ids.includes(id));
    recordAudit(
      em,
      ctx.viewer,
      before.size ? 'followUp.reassignSupervisors' : 'followUp.assignSupervisors',
      { type: 'FollowUp', id: item.id },
      {
        representativeIds: ids,
        added,
        removed,
      },
    );
  });
  return view(ctx, followUpId);
}

/** May the caller act on the item as its supervisor (or as staff, where `staffToo`)? */
function assertSupervises(ctx: Caller, item: FollowUp, staffToo: boolean): void {
  if (staffToo && isAdmin(ctx.viewer)) return;
  if (!supervises(ctx.viewer, item)) throw new DomainError('FORBIDDEN', 'You do not supervise this item.');
  if (item.status === 'DRAFT') throw new DomainError('FORBIDDEN', 'You do not supervise this item.');
}

/** A supervisor's (or staff's) comment: a step of the timeline. */
export async function commentOnFollowUp(ctx: Caller, id: string, note: string): Promise<FollowUpType> {
  const text = note.trim();
  if (!text) throw badInput('note', 'Write the comment.');
  await ctx.em.transactional(async (em) => {
    const item = await lockItem(em, ctx.viewer, id);
    await em.populate(item, ['supervisors']);
    assertSupervises(ctx, item, true);
    const me = await representativeScope(ctx, em);
    appendEvent(em, item, FollowUpAction.COMMENTED, ctx.viewer, { note: me ? `人大代表 ${me.name}：${text}` : text });
    recordAudit(em, ctx.viewer, 'followUp.comment', { type: 'FollowUp', id: item.id }, { note: text });
  });
  return view(ctx, id);
}

/** 代表打分: once the department has reported; one per representative per handling round (a new one replaces theirs). */
export async function scoreFollowUp(
  ctx: Caller,
  input: { id: string; score: RepresentativeScore; note?: string | null },
): Promise<FollowUpType> {
  const note = input.note?.trim() || null;
  await ctx.em.transactional(async (em) => {
    const item = await lockItem(em, ctx.viewer, input.id);
    await em.populate(item, ['supervisors']);
    assertSupervises(ctx, item, false);
    if (item.status !== 'REPORTED')
      throw new DomainError('INVALID_PHASE', 'Score an item once its department has reported and before staff decide.', {
        status: item.status,
      });
    const me = await myRepresentative(ctx, em);
    const existing = await em.findOne(FollowUpScore, { followUp: item.id, representative: me.id, handlingRound: item.handlingRound });
    if (existing) em.assign(existing, { score: input.score, note, at: new Date() });
    else em.create(FollowUpScore, { followUp: item, representative: me, score: input.score, note, handlingRound: item.handlingRound });
    appendEvent(em, item, FollowUpAction.SCORED, ctx.viewer, {
      note: `人大代表 ${me.name}：${scoreNames[input.score]}${note ? `（${note}）` : ''}`,
    });
    recordAudit(
      em,
      ctx.viewer,
      'followUp.score',
      { type: 'FollowUp', id: item.id },
      { score: input.score, note, replaced: Boolean(existing) },
    );
  });
  return view(ctx, input.id);
}

/** The items a representative supervises (once dispatched), soonest deadline first. */
export async function listSupervisedFollowUps(ctx: Caller, args: PageArgs) {
  const me = await myRepresentative(ctx);
  const where = {
    $and: [
      { supervisors: me.id, status: { $ne: 'DRAFT' as const } },
      args.search?.trim() ? { title: { $ilike: containsPattern(args.search) } } : {},
    ],
  };
  const page = await findPage(ctx.em, FollowUp, { where, orderBy: { deadline: 'asc', id: 'asc' }, args }, (item) => item);
  return { ...page, nodes: await followUpViews(ctx.em, ctx.viewer, page.nodes) };
}

/** "代表打分：满意 n，基本满意 n，不满意 n" of an item's current handling round, or null without scores. */
export async function scoreSummary(em: Caller['em'], item: FollowUp): Promise<string | null> {
  const scores = await em.find(FollowUpScore, { followUp: item.id, handlingRound: item.handlingRound });
  if (scores.length === 0) return null;
  const count = (s: RepresentativeScore) => scores.filter((x) => x.score === s).length;
  return `代表打分：满意 ${count('SATISFIED')}，基本满意 ${count('BASICALLY_SATISFIED')}，不满意 ${count('UNSATISFIED')}`;
}

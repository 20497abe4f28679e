import type { Caller } from '../../scope.js';
import { badInput, DomainError } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { activeCommittee } from '../committee/committee.service.js';
import { FollowUp } from './follow-up.entity.js';
import { getItem, lockItem } from './follow-up.access.js';
import { appendEvent, FollowUpAction } from './follow-up-timeline.js';
import type { FollowUpType } from './follow-up.type.js';
import { followUpViews } from './follow-up.views.js';

/** The timeline's words for an ownership change, old → new. */
export function committeeChangeNote(before: string | null, after: string | null): string {
  if (before && after) return `督办委室由${before}调整为${after}`;
  if (after) return `确定由${after}督办`;
  return `不再由${before}督办`;
}

/**
 * Staff give an item (with its sub-items) to a supervising committee, move it to another, or take
 * it from one (null). The timeline records who, when and old → new; a committee's staff may move
 * only their own committee's items and items no committee owns.
 */
export async function setFollowUpCommittee(
  ctx: Caller,
  input: { id: string; committeeId?: string | null; reason?: string | null },
): Promise<FollowUpType> {
  await ctx.em.transactional(async (em) => {
    const item = await lockItem(em, ctx.viewer, input.id);
    if (item.parent) throw new DomainError('INVALID_PHASE', 'A sub-item follows its parent’s committee; set it on the parent item.');
    await em.populate(item, ['committee']);
    const before = item.committee ?? null;
    const after = input.committeeId ? await activeCommittee({ em, viewer: ctx.viewer }, input.committeeId, 'committeeId') : null;
    if ((before?.id ?? null) === (after?.id ?? null))
      throw badInput('committeeId', after ? `${after.name} already supervises this item.` : 'No committee supervises this item.');
    item.committee = after;
    const children = await em.find(FollowUp, { parent: item.id });
    for (const child of children) child.committee = after;
    const reason = input.reason?.trim() || null;
    const note = committeeChangeNote(before?.name ?? null, after?.name ?? null);
    appendEvent(em, item, FollowUpAction.COMMITTEE_CHANGED, ctx.viewer, { note: reason ? `${note}：${reason}` : note });
    recordAudit(
      em,
      ctx.viewer,
      'followUp.setCommittee',
      { type: 'FollowUp', id: item.id },
      { before: before?.id ?? null, after: after?.id ?? null, reason },
    );
  });
  const fresh = ctx.em.fork();
  return (await followUpViews(fresh, ctx.viewer, [await getItem(fresh, input.id)]))[0]!;
}

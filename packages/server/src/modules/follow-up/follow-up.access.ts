import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { DomainError, notFound } from '../../graphql/errors.js';
import { Role } from '../account/role.js';
import type { Viewer } from '../auth/viewer.js';
import { FollowUp } from './follow-up.entity.js';
import { followUpTransitions, type FollowUpVerb } from './follow-up-status.js';

export const isAdmin = (viewer: Viewer) => viewer.account?.role === Role.ADMIN;

/** A department leads an item (its department) or, as a helper, also co-handles it. Needs `coDepartments` loaded for helpers. */
function handles(viewer: Viewer, item: FollowUp, as: 'lead' | 'helper'): boolean {
  const mine = viewer.account?.departmentId;
  if (!mine) return false;
  return item.department.id === mine || (as === 'helper' && item.coDepartments.getItems().some((d) => d.id === mine));
}

/** A representative supervises an item (领办督办). Needs `supervisors` loaded; when they are not, nobody does. */
export function supervises(viewer: Viewer, item: FollowUp): boolean {
  const account = viewer.account;
  if (account?.role !== Role.REPRESENTATIVE || !item.supervisors.isInitialized()) return false;
  return item.supervisors.getItems().some((r) => r.account?.id === account.id);
}

/**
 * The one rule for reading an item, for `followUp(id)` and for every item nested in another's view
 * (sub-items): staff read all; a department its own and co-handled items once dispatched (drafts
 * are staff's business); a representative the items they supervise, once dispatched. Needs
 * `department`, `coDepartments` and `supervisors` loaded.
 */
export function mayRead(viewer: Viewer, item: FollowUp): boolean {
  return isAdmin(viewer) || (item.status !== 'DRAFT' && (handles(viewer, item, 'helper') || supervises(viewer, item)));
}

/** A department account may act on its own items (lead) and, for progress, on the ones it helps with. */
export async function assertMayAct(em: EntityManager, viewer: Viewer, item: FollowUp, as: 'lead' | 'helper'): Promise<void> {
  if (isAdmin(viewer)) return;
  if (as === 'helper') await em.populate(item, ['coDepartments']);
  if (!handles(viewer, item, as)) throw new DomainError('FORBIDDEN', 'This item belongs to another department.');
}

/** Staff verbs are for admins; department verbs for the department (admins may act for it). */
export function assertRole(viewer: Viewer, verb: FollowUpVerb): void {
  const by = followUpTransitions[verb].by;
  if (by === 'STAFF' && !isAdmin(viewer)) throw new DomainError('FORBIDDEN', 'Only congress staff may do this.');
}

/**
 * 专（工）委 staff: an ADMIN bound to a committee acts (urges, decides extensions, reviews, approves,
 * closes, records oversight steps, edits) only on its committee's items and on items no committee
 * owns; reading every item stays open to all staff. Other viewers are not bound to a committee.
 */
export function assertCommitteeScope(viewer: Viewer, item: Pick<FollowUp, 'committee'>): void {
  const mine = viewer.account?.role === Role.ADMIN ? (viewer.account.committeeId ?? null) : null;
  const owner = item.committee?.id ?? null;
  if (mine && owner && owner !== mine)
    throw new DomainError('FORBIDDEN', 'Another committee supervises this item; its staff act on it.', { reason: 'OTHER_COMMITTEE' });
}

/** An item about to change, locked for the transaction, once the viewer may act on it (the committee rule). */
export async function lockItem(em: EntityManager, viewer: Viewer, id: string): Promise<FollowUp> {
  const item = await getItem(em, id, true);
  assertCommitteeScope(viewer, item);
  return item;
}

/** An item with its department, locked for the transaction when it is about to change. */
export async function getItem(em: EntityManager, id: string, lock = false): Promise<FollowUp> {
  const item = await em.findOne(FollowUp, { id }, { populate: ['department'], ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) });
  if (!item) throw notFound('The item');
  return item;
}

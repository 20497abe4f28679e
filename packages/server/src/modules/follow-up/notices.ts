import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { Caller } from '../../scope.js';
import { Role } from '../account/role.js';
import { Notification, type FollowUp } from './follow-up.entity.js';
import type { NotificationType } from './follow-up.type.js';
import type { Notifier } from './notifier.js';

/** What a notice is about; the web app names each kind. */
export type NoticeKind =
  | 'DISPATCHED'
  | 'RETURNED'
  | 'REPORTED'
  | 'SENT_BACK'
  | 'REOPENED'
  | 'OVERDUE'
  | 'DEADLINE_SOON'
  | 'URGED'
  | 'ESCALATED'
  | 'DEADLINE_CHANGED'
  | 'EXTENSION_REQUESTED'
  | 'EXTENSION_APPROVED'
  | 'EXTENSION_REFUSED'
  | 'TEXT_RETURNED'
  | 'SUBMITTER_UNRESOLVED';

/**
 * Records an in-app notice once per key (to the item's department, or to staff) and returns it for
 * the caller to deliver after commit; null when the key was already used.
 */
export async function notify(
  em: EntityManager,
  item: FollowUp,
  kind: NoticeKind,
  message: string,
  key: string,
  toDepartment = true,
): Promise<Notification | null> {
  const rows = await em.execute<{ id: string }[]>(
    'insert into notification (id, dedupe_key, kind, department_id, follow_up_id, message, created_at) values (gen_random_uuid(), ?, ?, ?, ?, ?, now()) on conflict (dedupe_key) do nothing returning id',
    [key, kind, toDepartment ? item.department.id : null, item.id, message],
  );
  return rows.length ? em.getReference(Notification, rows[0]!.id) : null;
}

/** Hands committed notices to the notifier (SMS, email, the log). */
export async function deliverNotices(ctx: { services: { notifier: Notifier } }, em: EntityManager, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const notices = await em.fork().find(Notification, { id: { $in: ids } }, { populate: ['department'] });
  for (const notice of notices)
    await ctx.services.notifier.send({
      kind: notice.kind,
      message: notice.message,
      departmentName: notice.department?.name ?? null,
      followUpId: notice.followUp.id,
    });
}

/** Whose notices the caller reads: a department its own, an admin the staff's. */
function inboxOf(ctx: Caller): { department: string | null } {
  const account = ctx.viewer.account!;
  return account.role === Role.DEPARTMENT ? { department: account.departmentId } : { department: null };
}

/** Notices for the caller: a department's own, or staff notices for admins. */
export async function listNotifications(ctx: Caller, unreadOnly: boolean): Promise<NotificationType[]> {
  const notices = await ctx.em.find(
    Notification,
    { ...inboxOf(ctx), ...(unreadOnly ? { readAt: null } : {}) } as FilterQuery<Notification>,
    { orderBy: { createdAt: 'desc' }, limit: 100 },
  );
  return notices.map((n) => ({
    id: n.id,
    kind: n.kind,
    message: n.message,
    followUpId: n.followUp.id,
    read: n.readAt != null,
    createdAt: n.createdAt,
  }));
}

export async function markNotificationsRead(ctx: Caller, ids: string[]): Promise<number> {
  return ctx.em.nativeUpdate(Notification, { id: { $in: ids }, readAt: null, ...inboxOf(ctx) } as FilterQuery<Notification>, {
    readAt: new Date(),
  });
}

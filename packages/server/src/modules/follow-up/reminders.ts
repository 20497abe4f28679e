import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { Logger } from '../../logger.js';
import { FollowUp } from './follow-up.entity.js';
import { withDepartment } from './follow-up-status.js';
import { runEscalations } from './escalations.js';
import { deliverNotices, notify } from './notices.js';
import type { Notifier } from './notifier.js';

/** What the reminders use: the root entity manager (each run works on a fork) and the notifier. */
interface ReminderServices {
  em: EntityManager;
  notifier: Notifier;
}

const day = 86_400_000;
/** Departments are reminded this long before a deadline. */
export const REMIND_BEFORE_DAYS = 3;

/**
 * Raises deadline reminders and overdue notices. Each notice has a key (item, kind, handling round,
 * deadline) that the database keeps unique, so running twice, or on several instances at once,
 * sends each notice exactly once.
 */
export async function runReminders(services: ReminderServices, now = new Date()): Promise<number> {
  const em = services.em.fork();
  const sent = await em.transactional(async (tx) => {
    const due = await tx.find(
      FollowUp,
      { status: { $in: [...withDepartment] }, deadline: { $lt: new Date(now.getTime() + REMIND_BEFORE_DAYS * day) } },
      // In a fixed order, as the escalations take them: two instances' runs never wait on each other in a circle.
      { populate: ['department'], orderBy: { deadline: 'asc', id: 'asc' } },
    );
    const ids: string[] = [];
    for (const item of due) {
      const date = item.deadline.toISOString().slice(0, 10);
      const key = `${item.id}:${item.handlingRound}:${item.deadline.toISOString()}`;
      const overdue = item.deadline.getTime() < now.getTime();
      const notices = overdue
        ? [
            await notify(tx, item, 'OVERDUE', `“${item.title}”已超过办理期限（${date}），请尽快办理并报送整改报告。`, `${key}:OVERDUE`),
            await notify(
              tx,
              item,
              'OVERDUE',
              `“${item.title}”（${item.department.name}）已逾期（期限 ${date}）。`,
              `${key}:OVERDUE:staff`,
              false,
            ),
          ]
        : [await notify(tx, item, 'DEADLINE_SOON', `“${item.title}”将于 ${date} 到期，请按期报送整改报告。`, `${key}:DEADLINE_SOON`)];
      ids.push(...notices.filter((n) => n !== null).map((n) => n.id));
    }
    return ids;
  });
  await deliverNotices({ services }, em, sent);
  return sent.length;
}

/** Runs the reminders and the escalation ladder every few minutes on every instance (safe: see runReminders and runEscalations). */
export class ReminderJob {
  private readonly timer: NodeJS.Timeout;

  constructor(services: ReminderServices & { logger: Logger }, everyMs = 5 * 60_000) {
    this.timer = setInterval(
      () =>
        void runReminders(services)
          .then(() => runEscalations(services))
          .catch((error) => services.logger.warn({ err: error }, 'reminder run failed')),
      everyMs,
    );
    this.timer.unref();
  }

  close(): void {
    clearInterval(this.timer);
  }
}

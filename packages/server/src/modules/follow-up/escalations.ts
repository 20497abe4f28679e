import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { FollowUp } from './follow-up.entity.js';
import { withDepartment } from './follow-up-status.js';
import { appendEvent, FollowUpAction } from './follow-up-timeline.js';
import { escalationLevels, escalationNames } from './deadline-terms.js';
import { loadLadder } from './deadline-settings.js';
import { issueDocument } from './documents.js';
import { deliverNotices, notify } from './notices.js';
import type { Notifier } from './notifier.js';
import { dateWords, loadCalendar } from './working-days.js';

/**
 * The escalation ladder at work: an item overdue by a rung's working days raises that rung — 催办
 * to the department's head, then staff notices that it goes to the supervising committee and to the
 * 主任会议 — with a step on its timeline. Each rung is raised once per item and handling round: its
 * notice key is unique in the database and the step is written only with a fresh notice, in the same
 * transaction, so runs on several instances at once cannot raise it twice.
 */
export async function runEscalations(services: { em: EntityManager; notifier: Notifier }, now = new Date()): Promise<number> {
  const em = services.em.fork();
  const sent = await em.transactional(async (tx) => {
    const ladder = await loadLadder(tx);
    if (ladder.length === 0) return [];
    const calendar = await loadCalendar(tx);
    const late = await tx.find(
      FollowUp,
      { status: { $in: [...withDepartment] }, deadline: { $lt: now } },
      { populate: ['department', 'committee'], orderBy: { deadline: 'asc', id: 'asc' } }, // one order on every instance: no deadlock between runs
    );
    const ids: string[] = [];
    for (const item of late) {
      const days = calendar.workingDaysLate(item.deadline, now);
      for (const rung of ladder.filter((r) => r.days <= days)) {
        // The committee rung names the committee that owns the item, where one does.
        const step = rung.level === 'COMMITTEE' && item.committee ? `提请${item.committee.name}督办` : escalationNames[rung.level];
        const what = `“${item.title}”（${item.department.name}）逾期 ${rung.days} 个工作日（期限 ${dateWords(item.deadline)}），${step}。`;
        const key = `${item.id}:${item.handlingRound}:ESCALATED:${rung.level}`;
        // The department's head is urged; the committee and the 主任会议 are staff's business.
        const notice = await notify(tx, item, 'ESCALATED', what, key, rung.level === 'URGE');
        if (!notice) continue;
        ids.push(notice.id);
        appendEvent(tx, item, FollowUpAction.ESCALATED, null, { note: what });
        // Its 催办函, once: only a fresh notice (the rung raised now) gets here.
        await issueDocument(tx, item, 'URGE', null, what, now);
        if (!item.escalation || escalationLevels.indexOf(rung.level) > escalationLevels.indexOf(item.escalation))
          item.escalation = rung.level;
      }
    }
    return ids;
  });
  await deliverNotices({ services }, em, sent);
  return sent.length;
}

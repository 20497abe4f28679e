import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { notFound } from '../../graphql/errors.js';
import type { Caller } from '../../scope.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Session } from '../session/session.entity.js';
import { getSession, planSession } from '../session/session.service.js';
import { nextSessionStatus } from '../session/session-status.js';
import { addQuestion } from '../question/question.service.js';
import type { RoundResult } from '../vote/result.js';
import type { VoteRound } from '../vote/vote-round.entity.js';
import { FollowUp, FollowUpEvent } from './follow-up.entity.js';
import type { OpenLookBackInput } from './follow-up.inputs.js';
import { assertCommitteeScope, assertRole } from './follow-up.access.js';
import { defaultDeadline } from './deadline-settings.js';
import { nextFollowUpStatus } from './follow-up-status.js';
import { appendEvent, FollowUpAction, verbAction } from './follow-up-timeline.js';
import type { FollowUpType } from './follow-up.type.js';
import { followUpViews } from './follow-up.views.js';
import { notify } from './notices.js';
import { scoreSummary } from './supervision.js';

/**
 * 回头看: approved items become questions of a look-back session (created here, published, ready
 * for the host console and phones) or of a planned session; each round's result then decides its item.
 */
export async function openLookBack(ctx: Caller, input: OpenLookBackInput): Promise<{ sessionId: string; items: FollowUpType[] }> {
  assertRole(ctx.viewer, 'openEvaluation');
  const result = await ctx.em.transactional(async (em) => {
    const tx = { em, viewer: ctx.viewer };
    const items = await em.find(
      FollowUp,
      { id: { $in: input.followUpIds } },
      { populate: ['department', 'question'], lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (items.length !== new Set(input.followUpIds).size) throw notFound('An item');
    for (const item of items) assertCommitteeScope(ctx.viewer, item);
    let session: Session;
    if (input.sessionId) {
      session = await getSession(tx, { id: input.sessionId });
    } else {
      session = await planSession(
        tx,
        {
          title: input.title?.trim() || `回头看：${items[0]!.title}${items.length > 1 ? ` 等 ${items.length} 项` : ''}`,
          theme: '整改落实情况回头看',
          scheduledAt: input.scheduledAt ?? new Date(),
          settings: input.settings ?? undefined,
        },
        'LOOK_BACK',
      );
      session.status = nextSessionStatus(session.status, 'publish');
    }
    for (const item of items) await presentForLookBack(tx, item, session);
    return { sessionId: session.id, items };
  });
  return { sessionId: result.sessionId, items: await followUpViews(ctx.em, ctx.viewer, result.items) };
}

/** An approved item becomes a question of a not-yet-live look-back session: APPROVED → EVALUATING. */
export async function presentForLookBack(tx: Caller, item: FollowUp, session: Session): Promise<void> {
  item.status = nextFollowUpStatus(item.status, 'openEvaluation');
  // The question goes on air: only a report the public may read (not one waiting for staff review, or returned).
  const latestReport = await tx.em.findOne(
    FollowUpEvent,
    { followUp: item, action: FollowUpAction.REPORTED, $or: [{ review: null }, { review: 'APPROVED' }] },
    { orderBy: { id: 'desc' } },
  );
  await tx.em.populate(item, ['department', 'question']);
  const scores = await scoreSummary(tx.em, item);
  const question = await addQuestion(tx, session.id, {
    title: `回头看：${item.title}`,
    body: `整改承诺：${item.commitment}\n整改报告：${latestReport?.note ?? '—'}${scores ? `\n${scores}` : ''}`,
    questioner: '回头看测评',
    departmentId: item.department.id,
    respondent: item.question?.respondent || item.department.name, // a project has no respondent of its own
  });
  item.evaluationQuestion = question;
  appendEvent(tx.em, item, verbAction.openEvaluation, tx.viewer, { note: session.title });
  recordAudit(tx.em, tx.viewer, 'followUp.openEvaluation', { type: 'FollowUp', id: item.id }, { sessionId: session.id });
}

/**
 * Called in the transaction that reveals a round's result on air: a look-back (回头看) verdict takes
 * effect only now, so no public or department view learns it before the broadcast does. Exactly
 * once, because a round is revealed once. Returns the notices to deliver after commit.
 */
export async function onRoundRevealed(em: EntityManager, round: VoteRound): Promise<string[]> {
  const evaluated = await em.findOne(
    FollowUp,
    { evaluationQuestion: round.question.id, status: 'EVALUATING' },
    { populate: ['department'] },
  );
  return evaluated && round.result ? evaluate(em, evaluated, round.result) : [];
}

/** 回头看 decided: satisfied closes the item; unsatisfied records a notice (情况通报) and reopens it for 二次办理. */
async function evaluate(em: EntityManager, item: FollowUp, result: RoundResult): Promise<string[]> {
  const rate = result.composite === null ? '—' : `${result.composite}%`;
  if (result.outcome === 'SATISFIED') {
    item.status = nextFollowUpStatus(item.status, 'evaluateSatisfied');
    item.closedAt = new Date();
    appendEvent(em, item, verbAction.evaluateSatisfied, null, { note: `回头看测评满意率 ${rate}，事项办结。` });
    return [];
  }
  if (result.outcome === 'NO_VOTES') {
    item.status = nextFollowUpStatus(item.status, 'voidEvaluation');
    appendEvent(em, item, verbAction.voidEvaluation, null, { note: '回头看测评无有效票，待重新组织测评。' });
    return [];
  }
  const notice = `情况通报：“${item.title}”回头看测评满意率 ${rate}，低于 ${result.threshold}%，测评结果为不满意。责成${item.department.name}进行二次办理，并于新期限前报送整改报告。`;
  appendEvent(em, item, FollowUpAction.NOTICE, null, { note: notice });
  item.handlingRound += 1;
  item.deadline = await defaultDeadline(em, 'REOPEN');
  item.escalation = null; // a new handling round climbs the ladder afresh
  item.status = nextFollowUpStatus(item.status, 'evaluateUnsatisfied');
  item.progress = 0;
  appendEvent(em, item, verbAction.evaluateUnsatisfied, null, { deadline: item.deadline, note: `第 ${item.handlingRound} 次办理` });
  const sent = await notify(em, item, 'REOPENED', notice, `${item.id}:REOPENED:${item.handlingRound}`);
  return sent ? [sent.id] : [];
}

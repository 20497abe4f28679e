import { DomainError } from '../../graphql/errors.js';
import type { Scope } from '../../scope.js';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import { FollowUpAction, appendEvent } from '../follow-up/follow-up-timeline.js';
import { deliverNotices, notify } from '../follow-up/notices.js';
import type { Notifier } from '../follow-up/notifier.js';
import { auditClue } from './clue-audit.js';
import type { ClueGuards } from './clue-guards.js';
import type { ClueVerdictInput } from './clue.inputs.js';
import { Clue } from './clue.entity.js';
import { trackClue, normalizeTrackingCode } from './clue.tracking.js';
import type { ClueTracking } from './clue.type.js';

type VerdictScope = Scope<{ clueGuards: ClueGuards; notifier: Notifier }> & { ip: string };

/**
 * 解决率: whoever holds the tracking code says whether the problem is actually solved, once a
 * follow-up item from the clue is closed. The latest word stands and every word is audited (and on
 * the clue's timeline). 未解决 raises each closed item for staff review: a step on its timeline and a
 * notice to staff, once per item and handling round.
 */
export async function giveClueVerdict(ctx: VerdictScope, input: ClueVerdictInput): Promise<ClueTracking> {
  await ctx.services.clueGuards.limit('trackPerAddress', ctx.ip);
  const trackingCode = normalizeTrackingCode(input.code);
  const comment = input.comment?.trim() || null;
  const raised = await ctx.em.transactional(async (tx) => {
    const clue = await tx.findOne(Clue, { trackingCode });
    if (!clue) throw new DomainError('NOT_FOUND', 'No clue has this tracking code; check it and try again.');
    const closed = await tx.find(
      FollowUp,
      {
        $and: [
          { $or: [{ sourceClue: clue.id }, ...(clue.question ? [{ question: clue.question.id }] : [])] },
          { parent: null, status: 'CLOSED' },
        ],
      },
      { populate: ['department'] },
    );
    if (closed.length === 0)
      throw new DomainError('VERDICT_NOT_OPEN', 'You can say whether the problem is solved once its follow-up is closed (办结).');
    clue.verdict = input.verdict;
    clue.verdictComment = comment;
    clue.verdictAt = new Date();
    auditClue(tx, ctx.viewer, 'clue.verdict', clue.id, { verdict: input.verdict, comment });
    if (input.verdict === 'RESOLVED') return [];
    const notices = [];
    for (const item of closed) {
      appendEvent(tx, item, FollowUpAction.SUBMITTER_UNRESOLVED, null, { note: comment });
      notices.push(
        await notify(
          tx,
          item,
          'SUBMITTER_UNRESOLVED',
          `“${item.title}”（${item.department.name}）已办结，但反映人表示问题未解决${comment ? `：${comment}` : '。'}请复核。`,
          `${item.id}:${item.handlingRound}:UNRESOLVED:${clue.id}`,
          false,
        ),
      );
    }
    return notices.filter((n) => n !== null).map((n) => n.id);
  });
  await deliverNotices(ctx, ctx.em, raised);
  return trackClue(ctx, trackingCode);
}

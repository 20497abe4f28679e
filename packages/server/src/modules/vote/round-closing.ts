import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { PubSub } from '../../graphql/pubsub.js';
import { recordAudit } from '../audit/audit.service.js';
import { anonymous } from '../auth/viewer.js';
import { onRoundClosed } from '../follow-up/follow-up.drafts.js';
import { nextPhase } from '../question/question-phase.js';
import { announceLiveState } from '../session/session.service.js';
import { countBallots } from './ballot-counts.js';
import { mixBallots } from './ballot-mixing.js';
import { computeResult, type RoundResult } from './result.js';
import { roundTransitions } from './round-status.js';
import { VoteRound } from './vote-round.entity.js';

/**
 * Closes a round whose windows have passed: counts its ballots from the database, stores the result
 * once (never changed after) and closes the question. Safe to call from any instance, any number of
 * times: the conditional update lets exactly one of them close it.
 */
export async function finalizeRound(deps: { em: EntityManager; pubsub: PubSub }, roundId: string): Promise<RoundResult | null> {
  const em = deps.em.fork();
  const { from, to } = roundTransitions.close;
  const closed = await em.transactional(async (tx) => {
    const rows = await tx.execute<{ id: string }[]>(
      `update vote_round set status = ?, closed_at = now() where id = ? and status in (?) and online_closes_at <= now() and studio_closes_at <= now() returning id`,
      [to, roundId, [...from]],
    );
    if (rows.length === 0) return null;
    // Loaded after the update: already CLOSED.
    const round = await tx.findOneOrFail(VoteRound, { id: roundId }, { populate: ['question', 'session'] });
    await mixBallots(tx, roundId);
    round.result = computeResult((await countBallots(tx, roundId)).counts, round.settings, round.session.studioElectorate, round.ballot);
    round.closedAt = new Date();
    round.question.phase = nextPhase(round.question.phase, 'closeVoting');
    round.session.stateVersion += 1;
    recordAudit(tx, anonymous, 'round.close', { type: 'VoteRound', id: roundId }, { result: round.result });
    await onRoundClosed(tx, round, round.result);
    return { sessionId: round.session.id, result: round.result };
  });
  if (!closed) return null;
  deps.pubsub.publish('ROUND_CLOSED', { roundId });
  await announceLiveState(em, deps.pubsub, closed.sessionId);
  return closed.result;
}

import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';

/**
 * While a round is open, a vote's register row and its ballot are written by the same batch, so a
 * database reader could pair them by transaction id (xmin) or by their order on disk. When the round
 * closes, in the closing transaction, every ballot of the round is written anew in random order (new
 * ids) and every register row is rewritten with one coarse time, the round's opening: afterwards all
 * of the round's rows carry the closing transaction's id, and neither order nor time nor transaction
 * pairs a voter with a choice. The counts are unchanged.
 */
export async function mixBallots(em: EntityManager, roundId: string): Promise<void> {
  await em.execute(
    `with old as (delete from ballot where round_id = ? returning channel, choice)
     insert into ballot (round_id, channel, choice) select ?, channel, choice from old order by random()`,
    [roundId, roundId],
  );
  await em.execute(`update vote_register set at = (select studio_opens_at from vote_round where id = ?) where round_id = ?`, [
    roundId,
    roundId,
  ]);
}

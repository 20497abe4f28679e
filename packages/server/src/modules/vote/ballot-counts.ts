import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { Channel, Choice } from './choice.js';
import { emptyCounts, type Counts } from './result.js';

/** A round's votes as the database has them: the source of truth every live tally is checked against. */
export async function countBallots(em: EntityManager, roundId: string): Promise<Counts> {
  const rows = await em.execute<{ channel: Channel; choice: Choice; count: string | number }[]>(
      'select channel, choice, count(*) as count from ballot where round_id = ? group by channel, choice',
      [roundId],
    );
  const counts = emptyCounts();
  for (const row of rows) counts[row.channel as Channel][row.choice as Choice] = Number(row.count);
  return counts;
}

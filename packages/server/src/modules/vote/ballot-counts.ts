import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { Channel } from './choice.js';
import { emptyCounts, type Counts } from './result.js';

/** A round's votes as the database has them, and the snapshot they were counted in. */
export interface BallotCount {
  counts: Counts;
  /** `pg_current_snapshot()`: tells which vote batches (by transaction id) the counts include. */
  snapshot: string;
}

/** The source of truth every live tally starts from and is checked against. */
export async function countBallots(em: EntityManager, roundId: string): Promise<BallotCount> {
  // One statement, so the counts and the snapshot describe the same moment.
  const rows = await em.execute<{ snapshot: string; channel: Channel | null; choice: string | null; count: string | number | null }[]>(
    `select s.snapshot, b.channel, b.choice, b.count
     from (select pg_current_snapshot()::text as snapshot) s
     left join (select channel, choice, count(*) as count from ballot where round_id = ? group by channel, choice) b on true`,
    [roundId],
  );
  const counts = emptyCounts();
  for (const row of rows) if (row.channel && row.choice !== null) counts[row.channel][row.choice] = Number(row.count);
  return { counts, snapshot: rows[0]!.snapshot };
}

/** Whether transaction `xid` had committed when `snapshot` (xmin:xmax:xip,…) was taken. */
export function committedBefore(xid: string, snapshot: string): boolean {
  const [xmin, xmax, inProgress] = snapshot.split(':');
  const id = BigInt(xid);
  if (id < BigInt(xmin!)) return true;
  if (id >= BigInt(xmax!)) return false;
  return !(inProgress ?? '')
    .split(',')
    .filter(Boolean)
    .some((x) => BigInt(x) === id);
}

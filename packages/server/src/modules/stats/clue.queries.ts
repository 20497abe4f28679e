// Clue volumes by category and triage outcome (see stats-sql.ts).
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { ClueCategory, ClueStatus } from '../clue/clue-status.js';
import { Conditions, type CountScope } from './stats-sql.js';

/** Clues received in the period (or for one session), by category and by status. */
export async function clueCounts(
  em: EntityManager,
  scope: Pick<CountScope, 'from' | 'to'>,
  sessionId?: string | null,
): Promise<{
  byCategory: { category: ClueCategory; count: number }[];
  byStatus: { status: ClueStatus; count: number; published: number }[];
}> {
  const where = new Conditions().period('created_at', scope);
  if (sessionId) where.add('session_id = ?::uuid', sessionId);
  const [byCategory, byStatus] = await Promise.all([
    em.execute<{ category: ClueCategory; count: number }[]>(
      `select category, count(*)::int as count from clue where ${where.sql} group by category order by count desc, category`,
      where.params,
    ),
    em.execute<{ status: ClueStatus; count: number; published: number }[]>(
      `select status, count(*)::int as count, (count(*) filter (where published))::int as published from clue where ${where.sql} group by status order by status`,
      where.params,
    ),
  ]);
  return { byCategory, byStatus };
}

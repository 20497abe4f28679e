// Clue volumes by category and triage outcome (see stats-sql.ts).
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { categoryCountsSql } from '../clue/clue-category.service.js';
import type { ClueStatus } from '../clue/clue-status.js';
import type { ClueCategoryCount } from '../clue/clue.type.js';
import { Conditions, type CountScope } from './stats-sql.js';

/** Clues received in the period (or for one session), by category and by status. */
export async function clueCounts(
  em: EntityManager,
  scope: Pick<CountScope, 'from' | 'to'>,
  sessionId?: string | null,
): Promise<{
  byCategory: ClueCategoryCount[];
  byStatus: { status: ClueStatus; count: number; published: number }[];
}> {
  const where = new Conditions().period('created_at', scope);
  if (sessionId) where.add('session_id = ?::uuid', sessionId);
  const [byCategory, byStatus] = await Promise.all([
    em.execute<ClueCategoryCount[]>(categoryCountsSql(`where ${where.sql}`), where.params),
    em.execute<{ status: ClueStatus; count: number; published: number }[]>(
      `select status, count(*)::int as count, (count(*) filter (where published))::int as published from clue where ${where.sql} group by status order by status`,
      where.params,
    ),
  ]);
  return { byCategory, byStatus };
}

import { IsolationLevel } from '@mikro-orm/core';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';

/**
 * Runs `read` in one snapshot of the database (a read-only, repeatable-read transaction on a fresh
 * fork): what it reads was all true at one moment. Reads side by side on separate connections are
 * not: a change committed between them shows in some and not in others.
 */
export function inOneSnapshot<T>(em: EntityManager, read: (em: EntityManager) => Promise<T>): Promise<T> {
  return em.fork().transactional(read, { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true });
}

import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { DomainError } from '../graphql/errors.js';

/** Flushes, turning a unique-key violation into CONFLICT: the database, not a prior read, decides. */
export async function flushUnique(em: EntityManager, field: string, message: string): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new DomainError('CONFLICT', message, { field });
    throw error;
  }
}

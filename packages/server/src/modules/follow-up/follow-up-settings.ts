import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { FollowUpSettings } from './oversight.entity.js';

/** Does this deployment hold department notes for staff review before the public sees them? Off unless staff turned it on. */
export async function progressReviewOn(em: EntityManager): Promise<boolean> {
  return (await em.findOne(FollowUpSettings, { id: 1 }))?.progressReview ?? false;
}

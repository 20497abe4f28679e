import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { Viewer } from './modules/auth/viewer.js';

/**
 * What every service function takes: who is calling and their database session. A GraphQL
 * request's context is one; a job or a script builds its own (`{ em: orm.em.fork(), viewer: anonymous }`).
 */
export interface Caller {
  em: EntityManager;
  viewer: Viewer;
}

/**
 * A caller plus the few long-lived services a function uses, each named with its own type:
 * `Scope<{ pubsub: PubSub; config: Config }>`. The GraphQL context satisfies any of them, and a
 * function's signature says exactly what it reaches for.
 */
export type Scope<S extends object = object> = Caller & { services: S };

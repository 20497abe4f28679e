import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Session } from '../session/session.entity.js';

/**
 * Joins refused to one network address for one session in one clock minute, because the address
 * went over its cap (JOINS_PER_MINUTE_PER_ADDRESS): a sign of ballot stuffing, flagged for staff.
 * One row per (address, session, minute), counted up by each further refusal.
 */
export const JoinAnomaly = defineEntity({
  name: 'JoinAnomaly',
  properties: {
    id: p.bigint('string').primary().autoincrement(),
    address: p.string().length(64),
    session: () => p.manyToOne(Session).deleteRule('cascade').index(),
    windowStart: p.datetime(),
    refusedJoins: p.integer(),
    firstRefusedAt: p.datetime(),
    lastRefusedAt: p.datetime().index(),
  },
  uniques: [{ properties: ['address', 'session', 'windowStart'] }],
});
export type JoinAnomaly = InferEntity<typeof JoinAnomaly>;

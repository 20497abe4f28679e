import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Session } from '../session/session.entity.js';
import { VoteRound } from '../vote/vote-round.entity.js';

/** Online passes issued to one network address for one session: volume, not only refusals, for staff to see. */
export const AddressJoins = defineEntity({
  name: 'AddressJoins',
  properties: {
    session: () => p.manyToOne(Session).primary().deleteRule('cascade'),
    address: p.string().length(64).primary(),
    joins: p.integer(),
    firstAt: p.datetime(),
    lastAt: p.datetime(),
  },
});
export type AddressJoins = InferEntity<typeof AddressJoins>;

/** Online ballots counted from one network address in one round; how many, never which. */
export const AddressBallots = defineEntity({
  name: 'AddressBallots',
  properties: {
    round: () => p.manyToOne(VoteRound).primary().deleteRule('cascade'),
    address: p.string().length(64).primary(),
    ballots: p.integer(),
  },
});
export type AddressBallots = InferEntity<typeof AddressBallots>;

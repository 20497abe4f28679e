import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { VoteRound } from './vote-round.entity.js';
import { channels } from './choice.js';

/**
 * Who has voted in a round: one row per (round, voter), which makes a second vote impossible.
 * It holds no choice, so the studio's secret ballot stays secret; `ballotKey` (a hash of the
 * client's ballot id) lets a retried vote get its original answer.
 */
export const VoteRegister = defineEntity({
  name: 'VoteRegister',
  properties: {
    round: () => p.manyToOne(VoteRound).primary().deleteRule('cascade'),
    voterKey: p.string().length(80).primary(),
    ballotKey: p.string().length(64),
    channel: p.enum(channels),
    at: p.datetime().defaultRaw('now()'),
  },
});
export type VoteRegister = InferEntity<typeof VoteRegister>;

/** How a round was voted: one row per counted vote, with no link to the voter. */
export const Ballot = defineEntity({
  name: 'Ballot',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    round: () => p.manyToOne(VoteRound).deleteRule('cascade').index(),
    channel: p.enum(channels),
    /** A Choice, or a CHOOSE_UP_TO_N ballot's picks (see `ballotKey`). */
    choice: p.string().length(200),
  },
});
export type Ballot = InferEntity<typeof Ballot>;

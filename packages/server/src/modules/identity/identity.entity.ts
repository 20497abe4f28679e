import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Session } from '../session/session.entity.js';

/**
 * A one-time SMS code a phone asked for, to prove a mobile number before voting online: one per
 * number and session at a time (a new request replaces it). The number is kept only as a keyed hash
 * (`phoneKey`), the code only as a keyed hash too.
 */
export const VoteCode = defineEntity({
  name: 'VoteCode',
  properties: {
    session: () => p.manyToOne(Session).primary().deleteRule('cascade'),
    phoneKey: p.string().length(64).primary(),
    codeHash: p.string().length(64),
    expiresAt: p.datetime(),
    /** Wrong codes tried against this one; past the limit it is void. */
    tries: p.integer().default(0),
    sentAt: p.datetime(),
    usedAt: p.datetime().nullable(),
    /** e.g. 138****5678: the sender name of this voter's audience messages (网友 138****5678). */
    maskedPhone: p.string().length(20).nullable(),
  },
});
export type VoteCode = InferEntity<typeof VoteCode>;

/**
 * 名册 for the ROSTER identity tier: a person who may vote online in a session (a 选民 or a 常委会组成人员),
 * proven by an SMS code to their number. The number is kept as a keyed hash and a masked copy for lists.
 */
export const RosterEntry = defineEntity({
  name: 'RosterEntry',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    session: () => p.manyToOne(Session).deleteRule('cascade'),
    name: p.string().length(60),
    phoneKey: p.string().length(64),
    maskedPhone: p.string().length(20),
    /** Order of the imported list. */
    position: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['session', 'phoneKey'] }],
});
export type RosterEntry = InferEntity<typeof RosterEntry>;

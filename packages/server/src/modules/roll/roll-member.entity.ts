import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Account } from '../account/account.entity.js';
import { Session } from '../session/session.entity.js';

/**
 * 代表名册: one person who may vote in a session's studio, with the printed seat code that is theirs.
 * The person votes once per round whichever credential they use: the seat code on a phone, or their
 * representative account; both are the voter `member:<id>`.
 */
export const RollMember = defineEntity({
  name: 'RollMember',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    session: () => p.manyToOne(Session).deleteRule('cascade'),
    name: p.string().length(60),
    /** The representative's own account, when they have one: signing in is then the same voter as the seat code. */
    account: () => p.manyToOne(Account).nullable().deleteRule('set null'),
    seatCode: p.string().length(12),
    seatLabel: p.string().length(40),
    /** The first phone that claimed the seat code; it works once. */
    seatClaimedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['session', 'seatCode'] }, { properties: ['session', 'account'] }],
});
export type RollMember = InferEntity<typeof RollMember>;

/** The register's key for a person on the roll, whatever credential they vote with. */
export const studioVoterKey = (memberId: string) => `member:${memberId}`;

import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Question } from '../question/question.entity.js';
import { sessionKinds } from './session-kind.js';
import { sessionStatuses } from './session-status.js';
import { defaultVoteSettings, type VoteSettings } from './vote-settings.js';

/** 问政活动: one broadcast with a theme, a schedule and a join code for the audience. */
export const Session = defineEntity({
  name: 'Session',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    title: p.string().length(100),
    theme: p.string().length(100),
    scheduledAt: p.datetime(),
    joinCode: p.string().length(12).unique(),
    status: p.enum(sessionStatuses).default('DRAFT'),
    /** Which vote this is (see session-kind.ts); LOOK_BACK (回头看) re-presents follow-up items for a second vote. */
    kind: p.enum(sessionKinds).default('TV_QUESTIONING'),
    streamUrl: p.string().length(500).nullable(),
    settings: p.json<VoteSettings>().onCreate(() => ({ ...defaultVoteSettings })),
    /** How many representatives may vote in the studio: the N of "x of N present". */
    studioElectorate: p.integer().default(0),
    /** A rehearsal run can be reset to the state before air. */
    rehearsal: p.boolean().default(false),
    /** The question on air, shown on the screen and the phones. */
    currentQuestion: () => p.manyToOne(Question).nullable().deleteRule('set null'),
    /** The public call for clues (征集) runs from opens to closes; both null: no call. */
    clueCallOpensAt: p.datetime().nullable(),
    clueCallClosesAt: p.datetime().nullable(),
    /** 网络互动: phones may send messages while the session is live (switchable live by the host). */
    messagesEnabled: p.boolean().default(false),
    /** A message with a blocked word is kept (status BLOCKED, for moderators only) instead of being dropped. */
    messagesKeepBlocked: p.boolean().default(false),
    /** The approved messages appear on the public results page. */
    messagesPublished: p.boolean().default(false),
    /** Bumped by every change of live state, so clients can drop stale updates. */
    stateVersion: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Session = InferEntity<typeof Session>;

import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Question } from '../question/question.entity.js';
import { Session } from '../session/session.entity.js';
import { messageStatuses } from './message-status.js';

/** 网友留言 / 网友追问: a short message a phone with a pass sent during a live session. */
export const AudienceMessage = defineEntity({
  name: 'AudienceMessage',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    session: () => p.manyToOne(Session).deleteRule('cascade'),
    /** The question on air when it was sent, if any. */
    question: () => p.manyToOne(Question).nullable().deleteRule('set null'),
    body: p.string().length(140),
    /** "网友", or "网友 138****5678" when the pass carries a proven number; never the whole number. */
    senderName: p.string().length(40),
    /** The pass that sent it (its voter key): for upvotes and limits, never shown. */
    voterKey: p.string().length(100),
    status: p.enum(messageStatuses).default('PENDING'),
    rejectReason: p.string().length(100).nullable(),
    /** The sensitive words it held (BLOCKED), for moderators. */
    blockedWords: p.json<string[]>().onCreate(() => []),
    pinned: p.boolean().default(false),
    /** Kept equal to its rows of message_upvote, in the same transaction as each new row. */
    upvotes: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
    moderatedAt: p.datetime().nullable(),
    approvedAt: p.datetime().nullable(),
    /** When the host put it to the respondent as 网友追问, and on which question. */
    putToRespondentAt: p.datetime().nullable(),
    putOnQuestion: () => p.manyToOne(Question).nullable().deleteRule('set null'),
  },
  indexes: [{ properties: ['session', 'status', 'createdAt'] }],
});
export type AudienceMessage = InferEntity<typeof AudienceMessage>;

/** One pass's upvote of an approved message; the primary key makes it once per pass. */
export const MessageUpvote = defineEntity({
  name: 'MessageUpvote',
  properties: {
    message: () => p.manyToOne(AudienceMessage).primary().deleteRule('cascade'),
    voterKey: p.string().length(100).primary(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type MessageUpvote = InferEntity<typeof MessageUpvote>;

/** 敏感词: a word that refuses a viewer's message; ADMIN keeps the list, MODERATOR reads it. */
export const SensitiveWord = defineEntity({
  name: 'SensitiveWord',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    /** Normalised (NFKC, lower case, no spaces), as messages are before matching. */
    word: p.string().length(30).unique(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type SensitiveWord = InferEntity<typeof SensitiveWord>;

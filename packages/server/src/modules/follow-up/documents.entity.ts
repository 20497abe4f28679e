import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { followUpDocumentKinds } from './documents-terms.js';
import { FollowUp, FollowUpEvent } from './follow-up.entity.js';

/**
 * A document (交办函, 督办函, 催办函, 情况通报) as issued: its 文号 and every text it printed, so a re-print is
 * the same document. The (kind, year, sequence) key makes a 文号 unique whatever allocated it.
 */
export const FollowUpDocument = defineEntity({
  name: 'FollowUpDocument',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    followUp: () => p.manyToOne(FollowUp).deleteRule('cascade').index(),
    /** The timeline step that records the issue. */
    event: () => p.manyToOne(FollowUpEvent).deleteRule('cascade'),
    kind: p.enum(followUpDocumentKinds),
    year: p.integer(),
    sequence: p.integer(),
    /** The whole 文号 as printed, e.g. 人大办督〔2026〕3号. */
    number: p.string().length(60),
    /** YYYY-MM-DD, China time: the date printed under the sign-off. */
    issuedOn: p.string().length(10),
    /** The red masthead and the sign-off (发文机关). */
    issuer: p.string().length(60),
    /** 主送: the lead department. */
    recipient: p.string().length(100),
    /** 抄送: the co-handling departments, if any. */
    copyTo: p.string().length(500).nullable(),
    itemTitle: p.string().length(200),
    commitment: p.text(),
    deadline: p.datetime(),
    handlingRound: p.integer(),
    /** Why it is issued: the urge's note, the escalation, staff's reason for a 督办函, what a 情况通报 reports. */
    reason: p.text().nullable(),
    /** 办理要求: the paragraph of what the department must do, as printed. */
    requirements: p.text(),
    /** Null when the escalation job issued it. */
    issuedById: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['kind', 'year', 'sequence'] }],
});
export type FollowUpDocument = InferEntity<typeof FollowUpDocument>;

/** The last sequence given per kind and year; bumped with one upsert in the transaction that issues. */
export const FollowUpDocumentCounter = defineEntity({
  name: 'FollowUpDocumentCounter',
  properties: {
    kind: p.enum(followUpDocumentKinds).primary(),
    year: p.integer().primary(),
    last: p.integer(),
  },
});
export type FollowUpDocumentCounter = InferEntity<typeof FollowUpDocumentCounter>;

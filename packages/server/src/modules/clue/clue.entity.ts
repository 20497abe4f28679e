import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Department } from '../department/department.entity.js';
import { Question } from '../question/question.entity.js';
import { Representative } from '../representative/representative.entity.js';
import { Session } from '../session/session.entity.js';
import { ClueCategory } from './clue-category.entity.js';
import { clueStatuses, rejectReasons, verdicts } from './clue-status.js';

/** 问题线索: a problem reported by the public, traceable by its tracking code (查询码). */
export const Clue = defineEntity({
  name: 'Clue',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    trackingCode: p.string().length(12).unique(),
    /** The call (征集) it answered; null for a general submission outside any session. */
    session: () => p.manyToOne(Session).nullable().deleteRule('set null'),
    title: p.string().length(100),
    description: p.text(),
    /** Its category's code; a retired category stays valid for the clues filed under it. */
    category: () => p.manyToOne(ClueCategory).fieldName('category').deleteRule('restrict'),
    location: p.string().length(200).nullable(),
    latitude: p.double().runtimeType('number').$type<number>().nullable(),
    longitude: p.double().runtimeType('number').$type<number>().nullable(),
    submitterName: p.string().length(60).nullable(),
    /** Shown to staff in lists, e.g. 138****1234. */
    phoneMasked: p.string().length(20).nullable(),
    /** The whole number, encrypted; opened only by an audited reveal (see phone.ts). */
    phoneSealed: p.text().nullable(),
    anonymous: p.boolean().default(false),
    status: p.enum(clueStatuses).default('SUBMITTED'),
    published: p.boolean().default(false),
    question: () => p.manyToOne(Question).nullable().deleteRule('set null'),
    mergedInto: () => p.manyToOne(Clue).nullable().deleteRule('set null'),
    /** Referred to (as an ordinary case), or the department a question went to. */
    department: () => p.manyToOne(Department).nullable().deleteRule('set null'),
    /** When it was accepted, merged, rejected or referred; a reject or merge may be undone for a while after (see clue.undo.ts). */
    decidedAt: p.datetime().nullable(),
    rejectReason: p.enum(rejectReasons).nullable(),
    rejectNote: p.string().length(500).nullable(),
    publicReply: p.text().nullable(),
    repliedAt: p.datetime().nullable(),
    /** 码上提: the representative it is addressed to (through their 代表码), who sees it in their inbox. */
    representative: () => p.manyToOne(Representative).nullable().deleteRule('set null').index(),
    /** 码上答: the public reply is this representative's (null when staff replied). */
    replyRepresentative: () => p.manyToOne(Representative).nullable().deleteRule('set null'),
    /** The addressed representative forwarded it to staff as a question candidate. */
    forwardedAt: p.datetime().nullable(),
    forwardNote: p.string().length(500).nullable(),
    /** 解决率: the submitter's word once its item was closed (the latest stands; each is audited). */
    verdict: p.enum(verdicts).nullable(),
    verdictComment: p.string().length(500).nullable(),
    verdictAt: p.datetime().nullable(),
    /** 12345 工单编号: the hotline work order it was imported from (see clue/hotline-import.ts); one clue per order. */
    hotlineOrderNo: p.string().length(40).nullable().unique(),
    /** 受理时间: when 12345 took the call, as its export says (the clue's createdAt is when it was imported). */
    hotlineReceivedAt: p.datetime().nullable(),
    /** Kept equal to the rows of clue_support, in the same transaction as each new row. */
    supportCount: p.integer().default(0),
    createdAt: p
      .datetime()
      .onCreate(() => new Date())
      .index(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  // Trigram indexes serve substring search and duplicate suggestions over Chinese text.
  indexes: (['title', 'description', 'location'] as const).map((column) => ({
    name: `clue_${column}_trgm`,
    expression: `create index "clue_${column}_trgm" on "clue" using gin ("${column}" gin_trgm_ops)`,
  })),
});
export type Clue = InferEntity<typeof Clue>;

/** A photo sent with a clue: the bytes live in the photo store, this row only names them. */
export const CluePhoto = defineEntity({
  name: 'CluePhoto',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    /** Null from upload until a submission takes it; unclaimed photos are swept away. */
    clue: () => p.manyToOne(Clue).nullable().deleteRule('cascade').index(),
    position: p.integer().default(0),
    /** The device that uploaded it: only that device may attach it to a clue. */
    uploaderKey: p.string().length(60),
    contentType: p.string().length(40),
    byteSize: p.integer(),
    width: p.integer(),
    height: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type CluePhoto = InferEntity<typeof CluePhoto>;

/** 附议: one device's support of a published clue; the primary key makes it once per device. */
export const ClueSupport = defineEntity({
  name: 'ClueSupport',
  properties: {
    clue: () => p.manyToOne(Clue).primary().deleteRule('cascade'),
    deviceKey: p.string().length(60).primary(),
    /** Set when a merge copied this support from the merged clue, so undoing the merge takes back exactly these. */
    mergedFrom: () => p.manyToOne(Clue).nullable().deleteRule('set null'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type ClueSupport = InferEntity<typeof ClueSupport>;

import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Clue } from '../clue/clue.entity.js';
import { Committee } from '../committee/committee.entity.js';
import { Department } from '../department/department.entity.js';
import { Question } from '../question/question.entity.js';
import { Representative } from '../representative/representative.entity.js';
import { Session } from '../session/session.entity.js';
import { outcomes } from '../vote/result.js';
import { escalationLevels } from './deadline-terms.js';
import { followUpStatuses } from './follow-up-status.js';
import { textReviews } from './oversight-terms.js';

/** 督办事项: a promise made on air (or a referred clue) tracked until the fix is verified. */
export const FollowUp = defineEntity({
  name: 'FollowUp',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    title: p.string().length(200),
    /** 整改承诺: what the official promised. */
    commitment: p.text(),
    deadline: p.datetime().index(),
    status: p.enum(followUpStatuses).default('DRAFT').index(),
    /** 主办: the department that does the fix and reports. */
    department: () => p.manyToOne(Department).deleteRule('restrict').index(),
    /** 协办: departments that help; they see the item and post progress. */
    coDepartments: () => p.manyToMany(Department).pivotTable('follow_up_co_department'),
    parent: () => p.manyToOne(FollowUp).nullable().deleteRule('cascade').index(),
    /** A sub-item's share of its parent's progress. */
    weight: p.integer().default(1),
    /** Percent done, from the latest progress update (a parent's is rolled up from its sub-items). */
    progress: p.integer().default(0),
    question: () => p.manyToOne(Question).nullable().deleteRule('set null').index(),
    sourceClue: () => p.manyToOne(Clue).nullable().deleteRule('set null'),
    /** The live result that created it: a promise made under an UNSATISFIED verdict is watched more closely. */
    triggerOutcome: p.enum(outcomes).nullable(),
    /** 1 for the first handling, 2 for 二次办理, and so on. */
    handlingRound: p.integer().default(1),
    /** 回头看: the look-back question currently evaluating it. */
    evaluationQuestion: () => p.manyToOne(Question).nullable().deleteRule('set null'),
    /** 民生实事: the year-end satisfaction round (a look-back planned when the project passed) it joins once approved. */
    assessmentSession: () => p.manyToOne(Session).nullable().deleteRule('set null').index(),
    /** 领办督办: the representatives supervising it; they read it, comment and score its report. */
    supervisors: () => p.manyToMany(Representative).pivotTable('follow_up_supervisor'),
    /** 代表下单: the representative who dispatched it from a clue addressed to them. */
    requestedBy: () => p.manyToOne(Representative).nullable().deleteRule('set null').index(),
    /** 督办委室: the committee that supervises it and reports on it; null while no committee owns it. */
    committee: () => p.manyToOne(Committee).nullable().deleteRule('restrict').index(),
    /** The highest rung of the escalation ladder raised in this handling round (the timeline says when). */
    escalation: p.enum(escalationLevels).nullable(),
    returnReason: p.string().length(500).nullable(),
    dispatchedAt: p.datetime().nullable(),
    closedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  checks: [
    { name: 'follow_up_progress_percent', expression: 'progress >= 0 and progress <= 100' },
    { name: 'follow_up_weight_positive', expression: 'weight > 0' },
  ],
});
export type FollowUp = InferEntity<typeof FollowUp>;

/** One step in an item's timeline, appended by each transition and update; the public page reads these. */
export const FollowUpEvent = defineEntity({
  name: 'FollowUpEvent',
  properties: {
    id: p.bigint('string').primary().autoincrement(),
    followUp: () => p.manyToOne(FollowUp).deleteRule('cascade').index(),
    /** CREATED, EDITED, DISPATCHED, ACCEPTED, RETURNED, REASSIGNED, INSISTED, PROGRESS, REPORTED, APPROVED, SENT_BACK, EVALUATION_OPENED, CLOSED, REOPENED, NOTICE, SPLIT, COMMENTED, SCORED. */
    action: p.string().length(30),
    /** The account that acted; null for the vote or the scheduler. Never shown to the public. */
    actorId: p.uuid().nullable(),
    /** Why, or what: a reason, a progress note, the report, the notice (情况通报). */
    note: p.text().nullable(),
    percent: p.integer().nullable(),
    deadline: p.datetime().nullable(),
    handlingRound: p.integer(),
    at: p.datetime().onCreate(() => new Date()),
    /** A department's note under staff review (where the deployment asks for it); null: published as written. */
    review: p.enum(textReviews).nullable(),
    reviewedById: p.uuid().nullable(),
    reviewedAt: p.datetime().nullable(),
    /** Why the text was returned. */
    reviewNote: p.string().length(500).nullable(),
  },
});
export type FollowUpEvent = InferEntity<typeof FollowUpEvent>;

/** A photo or document a department sends as evidence; the bytes live in the file store. */
export const Evidence = defineEntity({
  name: 'Evidence',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    /** Null from upload until an update or report takes it. */
    event: () => p.manyToOne(FollowUpEvent).nullable().deleteRule('cascade').index(),
    uploaderId: p.uuid(),
    contentType: p.string().length(60),
    fileName: p.string().length(200),
    byteSize: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Evidence = InferEntity<typeof Evidence>;

/** An in-app notice to a department (or to staff when department is null); also sent through the notifier. */
export const Notification = defineEntity({
  name: 'Notification',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    /** Makes a reminder exactly-once across runs and instances: item, kind, handling round and deadline. */
    dedupeKey: p.string().length(200).unique(),
    kind: p.string().length(30),
    department: () => p.manyToOne(Department).nullable().deleteRule('cascade').index(),
    followUp: () => p.manyToOne(FollowUp).deleteRule('cascade'),
    message: p.string().length(500),
    readAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Notification = InferEntity<typeof Notification>;

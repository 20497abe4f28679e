import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { FollowUp, FollowUpEvent } from './follow-up.entity.js';
import { accountabilityKinds, accountabilityMeasures, mediationDecisions, type MediationSide, oversightBodies } from './oversight-terms.js';

/** Follow-up settings of this deployment: one row (id 1), as staff set it on the settings page. */
export const FollowUpSettings = defineEntity({
  name: 'FollowUpSettings',
  properties: {
    id: p.integer().primary().autoincrement(false),
    /** Department progress notes and reports reach the public only after staff approve the text. */
    progressReview: p.boolean().default(false),
    /** 文号 prefixes of 交办函, 督办函 and 催办函 (null: the default, see documents-terms.ts). */
    assignPrefix: p.string().length(20).nullable(),
    supervisePrefix: p.string().length(20).nullable(),
    urgePrefix: p.string().length(20).nullable(),
    noticePrefix: p.string().length(20).nullable(),
    /** 发文机关 of those documents (null: 人大常委会办公室). */
    documentIssuer: p.string().length(60).nullable(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  checks: [{ name: 'follow_up_settings_single_row', expression: 'id = 1' }],
});
export type FollowUpSettings = InferEntity<typeof FollowUpSettings>;

export interface MediationParticipant {
  name: string;
  side: MediationSide;
}

/** 三方见面 (提、督、办) held after an unsatisfied look-back; the minutes are evidence of its timeline step. */
export const Mediation = defineEntity({
  name: 'Mediation',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    followUp: () => p.manyToOne(FollowUp).deleteRule('cascade').index(),
    /** Its step on the timeline (the minutes hang on it). */
    event: () => p.manyToOne(FollowUpEvent).deleteRule('cascade'),
    handlingRound: p.integer(),
    /** YYYY-MM-DD, China time. */
    heldOn: p.string().length(10),
    /** Names of people: staff and the item's readers only, never the public page. */
    participants: p.json<MediationParticipant[]>(),
    outcome: p.text(),
    decision: p.enum(mediationDecisions),
    recordedById: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Mediation = InferEntity<typeof Mediation>;

/**
 * 问责: a measure taken against an official, or a referral (移送) to another oversight body. The
 * public sees the kind and date; names and the 文号 only once staff publish the record.
 */
export const AccountabilityRecord = defineEntity({
  name: 'AccountabilityRecord',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    followUp: () => p.manyToOne(FollowUp).deleteRule('cascade').index(),
    kind: p.enum(accountabilityKinds),
    measure: p.enum(accountabilityMeasures).nullable(),
    officialName: p.string().length(50).nullable(),
    officialPost: p.string().length(100).nullable(),
    issuedBy: p.string().length(100).nullable(),
    body: p.enum(oversightBodies).nullable(),
    referenceNumber: p.string().length(100).nullable(),
    /** YYYY-MM-DD, China time: when the measure was issued or the case referred. */
    takenOn: p.string().length(10),
    note: p.string().length(1000).nullable(),
    published: p.boolean().default(false),
    recordedById: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [
    {
      name: 'accountability_record_fields',
      expression:
        "(kind = 'MEASURE' and measure is not null and official_name is not null and issued_by is not null and body is null) or (kind = 'REFERRAL' and body is not null and reference_number is not null and measure is null)",
    },
  ],
});
export type AccountabilityRecord = InferEntity<typeof AccountabilityRecord>;

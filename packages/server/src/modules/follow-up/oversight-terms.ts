import { registerEnumType } from 'type-graphql';

// Words of issue 19's oversight steps: staff review of department text, 三方见面, 问责 and referrals.

/** Staff review of a department's progress note or report, where the deployment asks for it. */
export const TextReview = { PENDING: 'PENDING', APPROVED: 'APPROVED', RETURNED: 'RETURNED' } as const;
export type TextReview = (typeof TextReview)[keyof typeof TextReview];
export const textReviews = Object.values(TextReview);
registerEnumType(TextReview, {
  name: 'TextReview',
  description: 'PENDING (待审核, not public) → APPROVED (public) | RETURNED (退回, never public; the department writes anew)',
});

/** The three sides of a 三方见面 (提、督、办). */
export const MediationSide = { PROPOSER: 'PROPOSER', SUPERVISOR: 'SUPERVISOR', HANDLER: 'HANDLER' } as const;
export type MediationSide = (typeof MediationSide)[keyof typeof MediationSide];
export const mediationSides = Object.values(MediationSide);
registerEnumType(MediationSide, {
  name: 'MediationSide',
  description: 'PROPOSER (提: the representative or submitter), SUPERVISOR (督: the supervising body), HANDLER (办: the department)',
});
export const mediationSideNames: Record<MediationSide, string> = { PROPOSER: '提', SUPERVISOR: '督', HANDLER: '办' };

/** What staff decide after the meeting: the second handling goes on, or the item is closed. */
export const MediationDecision = { REOPEN: 'REOPEN', CLOSE: 'CLOSE' } as const;
export type MediationDecision = (typeof MediationDecision)[keyof typeof MediationDecision];
export const mediationDecisions = Object.values(MediationDecision);
registerEnumType(MediationDecision, {
  name: 'MediationDecision',
  description: 'REOPEN (继续二次办理) or CLOSE (调处办结: the item closes)',
});
export const mediationDecisionNames: Record<MediationDecision, string> = { REOPEN: '继续二次办理', CLOSE: '调处办结' };

export const AccountabilityKind = { MEASURE: 'MEASURE', REFERRAL: 'REFERRAL' } as const;
export type AccountabilityKind = (typeof AccountabilityKind)[keyof typeof AccountabilityKind];
export const accountabilityKinds = Object.values(AccountabilityKind);
registerEnumType(AccountabilityKind, {
  name: 'AccountabilityKind',
  description: 'MEASURE (问责措施 against an official) or REFERRAL (移送 to another oversight body)',
});

/** 问责措施, mildest first. */
export const AccountabilityMeasure = {
  TALK: 'TALK',
  CIRCULATED_CRITICISM: 'CIRCULATED_CRITICISM',
  ADMONITION: 'ADMONITION',
  ORGANIZATIONAL: 'ORGANIZATIONAL',
  DISCIPLINARY: 'DISCIPLINARY',
} as const;
export type AccountabilityMeasure = (typeof AccountabilityMeasure)[keyof typeof AccountabilityMeasure];
export const accountabilityMeasures = Object.values(AccountabilityMeasure);
registerEnumType(AccountabilityMeasure, {
  name: 'AccountabilityMeasure',
  description: 'TALK (约谈), CIRCULATED_CRITICISM (通报批评), ADMONITION (诫勉), ORGANIZATIONAL (组织处理), DISCIPLINARY (党纪政务处分)',
});
export const measureNames: Record<AccountabilityMeasure, string> = {
  TALK: '约谈',
  CIRCULATED_CRITICISM: '通报批评',
  ADMONITION: '诫勉',
  ORGANIZATIONAL: '组织处理',
  DISCIPLINARY: '党纪政务处分',
};

/** Oversight bodies an item's case is referred to (人大监督与纪检监察、检察、审计监督贯通协同). */
export const OversightBody = { DISCIPLINE: 'DISCIPLINE', PROCURATORATE: 'PROCURATORATE', AUDIT: 'AUDIT' } as const;
export type OversightBody = (typeof OversightBody)[keyof typeof OversightBody];
export const oversightBodies = Object.values(OversightBody);
registerEnumType(OversightBody, {
  name: 'OversightBody',
  description: 'DISCIPLINE (纪检监察机关), PROCURATORATE (检察机关), AUDIT (审计机关)',
});
export const bodyNames: Record<OversightBody, string> = { DISCIPLINE: '纪检监察机关', PROCURATORATE: '检察机关', AUDIT: '审计机关' };

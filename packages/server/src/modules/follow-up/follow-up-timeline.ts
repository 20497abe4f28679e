import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { Viewer } from '../auth/viewer.js';
import { FollowUpEvent, type FollowUp } from './follow-up.entity.js';
import type { FollowUpVerb } from './follow-up-status.js';
import type { TextReview } from './oversight-terms.js';

/**
 * The steps an item's timeline records. The public page, the disclosure and the statistics read
 * them back by name, so every writer and reader uses these constants: a renamed step fails to compile.
 */
export const FollowUpAction = {
  CREATED: 'CREATED',
  EDITED: 'EDITED',
  SPLIT: 'SPLIT',
  DISPATCHED: 'DISPATCHED',
  ACCEPTED: 'ACCEPTED',
  RETURNED: 'RETURNED',
  REASSIGNED: 'REASSIGNED',
  INSISTED: 'INSISTED',
  PROGRESS: 'PROGRESS',
  REPORTED: 'REPORTED',
  APPROVED: 'APPROVED',
  SENT_BACK: 'SENT_BACK',
  EVALUATION_OPENED: 'EVALUATION_OPENED',
  EVALUATION_VOID: 'EVALUATION_VOID',
  NOTICE: 'NOTICE',
  CLOSED: 'CLOSED',
  REOPENED: 'REOPENED',
  /** A supervising representative's comment (领办督办); not on the public page. */
  COMMENTED: 'COMMENTED',
  /** 代表打分: a supervising representative scored the report; not on the public page. */
  SCORED: 'SCORED',
  /** Staff set a new deadline, with the reason. */
  DEADLINE_CHANGED: 'DEADLINE_CHANGED',
  /** 催办 by staff, with a note. */
  URGED: 'URGED',
  /** A rung of the escalation ladder was raised by the scheduler. */
  ESCALATED: 'ESCALATED',
  /** 延期: the department asked; staff approved (the deadline moved) or refused. */
  EXTENSION_REQUESTED: 'EXTENSION_REQUESTED',
  EXTENSION_APPROVED: 'EXTENSION_APPROVED',
  EXTENSION_REFUSED: 'EXTENSION_REFUSED',
  /** 三方见面 (提、督、办) after an unsatisfied look-back: date, outcome and decision; the minutes are its evidence. */
  MEDIATION: 'MEDIATION',
  /** 问责: a measure against an official (the note names the kind and date, never the person). */
  ACCOUNTABILITY: 'ACCOUNTABILITY',
  /** 群众反映未解决: the clue's submitter said a closed item's problem is not solved; staff review it (the public sees the step, not the comment). */
  SUBMITTER_UNRESOLVED: 'SUBMITTER_UNRESOLVED',
  /** 移送: the case referred to another oversight body (kind and date only). */
  REFERRED: 'REFERRED',
  /** The supervising committee (专（工）委) was set, changed or removed; the note says old → new. */
  COMMITTEE_CHANGED: 'COMMITTEE_CHANGED',
  /** A 交办函, 督办函 or 催办函 was issued; the note names it and its 文号. */
  DOCUMENT_ISSUED: 'DOCUMENT_ISSUED',
} as const;
export type FollowUpAction = (typeof FollowUpAction)[keyof typeof FollowUpAction];

/** The step each verb of the lifecycle appends; a new verb without its step fails to compile. */
export const verbAction = {
  dispatch: 'DISPATCHED',
  accept: 'ACCEPTED',
  return: 'RETURNED',
  reassign: 'REASSIGNED',
  insist: 'INSISTED',
  progress: 'PROGRESS',
  report: 'REPORTED',
  approve: 'APPROVED',
  sendBack: 'SENT_BACK',
  openEvaluation: 'EVALUATION_OPENED',
  close: 'CLOSED',
  evaluateSatisfied: 'CLOSED',
  evaluateUnsatisfied: 'REOPENED',
  voidEvaluation: 'EVALUATION_VOID',
  settle: 'CLOSED',
} as const satisfies Record<FollowUpVerb, FollowUpAction>;

/** What a step may carry besides its name. */
export interface StepFields {
  note?: string | null;
  percent?: number | null;
  deadline?: Date | null;
  /** PENDING where a department's note waits for staff review before the public sees it. */
  review?: TextReview | null;
}

/** Appends a step to the item's timeline, in the caller's unit of work; `actor` null for the vote or the scheduler. */
export function appendEvent(
  em: EntityManager,
  item: FollowUp,
  action: FollowUpAction,
  actor: Viewer | null,
  fields: StepFields = {},
): FollowUpEvent {
  return em.create(FollowUpEvent, {
    followUp: item,
    action,
    actorId: actor?.account?.id ?? null,
    note: fields.note ?? null,
    percent: fields.percent ?? null,
    deadline: fields.deadline ?? null,
    review: fields.review ?? null,
    handlingRound: item.handlingRound,
  });
}

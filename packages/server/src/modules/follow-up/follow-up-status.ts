import { registerEnumType } from 'type-graphql';
import { nextState } from '../../lib/state-machine.js';

export const FollowUpStatus = {
  DRAFT: 'DRAFT',
  DISPATCHED: 'DISPATCHED',
  ACCEPTED: 'ACCEPTED',
  RETURNED: 'RETURNED',
  IN_PROGRESS: 'IN_PROGRESS',
  REPORTED: 'REPORTED',
  APPROVED: 'APPROVED',
  SENT_BACK: 'SENT_BACK',
  EVALUATING: 'EVALUATING',
  CLOSED: 'CLOSED',
  REOPENED: 'REOPENED',
} as const;
export type FollowUpStatus = (typeof FollowUpStatus)[keyof typeof FollowUpStatus];
export const followUpStatuses = Object.values(FollowUpStatus);
registerEnumType(FollowUpStatus, {
  name: 'FollowUpStatus',
  description:
    'DRAFT → DISPATCHED → ACCEPTED | RETURNED → IN_PROGRESS → REPORTED → APPROVED | SENT_BACK → EVALUATING → CLOSED | REOPENED (二次办理)',
});

/**
 * Each verb, who performs it and the statuses it moves from and to. The department's clock runs
 * from dispatch; REOPENED is a new dispatch with a new deadline.
 */
export const followUpTransitions = {
  dispatch: { by: 'STAFF', from: ['DRAFT'], to: 'DISPATCHED' },
  accept: { by: 'DEPARTMENT', from: ['DISPATCHED', 'REOPENED'], to: 'ACCEPTED' },
  return: { by: 'DEPARTMENT', from: ['DISPATCHED', 'REOPENED'], to: 'RETURNED' },
  reassign: { by: 'STAFF', from: ['RETURNED'], to: 'DISPATCHED' },
  insist: { by: 'STAFF', from: ['RETURNED'], to: 'DISPATCHED' },
  progress: { by: 'DEPARTMENT', from: ['ACCEPTED', 'IN_PROGRESS', 'SENT_BACK'], to: 'IN_PROGRESS' },
  report: { by: 'DEPARTMENT', from: ['ACCEPTED', 'IN_PROGRESS', 'SENT_BACK'], to: 'REPORTED' },
  approve: { by: 'STAFF', from: ['REPORTED'], to: 'APPROVED' },
  sendBack: { by: 'STAFF', from: ['REPORTED'], to: 'SENT_BACK' },
  openEvaluation: { by: 'STAFF', from: ['APPROVED'], to: 'EVALUATING' },
  close: { by: 'STAFF', from: ['APPROVED'], to: 'CLOSED' },
  evaluateSatisfied: { by: 'VOTE', from: ['EVALUATING'], to: 'CLOSED' },
  evaluateUnsatisfied: { by: 'VOTE', from: ['EVALUATING'], to: 'REOPENED' },
  // Nobody voted: the item waits, approved, for staff to run the look-back again.
  voidEvaluation: { by: 'VOTE', from: ['EVALUATING'], to: 'APPROVED' },
  // 调处办结: after a 三方见面 staff close an item reopened by an unsatisfied look-back, whatever its handling has reached.
  settle: { by: 'STAFF', from: ['REOPENED', 'ACCEPTED', 'RETURNED', 'IN_PROGRESS', 'REPORTED', 'APPROVED', 'SENT_BACK'], to: 'CLOSED' },
} as const satisfies Record<string, { by: 'STAFF' | 'DEPARTMENT' | 'VOTE'; from: readonly FollowUpStatus[]; to: FollowUpStatus }>;
export type FollowUpVerb = keyof typeof followUpTransitions;

export const nextFollowUpStatus = (current: FollowUpStatus, verb: FollowUpVerb): FollowUpStatus =>
  nextState('item', followUpTransitions, current, verb);

/** Statuses in which the department owes work against the deadline. */
export const withDepartment: readonly FollowUpStatus[] = ['DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'SENT_BACK', 'REOPENED'];

/** Overdue is derived, never stored: the deadline has passed while the work is still the department's. */
export const isOverdue = (status: FollowUpStatus, deadline: Date, now: Date) =>
  withDepartment.includes(status) && deadline.getTime() < now.getTime();

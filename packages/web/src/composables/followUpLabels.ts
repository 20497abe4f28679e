import type { FollowUpStatus } from '../gql/graphql';
import { completeList } from './completeList';

// The values of follow-up supervision (督办), in the order of the work, and what each state
// allows. Statuses are a schema enum; timeline actions and notice kinds are plain strings in the
// schema, so their lists are written here (and checked against the server's in the tests).

export const FOLLOW_UP_STATUSES = completeList<FollowUpStatus>()([
  'DRAFT',
  'DISPATCHED',
  'ACCEPTED',
  'RETURNED',
  'IN_PROGRESS',
  'REPORTED',
  'APPROVED',
  'SENT_BACK',
  'EVALUATING',
  'CLOSED',
  'REOPENED',
]);

/** Every step a timeline may hold (FollowUpEvent.action). */
export const FOLLOW_UP_ACTIONS = [
  'CREATED',
  'EDITED',
  'SPLIT',
  'DISPATCHED',
  'ACCEPTED',
  'RETURNED',
  'REASSIGNED',
  'INSISTED',
  'PROGRESS',
  'REPORTED',
  'APPROVED',
  'SENT_BACK',
  'EVALUATION_OPENED',
  'EVALUATION_VOID',
  'CLOSED',
  'NOTICE',
  'REOPENED',
  /** A supervising representative's comment (领办督办). */
  'COMMENTED',
  /** A supervising representative's score of the report (代表打分). */
  'SCORED',
  'DEADLINE_CHANGED',
  /** 催办 by staff. */
  'URGED',
  /** A rung of the escalation ladder, raised by the scheduler. */
  'ESCALATED',
  /** 延期: asked by the department, approved or refused by staff. */
  'EXTENSION_REQUESTED',
  'EXTENSION_APPROVED',
  'EXTENSION_REFUSED',
  /** 三方见面 (提、督、办) after an unsatisfied look-back. */
  'MEDIATION',
  /** 问责: a measure against an official (kind and date). */
  'ACCOUNTABILITY',
  /** 移送: a referral to another oversight body (kind and date). */
  'REFERRED',
  /** The clue's submitter said a closed item's problem is not solved (their comment is the note; staff only). */
  'SUBMITTER_UNRESOLVED',
  /** A 交办函, 督办函 or 催办函 was issued (the note names it and its 文号). */
  'DOCUMENT_ISSUED',
  /** The supervising committee (专（工）委) was set or changed; the note says old → new. */
  'COMMITTEE_CHANGED',
] as const;
export type FollowUpAction = (typeof FOLLOW_UP_ACTIONS)[number];

/** Every kind of in-app notice (Notification.kind). */
export const NOTIFICATION_KINDS = [
  'DISPATCHED',
  'DEADLINE_SOON',
  'OVERDUE',
  'SENT_BACK',
  'REOPENED',
  'RETURNED',
  'REPORTED',
  'URGED',
  'ESCALATED',
  'DEADLINE_CHANGED',
  'EXTENSION_REQUESTED',
  'EXTENSION_APPROVED',
  'EXTENSION_REFUSED',
  /** Staff returned a department's note instead of publishing it. */
  'TEXT_RETURNED',
  /** A submitter said a closed item's problem is not solved: staff review it. */
  'SUBMITTER_UNRESOLVED',
] as const;

/** The message key of a timeline step or notice; one the app does not know yet reads "other". */
export const actionKey = (action: string) => ((FOLLOW_UP_ACTIONS as readonly string[]).includes(action) ? action : 'unknown');
export const notificationKey = (kind: string) => ((NOTIFICATION_KINDS as readonly string[]).includes(kind) ? kind : 'unknown');

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger';

/** The colour of a status tag (the tag always carries the status in words too). */
export const FOLLOW_UP_STATUS_TAG = {
  DRAFT: 'info',
  DISPATCHED: 'primary',
  ACCEPTED: 'primary',
  RETURNED: 'warning',
  IN_PROGRESS: 'primary',
  REPORTED: 'warning',
  APPROVED: 'success',
  SENT_BACK: 'warning',
  EVALUATING: 'warning',
  CLOSED: 'success',
  REOPENED: 'danger',
} as const satisfies Record<FollowUpStatus, TagType>;

/** How a timeline step stands out: the notice (情况通报) and the reopening most of all. */
export type StepTone = 'notice' | 'alert' | 'done' | 'plain';
export function stepTone(action: string): StepTone {
  switch (action) {
    case 'NOTICE':
      return 'notice';
    case 'REOPENED':
    case 'RETURNED':
    case 'SENT_BACK':
    case 'EVALUATION_VOID':
    case 'URGED':
    case 'ESCALATED':
    case 'EXTENSION_REFUSED':
    case 'ACCOUNTABILITY':
    case 'REFERRED':
      return 'alert';
    case 'APPROVED':
    case 'CLOSED':
    case 'REPORTED':
      return 'done';
    default:
      return 'plain';
  }
}

/** The stage tabs of the staff board, each a set of statuses (empty: all). */
export const BOARD_TABS = {
  all: [],
  draft: ['DRAFT'],
  handling: ['DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'SENT_BACK', 'REOPENED'],
  returned: ['RETURNED'],
  review: ['REPORTED'],
  evaluate: ['APPROVED', 'EVALUATING'],
  closed: ['CLOSED'],
} as const satisfies Record<string, readonly FollowUpStatus[]>;
export type BoardTab = keyof typeof BOARD_TABS;
export const BOARD_TAB_NAMES = Object.keys(BOARD_TABS) as BoardTab[];

// ─── What each state allows ───

export type StaffAction = 'edit' | 'split' | 'dispatch' | 'reassign' | 'insist' | 'approve' | 'sendBack' | 'close' | 'lookBack';
export type DepartmentAction = 'accept' | 'return' | 'progress' | 'report';

interface ItemShape {
  status: FollowUpStatus;
  parentId?: string | null;
  children?: readonly unknown[];
}

/** The staff verbs the server accepts for an item in its status (the same table as the server's). */
export function staffActions(item: ItemShape): StaffAction[] {
  switch (item.status) {
    case 'DRAFT':
      // A sub-item is not split again; an item is split once.
      return item.parentId || (item.children?.length ?? 0) > 0 ? ['edit', 'dispatch'] : ['edit', 'split', 'dispatch'];
    case 'RETURNED':
      return ['reassign', 'insist'];
    case 'REPORTED':
      return ['approve', 'sendBack'];
    case 'APPROVED':
      return ['lookBack', 'close'];
    default:
      return [];
  }
}

/**
 * The department verbs for an item: the lead department accepts, returns and reports; a
 * co-handling department only posts progress.
 */
export function departmentActions(
  item: { status: FollowUpStatus; department: { id: string } },
  myDepartmentId: string | null | undefined,
): DepartmentAction[] {
  const lead = myDepartmentId != null && item.department.id === myDepartmentId;
  switch (item.status) {
    case 'DISPATCHED':
    case 'REOPENED':
      return lead ? ['accept', 'return'] : [];
    case 'ACCEPTED':
    case 'IN_PROGRESS':
    case 'SENT_BACK':
      return lead ? ['progress', 'report'] : ['progress'];
    default:
      return [];
  }
}

/** Only drafts are dispatched; a draft without a commitment is refused by the server. */
export const canDispatch = (item: { status: FollowUpStatus }) => item.status === 'DRAFT';
export const lacksCommitment = (item: { commitment: string }) => item.commitment.trim() === '';

/** Whole days a deadline is past (at least 1 when overdue), for "逾期 N 天". */
export function daysOverdue(deadline: string, now: Date = new Date()): number {
  const late = now.getTime() - new Date(deadline).getTime();
  return late > 0 ? Math.max(1, Math.floor(late / 86_400_000)) : 0;
}

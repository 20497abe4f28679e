import { registerEnumType } from 'type-graphql';

/** The rungs of the escalation ladder, lowest first. */
export const EscalationLevel = {
  /** 催办: a notice to the department's head. */
  URGE: 'URGE',
  /** 提请督办委室督办: escalated to the supervising committee. */
  COMMITTEE: 'COMMITTEE',
  /** 列入主任会议: listed for the 主任会议. */
  DIRECTORS_MEETING: 'DIRECTORS_MEETING',
} as const;
export type EscalationLevel = (typeof EscalationLevel)[keyof typeof EscalationLevel];
export const escalationLevels = Object.values(EscalationLevel);
registerEnumType(EscalationLevel, {
  name: 'EscalationLevel',
  description: 'URGE (催办负责人) → COMMITTEE (督办委室) → DIRECTORS_MEETING (主任会议)',
});

/** What each rung is called on the timeline and in notices. */
export const escalationNames: Record<EscalationLevel, string> = {
  URGE: '向承办单位主要负责人催办',
  COMMITTEE: '提请督办委室督办',
  DIRECTORS_MEETING: '列入主任会议',
};

/** Kinds of item with a default deadline in working days (民生实事 run to the year's end; a report's redo takes its kind's months). */
export const DeadlineKind = {
  /** A promise made on air (问政承诺). */
  ANSWER: 'ANSWER',
  /** An ordinary case from a referred clue (转办线索). */
  CLUE: 'CLUE',
  /** 二次办理 after an unsatisfied look-back. */
  REOPEN: 'REOPEN',
} as const;
export type DeadlineKind = (typeof DeadlineKind)[keyof typeof DeadlineKind];
export const deadlineKinds = Object.values(DeadlineKind);
registerEnumType(DeadlineKind, { name: 'DeadlineKind', description: 'ANSWER (问政承诺), CLUE (转办线索), REOPEN (二次办理)' });

/** Used when staff have not set a kind's default. */
export const FALLBACK_WORKING_DAYS: Record<DeadlineKind, number> = { ANSWER: 20, CLUE: 15, REOPEN: 20 };

export const ExtensionStatus = { PENDING: 'PENDING', APPROVED: 'APPROVED', REFUSED: 'REFUSED' } as const;
export type ExtensionStatus = (typeof ExtensionStatus)[keyof typeof ExtensionStatus];
export const extensionStatuses = Object.values(ExtensionStatus);
registerEnumType(ExtensionStatus, { name: 'ExtensionStatus', description: '延期申请: PENDING → APPROVED | REFUSED' });

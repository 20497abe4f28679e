import { registerEnumType } from 'type-graphql';
import { nextState } from '../../lib/state-machine.js';

export const ClueStatus = {
  SUBMITTED: 'SUBMITTED',
  ACCEPTED: 'ACCEPTED',
  MERGED: 'MERGED',
  REJECTED: 'REJECTED',
  REFERRED: 'REFERRED',
} as const;
export type ClueStatus = (typeof ClueStatus)[keyof typeof ClueStatus];
export const clueStatuses = Object.values(ClueStatus);
registerEnumType(ClueStatus, {
  name: 'ClueStatus',
  description:
    'SUBMITTED → ACCEPTED (became a question) | MERGED (into another clue) | REJECTED (with a reason) | REFERRED (to a department as an ordinary case)',
});

/** Why staff turned a clue down; shown to the submitter, counted in the public statistics. */
export const RejectReason = {
  OUT_OF_SCOPE: 'OUT_OF_SCOPE',
  INSUFFICIENT_INFORMATION: 'INSUFFICIENT_INFORMATION',
  ALREADY_RESOLVED: 'ALREADY_RESOLVED',
  NOT_GOVERNMENT_DUTY: 'NOT_GOVERNMENT_DUTY',
  IN_LEGAL_PROCEEDINGS: 'IN_LEGAL_PROCEEDINGS',
  INAPPROPRIATE: 'INAPPROPRIATE',
  OTHER: 'OTHER',
} as const;
export type RejectReason = (typeof RejectReason)[keyof typeof RejectReason];
export const rejectReasons = Object.values(RejectReason);
registerEnumType(RejectReason, {
  name: 'RejectReason',
  description:
    'OUT_OF_SCOPE 不属于本次问政范围, INSUFFICIENT_INFORMATION 信息不完整, ALREADY_RESOLVED 已解决, NOT_GOVERNMENT_DUTY 不属于政府职责, IN_LEGAL_PROCEEDINGS 涉法涉诉, INAPPROPRIATE 内容不当, OTHER 其他',
});

/** Why a clue is suggested as a duplicate of another. */
export const ClueMatchKind = {
  SAME_PHONE: 'SAME_PHONE',
  SIMILAR_TITLE: 'SIMILAR_TITLE',
  SIMILAR_DESCRIPTION: 'SIMILAR_DESCRIPTION',
  SAME_LOCATION: 'SAME_LOCATION',
  SAME_CATEGORY: 'SAME_CATEGORY',
} as const;
export type ClueMatchKind = (typeof ClueMatchKind)[keyof typeof ClueMatchKind];
registerEnumType(ClueMatchKind, {
  name: 'ClueMatchKind',
  description:
    'SAME_PHONE 同一提交人手机号, SIMILAR_TITLE 标题相似, SIMILAR_DESCRIPTION 描述相似, SAME_LOCATION 地点相同, SAME_CATEGORY 分类相同 (said only beside another reason)',
});

/**
 * Each triage verb and the statuses it moves from and to. Only a new clue is triaged; a rejection or
 * merge may be undone for a while (clue.undo.ts), every other outcome is final.
 */
export const clueTransitions = {
  accept: { from: ['SUBMITTED'], to: 'ACCEPTED' },
  merge: { from: ['SUBMITTED'], to: 'MERGED' },
  reject: { from: ['SUBMITTED'], to: 'REJECTED' },
  refer: { from: ['SUBMITTED'], to: 'REFERRED' },
  undo: { from: ['REJECTED', 'MERGED'], to: 'SUBMITTED' },
} as const satisfies Record<string, { from: readonly ClueStatus[]; to: ClueStatus }>;
export type ClueVerb = keyof typeof clueTransitions;

export const nextClueStatus = (current: ClueStatus, verb: ClueVerb): ClueStatus => nextState('clue', clueTransitions, current, verb);

/** 已解决 / 未解决: the submitter's word on whether the problem was actually fixed. */
export const Verdict = { RESOLVED: 'RESOLVED', UNRESOLVED: 'UNRESOLVED' } as const;
export type Verdict = (typeof Verdict)[keyof typeof Verdict];
export const verdicts = Object.values(Verdict);
registerEnumType(Verdict, { name: 'SubmitterVerdict', description: 'RESOLVED 已解决, UNRESOLVED 未解决 (the submitter’s own word).' });

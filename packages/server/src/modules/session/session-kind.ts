import { registerEnumType } from 'type-graphql';
import type { BallotType } from '../vote/ballot-type.js';
import { defaultVoteSettings, type VoteSettings } from './vote-settings.js';

/**
 * The votes a congress runs with the same run of show, intake and tallies; each kind has its own
 * subject, ballot, default rules, wording and report.
 */
export const sessionKinds = [
  'TV_QUESTIONING',
  'SPECIAL_INQUIRY',
  'REPORT_ASSESSMENT',
  'PROJECT_VOTE',
  'REPRESENTATIVE_REVIEW',
  'LOOK_BACK',
] as const;
export type SessionKind = (typeof sessionKinds)[number];
export const SessionKindEnum = Object.fromEntries(sessionKinds.map((k) => [k, k])) as { [K in SessionKind]: K };
registerEnumType(SessionKindEnum, {
  name: 'SessionKind',
  description:
    'TV_QUESTIONING (电视问政), SPECIAL_INQUIRY (专题询问, 一问一答一测评 by the standing committee’s roll), REPORT_ASSESSMENT (报告满意度测评), PROJECT_VOTE (民生实事项目代表票决), REPRESENTATIVE_REVIEW (选民评议代表, secret ballot), LOOK_BACK (回头看: follow-up items voted again).',
});

/** What an agenda item is about. */
export const subjectKinds = ['ANSWER', 'REPORT', 'PROJECT', 'REPRESENTATIVE'] as const;
export type SubjectKind = (typeof subjectKinds)[number];
export const SubjectKindEnum = Object.fromEntries(subjectKinds.map((k) => [k, k])) as { [K in SubjectKind]: K };
registerEnumType(SubjectKindEnum, {
  name: 'SubjectKind',
  description:
    'ANSWER (应询部门的答复), REPORT (a report: title, submitting body, document), PROJECT (a candidate 民生实事 project), REPRESENTATIVE (a representative assessed by voters).',
});

export interface SessionKindProfile {
  subject: SubjectKind;
  /** The ballot a new agenda item gets; an item may choose another the kind allows. */
  ballotType: BallotType;
  ballotTypes: readonly BallotType[];
  /** The kind's default rules; staff may change them until the session goes live. */
  settings: VoteSettings;
  /** Months given for 二次办理 when the result is 不满意 (null: the follow-up board's usual deadline). */
  redoMonths: number | null;
}

// Studio-only kinds vote by the roll: no online channel, and no valid result without a quorum of the roll.
const rollOnly: Partial<VoteSettings> = { studioWeight: 100, onlineWeight: 0, studioQuorum: 'MAJORITY', quorumFallback: 'NO_RESULT' };

export const sessionKindProfiles: Record<SessionKind, SessionKindProfile> = {
  TV_QUESTIONING: {
    subject: 'ANSWER',
    ballotType: 'SATISFACTION',
    ballotTypes: ['SATISFACTION'],
    settings: defaultVoteSettings,
    redoMonths: null,
  },
  SPECIAL_INQUIRY: {
    subject: 'ANSWER',
    ballotType: 'SATISFACTION',
    ballotTypes: ['SATISFACTION'],
    settings: { ...defaultVoteSettings, ...rollOnly },
    redoMonths: null,
  },
  REPORT_ASSESSMENT: {
    subject: 'REPORT',
    ballotType: 'SATISFACTION',
    ballotTypes: ['SATISFACTION'],
    settings: { ...defaultVoteSettings, ...rollOnly },
    redoMonths: 6, // "6个月内…报告整改和问责情况"
  },
  PROJECT_VOTE: {
    subject: 'PROJECT',
    ballotType: 'APPROVAL',
    ballotTypes: ['APPROVAL', 'CHOOSE_UP_TO_N'],
    settings: { ...defaultVoteSettings, ...rollOnly, passingBase: 'WHOLE_ROLL', passingShare: 50 },
    redoMonths: null,
  },
  REPRESENTATIVE_REVIEW: {
    subject: 'REPRESENTATIVE',
    ballotType: 'SATISFACTION',
    ballotTypes: ['SATISFACTION'],
    // 选民 vote online on the roster, by secret ballot; nobody sees a running count before the reveal.
    settings: {
      ...defaultVoteSettings,
      studioWeight: 0,
      onlineWeight: 100,
      studioQuorum: 'NONE',
      onlineIdentity: 'ROSTER',
      hideResultsUntilClosed: true,
    },
    redoMonths: null,
  },
  LOOK_BACK: {
    subject: 'ANSWER',
    ballotType: 'SATISFACTION',
    ballotTypes: ['SATISFACTION'],
    settings: defaultVoteSettings,
    redoMonths: null,
  },
};

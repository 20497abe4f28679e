import type { SessionKind, SubjectKind } from '../../../gql/graphql';

// Which kinds of session staff plan here, and what each votes on (the server's sessionKindProfiles
// say the same; these serve the wording before the profiles have loaded).

/** The kinds staff plan from the session list; LOOK_BACK sessions are made from the follow-up board. */
export const PLANNABLE_KINDS = [
  'TV_QUESTIONING',
  'SPECIAL_INQUIRY',
  'REPORT_ASSESSMENT',
  'PROJECT_VOTE',
  'REPRESENTATIVE_REVIEW',
] as const satisfies readonly SessionKind[];

export const SUBJECT_OF_KIND: Record<SessionKind, SubjectKind> = {
  TV_QUESTIONING: 'ANSWER',
  SPECIAL_INQUIRY: 'ANSWER',
  REPORT_ASSESSMENT: 'REPORT',
  PROJECT_VOTE: 'PROJECT',
  REPRESENTATIVE_REVIEW: 'REPRESENTATIVE',
  LOOK_BACK: 'ANSWER',
};

export const isPlannableKind = (kind: string): kind is (typeof PLANNABLE_KINDS)[number] =>
  (PLANNABLE_KINDS as readonly string[]).includes(kind);

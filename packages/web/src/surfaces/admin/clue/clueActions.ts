import type { AcceptClueInput, FollowUpFromClueInput, RejectReason, SessionKind, SubjectKind } from '../../../gql/graphql';
import { checkDeadline, fromLocalDateInput, type FollowUpProblems } from '../../../follow-up/followUpForms';
import { SUBJECT_OF_KIND } from '../session/sessionKinds';
import { emptyQuestionForm, toQuestionInput, validateQuestionForm, type QuestionFormValues } from '../session/runningOrder';
import type { SessionProblem } from '../session/sessionSettingsRules';
import { checkField } from '../../../composables/validation';

// What each triage dialog checks before asking the server (the same limits the server enforces),
// and the inputs it sends.

export type ClueProblems = Partial<Record<string, SessionProblem>>;

function collect(checks: Record<string, SessionProblem | null>): ClueProblems {
  const problems: ClueProblems = {};
  for (const [field, problem] of Object.entries(checks)) if (problem) problems[field] = problem;
  return problems;
}

export interface RejectValues {
  reason: RejectReason | '';
  note: string;
}
export const emptyReject = (): RejectValues => ({ reason: '', note: '' });
export const validateReject = (values: RejectValues) =>
  collect({ reason: checkField(values.reason, { required: true, select: true }), note: checkField(values.note, { max: 500 }) });

export interface ReferValues {
  departmentId: string;
  note: string;
}
export const emptyRefer = (departmentId = ''): ReferValues => ({ departmentId, note: '' });
export const validateRefer = (values: ReferValues) =>
  collect({ departmentId: checkField(values.departmentId, { required: true, select: true }), note: checkField(values.note, { max: 500 }) });

export interface ReplyValues {
  reply: string;
}
export const validateReply = (values: ReplyValues) => collect({ reply: checkField(values.reply, { required: true, max: 2000 }) });

export interface MergeValues {
  intoId: string;
}
export const validateMerge = (values: MergeValues) => collect({ intoId: checkField(values.intoId, { required: true, select: true }) });

/** A follow-up item from a referred clue: what the department is to do, and by when (empty: the default handling time). */
export interface FollowUpValues {
  commitment: string;
  deadline: string;
}
export const emptyFollowUp = (): FollowUpValues => ({ commitment: '', deadline: '' });
export function validateFollowUp(values: FollowUpValues, now: Date = new Date()): FollowUpProblems {
  const problems: FollowUpProblems = {};
  const commitment = checkField(values.commitment, { required: true, max: 5000 });
  if (commitment) problems.commitment = commitment;
  const deadline = values.deadline.trim() ? checkDeadline(values.deadline, now) : null;
  if (deadline) problems.deadline = deadline;
  return problems;
}
export const toFollowUpInput = (clueId: string, values: FollowUpValues): FollowUpFromClueInput => ({
  clueId,
  commitment: values.commitment.trim(),
  deadline: values.deadline.trim() ? fromLocalDateInput(values.deadline) : null,
});

/** Accepting makes the clue part of an existing question of a session, or a new question appended to it. */
export type AcceptMode = 'existing' | 'new';

export interface AcceptValues {
  mode: AcceptMode;
  sessionId: string;
  questionId: string;
  question: QuestionFormValues;
  /** What a new item of the chosen session is about: an on-air question, or a candidate project (征集民生实事项目). */
  subject: AcceptSubject;
}

/** Clues become questions to answer, or candidate projects of a 票决; reports and representatives are not made from clues. */
export type AcceptSubject = Extract<SubjectKind, 'ANSWER' | 'PROJECT'>;

/** The subject a clue accepted into a session of `kind` becomes; null: clues are not accepted into it. */
export function acceptSubjectOf(kind: SessionKind | undefined): AcceptSubject | null {
  const subject = kind ? SUBJECT_OF_KIND[kind] : 'ANSWER';
  return subject === 'ANSWER' || subject === 'PROJECT' ? subject : null;
}

/** Switches a new item's draft to `subject`: a candidate project is voted 赞成 / 反对 / 弃权. */
export function withAcceptSubject(values: AcceptValues, subject: AcceptSubject): void {
  values.subject = subject;
  values.question.ballotType = subject === 'PROJECT' ? 'APPROVAL' : 'SATISFACTION';
}

interface ClueForAccept {
  title: string;
  description: string;
  location?: string | null;
  session?: { id: string } | null;
  department?: { id: string } | null;
}

/** A new question drafted from the clue: its title and text; who asks and answers is the planner's choice. */
export function questionFromClue(clue: ClueForAccept): QuestionFormValues {
  const place = clue.location?.trim();
  return {
    ...emptyQuestionForm(),
    title: [...clue.title].slice(0, 200).join(''),
    body: [...(place ? `${clue.description}\n（${place}）` : clue.description)].slice(0, 5000).join(''),
    departmentId: clue.department?.id ?? '',
  };
}

export function initialAccept(clue: ClueForAccept): AcceptValues {
  return { mode: 'new', sessionId: clue.session?.id ?? '', questionId: '', question: questionFromClue(clue), subject: 'ANSWER' };
}

/** Problems by field; a new question's fields keep their own names (title, body, …) as the server reports them. */
export function validateAccept(values: AcceptValues): ClueProblems {
  const problems = collect({ sessionId: checkField(values.sessionId, { required: true, select: true }) });
  if (values.mode === 'existing') {
    const question = checkField(values.questionId, { required: true, select: true });
    if (question) problems.questionId = question;
    return problems;
  }
  return { ...problems, ...validateQuestionForm(values.question, values.subject) };
}

export function toAcceptInput(clueId: string, values: AcceptValues): AcceptClueInput {
  return values.mode === 'existing'
    ? { clueId, questionId: values.questionId }
    : { clueId, sessionId: values.sessionId, newQuestion: toQuestionInput(values.question, values.subject) };
}

import type { AcceptClueInput, RejectReason } from '../../../gql/graphql';
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

/** Accepting makes the clue part of an existing question of a session, or a new question appended to it. */
export type AcceptMode = 'existing' | 'new';

export interface AcceptValues {
  mode: AcceptMode;
  sessionId: string;
  questionId: string;
  question: QuestionFormValues;
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
  return { mode: 'new', sessionId: clue.session?.id ?? '', questionId: '', question: questionFromClue(clue) };
}

/** Problems by field; a new question's fields keep their own names (title, body, …) as the server reports them. */
export function validateAccept(values: AcceptValues): ClueProblems {
  const problems = collect({ sessionId: checkField(values.sessionId, { required: true, select: true }) });
  if (values.mode === 'existing') {
    const question = checkField(values.questionId, { required: true, select: true });
    if (question) problems.questionId = question;
    return problems;
  }
  return { ...problems, ...validateQuestionForm(values.question) };
}

export function toAcceptInput(clueId: string, values: AcceptValues): AcceptClueInput {
  return values.mode === 'existing'
    ? { clueId, questionId: values.questionId }
    : { clueId, sessionId: values.sessionId, newQuestion: toQuestionInput(values.question) };
}

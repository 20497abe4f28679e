import type { QuestionInput, QuestionPhase, SessionStatus } from '../../../gql/graphql';
import { isWebAddress, type SessionProblem } from './sessionSettingsRules';
import { checkField, type Rule } from '../../../composables/validation';

// The running order of a session as the planner edits it: the question form and moving questions.

export interface QuestionFormValues {
  title: string;
  body: string;
  questioner: string;
  departmentId: string;
  respondent: string;
  clipUrl: string;
}

const questionRules: Record<keyof QuestionFormValues, Rule> = {
  title: { required: true, max: 200 },
  body: { required: true, max: 5_000 },
  questioner: { required: true, max: 60 },
  departmentId: { required: true, select: true },
  respondent: { required: true, max: 60 },
  clipUrl: { max: 500 },
};

export const emptyQuestionForm = (): QuestionFormValues => ({
  title: '',
  body: '',
  questioner: '',
  departmentId: '',
  respondent: '',
  clipUrl: '',
});

export function fromQuestion(question: {
  title: string;
  body: string;
  questioner: string;
  respondent: string;
  clipUrl?: string | null;
  department: { id: string };
}): QuestionFormValues {
  const { title, body, questioner, respondent } = question;
  return { title, body, questioner, respondent, departmentId: question.department.id, clipUrl: question.clipUrl ?? '' };
}

export function validateQuestionForm(values: QuestionFormValues): Partial<Record<keyof QuestionFormValues, SessionProblem>> {
  const problems: Partial<Record<keyof QuestionFormValues, SessionProblem>> = {};
  for (const field of Object.keys(questionRules) as (keyof QuestionFormValues)[]) {
    const problem = checkField(values[field], questionRules[field]);
    if (problem) problems[field] = problem;
  }
  if (!problems.clipUrl && values.clipUrl.trim() !== '' && !isWebAddress(values.clipUrl)) problems.clipUrl = { key: 'url' };
  return problems;
}

export function toQuestionInput(values: QuestionFormValues): QuestionInput {
  return {
    title: values.title.trim(),
    body: values.body.trim(),
    questioner: values.questioner.trim(),
    departmentId: values.departmentId,
    respondent: values.respondent.trim(),
    clipUrl: values.clipUrl.trim() || null,
  };
}

interface OrderedQuestion {
  id: string;
  phase: QuestionPhase;
}

/** Questions can be added to and removed from the plan only until the session goes on air. */
export const canChangePlan = (status: SessionStatus) => status === 'DRAFT' || status === 'PUBLISHED';

/** A question can be edited until it is asked (the server allows this during the broadcast too). */
export const canEditQuestion = (status: SessionStatus, question: OrderedQuestion) => status !== 'ENDED' && question.phase === 'PENDING';

/**
 * Whether the question at `index` can swap places with its neighbour `delta` away. Questions that
 * have been asked keep their places, so both must still be pending.
 */
export function canMove(status: SessionStatus, questions: readonly OrderedQuestion[], index: number, delta: -1 | 1): boolean {
  const other = index + delta;
  if (status === 'ENDED' || index < 0 || index >= questions.length || other < 0 || other >= questions.length) return false;
  return questions[index]!.phase === 'PENDING' && questions[other]!.phase === 'PENDING';
}

/** The ids in their new order after moving the question at `index` by `delta`, or null if it cannot move. */
export function movedOrder(questions: readonly { id: string }[], index: number, delta: -1 | 1): string[] | null {
  const other = index + delta;
  if (index < 0 || index >= questions.length || other < 0 || other >= questions.length) return null;
  const ids = questions.map((q) => q.id);
  [ids[index], ids[other]] = [ids[other]!, ids[index]!];
  return ids;
}

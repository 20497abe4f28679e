import type { BallotType, QuestionInput, QuestionPhase, SessionStatus, SubjectKind } from '../../../gql/graphql';
import { isWebAddress, type SessionProblem } from './sessionSettingsRules';
import { checkField, type Rule } from '../../../composables/validation';

// The running order of a session as the planner edits it: the agenda item form (its fields depend on
// the item's subject, set by the session's kind) and moving items.

/** One row of a CHOOSE_UP_TO_N list as edited; `key` keeps a row's controls while rows move. */
export interface CandidateRow {
  key: number;
  label: string;
  detail: string;
  departmentId: string;
}

export interface QuestionFormValues {
  title: string;
  /** ANSWER: the question; REPORT: its summary; PROJECT: its description; REPRESENTATIVE: the work report's points. */
  body: string;
  /** ANSWER: who asks. */
  questioner: string;
  /** ANSWER: 应询部门; REPORT: 报告单位; PROJECT (one project): 牵头单位. */
  departmentId: string;
  /** ANSWER: who answers; REPORT: 报告人; REPRESENTATIVE: 代表姓名. */
  respondent: string;
  /** ANSWER: the undercover clip. */
  clipUrl: string;
  /** REPRESENTATIVE: 选区 or 代表团. */
  district: string;
  /** REPRESENTATIVE: the 代表档案 assessed ('' when typed in by hand). */
  representativeId: string;
  /** PROJECT: 万元. */
  budget: number | null;
  /** PROJECT: one project (APPROVAL) or a list (CHOOSE_UP_TO_N); other subjects keep their kind's ballot. */
  ballotType: BallotType;
  candidates: CandidateRow[];
  maxChoices: number | null;
}

/** The server's limits. */
export const MAX_CANDIDATES = 30;
export const MAX_BUDGET = 100_000_000;

type TextField = 'title' | 'body' | 'questioner' | 'departmentId' | 'respondent' | 'clipUrl' | 'district';

/** What each subject asks for, as the server checks it; fields not listed are not sent. */
function textRules(subject: SubjectKind, ballotType: BallotType): Partial<Record<TextField, Rule>> {
  const title: Rule = { required: true, max: 200 };
  const body: Rule = { max: 5_000 };
  if (subject === 'REPORT') return { title, body, departmentId: { required: true, select: true }, respondent: { required: true, max: 60 } };
  if (subject === 'PROJECT')
    return ballotType === 'CHOOSE_UP_TO_N' ? { title, body } : { title, body, departmentId: { required: true, select: true } };
  if (subject === 'REPRESENTATIVE') return { title, body, respondent: { required: true, max: 60 }, district: { required: true, max: 60 } };
  return {
    title,
    body: { required: true, max: 5_000 },
    questioner: { required: true, max: 60 },
    departmentId: { required: true, select: true },
    respondent: { required: true, max: 60 },
    clipUrl: { max: 500 },
  };
}

let nextCandidateKey = 1;
export const emptyCandidate = (): CandidateRow => ({ key: nextCandidateKey++, label: '', detail: '', departmentId: '' });

/** An empty item; a list starts with two blank candidates. */
export const emptyQuestionForm = (ballotType: BallotType = 'SATISFACTION'): QuestionFormValues => ({
  title: '',
  body: '',
  questioner: '',
  departmentId: '',
  respondent: '',
  clipUrl: '',
  district: '',
  representativeId: '',
  budget: null,
  ballotType,
  candidates: [emptyCandidate(), emptyCandidate()],
  maxChoices: 1,
});

export function fromQuestion(question: {
  title: string;
  body: string;
  questioner: string;
  respondent: string;
  clipUrl?: string | null;
  department: { id: string } | null;
  district?: string | null;
  representativeId?: string | null;
  budget?: number | null;
  ballotType?: BallotType;
  candidates?: readonly { label: string; detail: string | null; departmentId: string | null }[];
  maxChoices?: number | null;
}): QuestionFormValues {
  const { title, body, questioner, respondent } = question;
  const candidates = (question.candidates ?? []).map((c) => ({
    ...emptyCandidate(),
    label: c.label,
    detail: c.detail ?? '',
    departmentId: c.departmentId ?? '',
  }));
  return {
    ...emptyQuestionForm(question.ballotType),
    title,
    body,
    questioner,
    respondent,
    departmentId: question.department?.id ?? '',
    clipUrl: question.clipUrl ?? '',
    district: question.district ?? '',
    representativeId: question.representativeId ?? '',
    budget: question.budget ?? null,
    ...(candidates.length > 0 ? { candidates, maxChoices: question.maxChoices ?? 1 } : {}),
  };
}

/** The rows that name a candidate, trimmed; blank rows are left out. */
export function filledCandidates(rows: readonly CandidateRow[]) {
  return rows
    .map((row) => ({ label: row.label.trim(), detail: row.detail.trim(), departmentId: row.departmentId }))
    .filter((row) => row.label !== '' || row.detail !== '' || row.departmentId !== '');
}

function checkCandidates(values: QuestionFormValues, subject: SubjectKind): Partial<Record<'candidates' | 'maxChoices', SessionProblem>> {
  const list = filledCandidates(values.candidates);
  const problems: Partial<Record<'candidates' | 'maxChoices', SessionProblem>> = {};
  const labels = list.map((c) => c.label);
  const duplicate = labels.find((label, i) => label !== '' && labels.indexOf(label) !== i);
  const tooLong = list.find((c) => [...c.label].length > 100 || [...c.detail].length > 300);
  if (list.length < 2 || list.some((c) => c.label === '')) problems.candidates = { key: 'candidatesTooFew' };
  else if (list.length > MAX_CANDIDATES) problems.candidates = { key: 'range', min: 2, max: MAX_CANDIDATES };
  else if (duplicate !== undefined) problems.candidates = { key: 'candidatesDuplicate', label: duplicate };
  else if (tooLong) problems.candidates = { key: 'tooLong', max: [...tooLong.label].length > 100 ? 100 : 300 };
  else if (subject === 'PROJECT' && list.some((c) => c.departmentId === '')) problems.candidates = { key: 'candidatesDepartment' };
  const max = Math.max(1, list.length);
  const n = values.maxChoices;
  if (n === null || !Number.isInteger(n) || n < 1 || n > max) problems.maxChoices = { key: 'maxChoicesRange', max };
  return problems;
}

/** Problems by field, for an item about `subject` (the session kind's); ANSWER when not given. */
export function validateQuestionForm(
  values: QuestionFormValues,
  subject: SubjectKind = 'ANSWER',
): Partial<Record<keyof QuestionFormValues, SessionProblem>> {
  const problems: Partial<Record<keyof QuestionFormValues, SessionProblem>> = {};
  const rules = textRules(subject, values.ballotType);
  for (const field of Object.keys(rules) as TextField[]) {
    const problem = checkField(values[field], rules[field]!);
    if (problem) problems[field] = problem;
  }
  if (rules.clipUrl && !problems.clipUrl && values.clipUrl.trim() !== '' && !isWebAddress(values.clipUrl))
    problems.clipUrl = { key: 'url' };
  if (subject === 'PROJECT' && values.ballotType !== 'CHOOSE_UP_TO_N' && values.budget !== null) {
    if (Number.isNaN(values.budget) || values.budget < 0 || values.budget > MAX_BUDGET)
      problems.budget = { key: 'range', min: 0, max: MAX_BUDGET };
  }
  if (values.ballotType === 'CHOOSE_UP_TO_N') Object.assign(problems, checkCandidates(values, subject));
  return problems;
}

/** The item as the API's input: only what its subject uses; call after `validateQuestionForm` found nothing. */
export function toQuestionInput(values: QuestionFormValues, subject: SubjectKind = 'ANSWER'): QuestionInput {
  const title = values.title.trim();
  const body = values.body.trim();
  const departmentId = values.departmentId || null;
  switch (subject) {
    case 'REPORT':
      return { title, body, departmentId, respondent: values.respondent.trim() };
    case 'REPRESENTATIVE':
      return {
        title,
        body,
        respondent: values.respondent.trim(),
        district: values.district.trim(),
        representativeId: values.representativeId || null,
      };
    case 'PROJECT':
      if (values.ballotType === 'CHOOSE_UP_TO_N')
        return {
          title,
          body,
          ballotType: 'CHOOSE_UP_TO_N',
          departmentId: null,
          candidates: filledCandidates(values.candidates).map((c) => ({
            label: c.label,
            detail: c.detail || null,
            departmentId: c.departmentId || null,
          })),
          maxChoices: values.maxChoices,
        };
      return { title, body, ballotType: values.ballotType, departmentId, budget: values.budget };
    default:
      return {
        title,
        body,
        questioner: values.questioner.trim(),
        departmentId,
        respondent: values.respondent.trim(),
        clipUrl: values.clipUrl.trim() || null,
      };
  }
}

/** Moves the candidate at `index` by `delta`; the rows unchanged when it cannot move. */
export function movedCandidates(rows: readonly CandidateRow[], index: number, delta: -1 | 1): CandidateRow[] {
  const other = index + delta;
  const next = [...rows];
  if (index < 0 || index >= rows.length || other < 0 || other >= rows.length) return next;
  [next[index], next[other]] = [next[other]!, next[index]!];
  return next;
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

import { shallowRef, type ShallowRef } from 'vue';
import { client } from '../../../graphql/client';
import { i18n } from '../../../i18n';
import { movedOrder, toQuestionInput, validateQuestionForm, type QuestionFormValues } from './runningOrder';
import { sessionErrorMessage, useSessionErrorMessage } from '../../../session/sessionErrors';
import { translateSessionProblems, type SessionProblem } from './sessionSettingsRules';
import { SUBJECT_OF_KIND } from './sessionKinds';
import { fetchDepartments, type Department } from '../directory/useDepartmentDirectory';
import { useDialogForm } from '../../../composables/useDialogForm';
import { useErrorMessage } from '../../../composables/useErrorMessage';
import {
  AddQuestionDocument,
  RemoveQuestionDocument,
  ReorderQuestionsDocument,
  UpdateQuestionDocument,
  type SessionPlan,
} from './operations';
import type { SubjectKind } from '../../../gql/graphql';

/** Each field's visible label for an item about `subject`, so messages name it as the dialog does. */
export function questionFieldLabels(subject: SubjectKind = 'ANSWER'): Record<keyof QuestionFormValues | 'label' | 'detail', string> {
  const t = (key: string) => i18n.global.t(`sessions.questions.${key}`);
  const bySubject = {
    ANSWER: { title: t('title'), body: t('body'), departmentId: t('department'), respondent: t('respondent') },
    REPORT: { title: t('reportTitle'), body: t('reportSummary'), departmentId: t('reportDepartment'), respondent: t('reporter') },
    PROJECT: { title: t('projectTitle'), body: t('projectBody'), departmentId: t('leadDepartment'), respondent: t('respondent') },
    REPRESENTATIVE: { title: t('reviewTitle'), body: t('reviewSummary'), departmentId: t('department'), respondent: t('representative') },
  }[subject];
  return {
    ...bySubject,
    questioner: t('questioner'),
    clipUrl: t('clipUrl'),
    district: t('district'),
    representativeId: t('fromRecord'),
    budget: t('budget'),
    ballotType: t('ballotType'),
    candidates: t('candidates'),
    maxChoices: t('maxChoices'),
    // A candidate's own fields, as the server names them (candidates.0.label).
    label: t('candidateLabel'),
    detail: t('candidateDetail'),
  };
}

/** A county has tens of departments: all of them, for a plain choice list. */
const DEPARTMENT_CHOICES = 200;

export function useDepartmentChoices() {
  const departments = shallowRef<readonly Department[]>([]);
  const loading = shallowRef(false);
  const error = shallowRef<unknown>(null);
  async function load() {
    loading.value = true;
    error.value = null;
    try {
      departments.value = (await fetchDepartments(DEPARTMENT_CHOICES, null, '')).nodes;
    } catch (caught) {
      error.value = caught;
    } finally {
      loading.value = false;
    }
  }
  return { departments, loading, error: useErrorMessage(error), load };
}

/** Adds, edits, removes and moves the agenda items of the session shown; each answer replaces it. */
export function useRunningOrder(session: ShallowRef<SessionPlan | null>, show: (session: SessionPlan) => void) {
  /** What the session's items are about (all of a session's items share it). */
  const subject = (): SubjectKind => session.value?.questions[0]?.subject ?? SUBJECT_OF_KIND[session.value?.kind ?? 'TV_QUESTIONING'];
  /** What is being changed now: a question id, or `form` while the dialog saves. */
  const busy = shallowRef<string | null>(null);
  const actionError = shallowRef<unknown>(null);
  const {
    problems,
    serverError,
    fieldErrors,
    formError,
    reset: resetForm,
  } = useDialogForm<SessionProblem>({
    labels: () => questionFieldLabels(subject()),
    translateProblems: translateSessionProblems,
    describeServerError: sessionErrorMessage,
  });

  /** Adds an item (no id) or saves an edited one; the saved item's id, or null. */
  async function saveQuestion(values: QuestionFormValues, questionId: string | null): Promise<string | null> {
    if (!session.value || busy.value) return null;
    resetForm();
    problems.value = validateQuestionForm(values, subject());
    if (Object.keys(problems.value).length > 0) return null;
    busy.value = 'form';
    const before = new Set(session.value.questions.map((q) => q.id));
    try {
      const input = toQuestionInput(values, subject());
      const result = questionId
        ? await client.mutation(UpdateQuestionDocument, { id: questionId, input }).toPromise()
        : await client.mutation(AddQuestionDocument, { sessionId: session.value.id, input }).toPromise();
      const saved = result.data ? ('updateQuestion' in result.data ? result.data.updateQuestion : result.data.addQuestion) : null;
      if (!saved) {
        serverError.value = result.error ?? new Error('empty response');
        return null;
      }
      show(saved);
      // A new item is the one the session did not have before.
      return questionId ?? saved.questions.find((q) => !before.has(q.id))?.id ?? null;
    } finally {
      busy.value = null;
    }
  }

  async function change(id: string, request: () => Promise<SessionPlan | null | { error?: unknown }>): Promise<boolean> {
    if (busy.value) return false;
    busy.value = id;
    actionError.value = null;
    try {
      const outcome = await request();
      if (outcome && 'id' in outcome) {
        show(outcome);
        return true;
      }
      actionError.value = outcome?.error ?? new Error('empty response');
      return false;
    } finally {
      busy.value = null;
    }
  }

  function remove(questionId: string): Promise<boolean> {
    return change(questionId, async () => {
      const result = await client.mutation(RemoveQuestionDocument, { id: questionId }).toPromise();
      return result.data?.removeQuestion ?? { error: result.error };
    });
  }

  function move(index: number, delta: -1 | 1): Promise<boolean> {
    const current = session.value;
    const questionIds = current ? movedOrder(current.questions, index, delta) : null;
    if (!current || !questionIds) return Promise.resolve(false);
    return change(current.questions[index]!.id, async () => {
      const result = await client.mutation(ReorderQuestionsDocument, { sessionId: current.id, questionIds }).toPromise();
      return result.data?.reorderQuestions ?? { error: result.error };
    });
  }

  return {
    subject,
    busy,
    actionError: useSessionErrorMessage(actionError),
    fieldErrors,
    formError,
    resetForm,
    saveQuestion,
    remove,
    move,
  };
}

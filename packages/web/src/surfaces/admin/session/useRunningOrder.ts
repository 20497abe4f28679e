import { shallowRef, type ShallowRef } from 'vue';
import { client } from '../../../graphql/client';
import { i18n } from '../../../i18n';
import { movedOrder, toQuestionInput, validateQuestionForm, type QuestionFormValues } from './runningOrder';
import type { SessionDetail } from '../../../session/operations';
import { sessionErrorMessage, useSessionErrorMessage } from '../../../session/sessionErrors';
import { translateSessionProblems, type SessionProblem } from './sessionSettingsRules';
import { fetchDepartments, type Department } from '../directory/useDepartmentDirectory';
import { useDialogForm } from '../../../composables/useDialogForm';
import { useErrorMessage } from '../../../composables/useErrorMessage';
import { AddQuestionDocument, RemoveQuestionDocument, ReorderQuestionsDocument, UpdateQuestionDocument } from './operations';

export function questionFieldLabels(): Record<keyof QuestionFormValues, string> {
  const t = (key: string) => i18n.global.t(`sessions.questions.${key}`);
  return {
    title: t('title'),
    body: t('body'),
    questioner: t('questioner'),
    departmentId: t('department'),
    respondent: t('respondent'),
    clipUrl: t('clipUrl'),
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

/** Adds, edits, removes and moves the questions of the session shown; each answer replaces it. */
export function useRunningOrder(session: ShallowRef<SessionDetail | null>, show: (session: SessionDetail) => void) {
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
    labels: questionFieldLabels,
    translateProblems: translateSessionProblems,
    describeServerError: sessionErrorMessage,
  });

  /** Adds a question (no id) or saves an edited one; true once saved. */
  async function saveQuestion(values: QuestionFormValues, questionId: string | null): Promise<boolean> {
    if (!session.value || busy.value) return false;
    resetForm();
    problems.value = validateQuestionForm(values);
    if (Object.keys(problems.value).length > 0) return false;
    busy.value = 'form';
    try {
      const input = toQuestionInput(values);
      const result = questionId
        ? await client.mutation(UpdateQuestionDocument, { id: questionId, input }).toPromise()
        : await client.mutation(AddQuestionDocument, { sessionId: session.value.id, input }).toPromise();
      const saved = result.data ? ('updateQuestion' in result.data ? result.data.updateQuestion : result.data.addQuestion) : null;
      if (!saved) {
        serverError.value = result.error ?? new Error('empty response');
        return false;
      }
      show(saved);
      return true;
    } finally {
      busy.value = null;
    }
  }

  async function change(id: string, request: () => Promise<SessionDetail | null | { error?: unknown }>): Promise<boolean> {
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

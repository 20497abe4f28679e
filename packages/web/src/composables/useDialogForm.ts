import { computed, shallowRef } from 'vue';
import { errorMessage, type ErrorMessage } from './useErrorMessage';

/** What a form dialog is told by the page that sends it: whether it is sending, and what was refused. */
export interface DialogFormProps {
  submitting: boolean;
  fieldErrors: Record<string, string>;
  formError: string | null;
}

export interface DialogFormOptions<P> {
  /** Input field name → its translated label, for the messages that name the field. */
  labels: () => Record<string, string>;
  /** Words the problems found before sending, one message per field. */
  translateProblems: (problems: Partial<Record<string, P>>, labels: Record<string, string>) => Record<string, string>;
  /** Words what the server refused; session forms pass their own to cover the live-run codes. */
  describeServerError?: (error: unknown, labels: Record<string, string>) => ErrorMessage | null;
}

/**
 * The error state the admin dialog forms share: problems found before sending and what the
 * server refused, as one message per field plus one for the whole form. `reset` before each try.
 */
export function useDialogForm<P>({ labels, translateProblems, describeServerError = errorMessage }: DialogFormOptions<P>) {
  const problems = shallowRef<Partial<Record<string, P>>>({});
  const serverError = shallowRef<unknown>(null);

  const fieldLabels = computed(labels);
  const server = computed(() => describeServerError(serverError.value, fieldLabels.value));
  const fieldErrors = computed<Record<string, string>>(() => ({
    ...server.value?.fields,
    ...translateProblems(problems.value, fieldLabels.value),
  }));
  const formError = computed(() => server.value?.message ?? null);

  function reset() {
    problems.value = {};
    serverError.value = null;
  }

  return { problems, serverError, fieldErrors, formError, reset };
}

import { computed, reactive, shallowRef } from 'vue';
import type { AdminClueCallFieldsFragment } from '../../../gql/graphql';
import { client } from '../../../graphql/client';
import { i18n } from '../../../i18n';
import {
  clueCallPhase,
  clueCallValues,
  toClueCallInput,
  translateClueCallProblems,
  validateClueCall,
  type ClueCallProblem,
  type ClueCallValues,
} from './clueCall';
import { clueErrorMessage } from './clueErrors';
import { useDialogForm } from '../../../composables/useDialogForm';
import { useErrorMessage } from '../../../composables/useErrorMessage';
import { ClueCallDocument, SetClueCallDocument } from './operations';

/** Reads and sets a session's call for clues, for the session planning page. */
export function useClueCall(sessionId: string) {
  const call = shallowRef<AdminClueCallFieldsFragment | null>(null);
  const status = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<unknown>(null);
  const values = reactive<ClueCallValues>({ opensAt: '', closesAt: '' });
  const saving = shallowRef<'save' | 'clear' | null>(null);
  const form = useDialogForm<ClueCallProblem>({
    labels: () => ({ opensAt: i18n.global.t('admin.clueCall.opensAt'), closesAt: i18n.global.t('admin.clueCall.closesAt') }),
    translateProblems: translateClueCallProblems,
    describeServerError: clueErrorMessage,
  });

  function show(next: AdminClueCallFieldsFragment) {
    call.value = next;
    Object.assign(values, clueCallValues(next));
  }

  async function load() {
    status.value = 'loading';
    const result = await client.query(ClueCallDocument, { sessionId }, { requestPolicy: 'network-only' }).toPromise();
    loadError.value = result.error ?? null;
    if (result.data) {
      show(result.data.clueCall);
      status.value = 'ready';
    } else {
      status.value = 'error';
    }
  }

  async function send(next: ClueCallValues, action: 'save' | 'clear'): Promise<boolean> {
    if (saving.value) return false;
    form.reset();
    form.problems.value = validateClueCall(next);
    if (Object.keys(form.problems.value).length > 0) return false;
    saving.value = action;
    try {
      const result = await client.mutation(SetClueCallDocument, { input: toClueCallInput(sessionId, next) }).toPromise();
      if (!result.data) {
        form.serverError.value = result.error ?? new Error('empty response');
        return false;
      }
      show(result.data.setClueCall);
      return true;
    } finally {
      saving.value = null;
    }
  }

  /** Opens or moves the window to the times in the form. */
  const save = () => send({ ...values }, 'save');
  /** Closes the call: no window at all. */
  const clear = () => send({ opensAt: '', closesAt: '' }, 'clear');

  const phase = computed(() => clueCallPhase(call.value));
  void load();

  return {
    call,
    status,
    loadError: useErrorMessage(loadError),
    values,
    saving,
    fieldErrors: form.fieldErrors,
    formError: form.formError,
    phase,
    load,
    save,
    clear,
  };
}

import { computed, shallowRef } from 'vue';
import { client } from '../../../graphql/client';
import { useDialogForm } from '../../../composables/useDialogForm';
import { useErrorMessage } from '../../../composables/useErrorMessage';
import { representativeErrorMessage } from './representativeErrors';
import { AssignSupervisorsDocument, FollowUpSupervisionDocument, type Supervision } from './operations';
import { i18n } from '../../../i18n';
import { sortScores } from './supervision';

/** 领办督办 on one follow-up item: its supervising representatives and their scores; staff replace the set. */
export function useFollowUpSupervision(followUpId: string) {
  const supervision = shallowRef<Supervision | null>(null);
  const status = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const error = shallowRef<unknown>(null);
  const submitting = shallowRef(false);
  const form = useDialogForm<never>({
    labels: () => ({ representativeIds: i18n.global.t('admin.representatives.supervisors.choose') }),
    translateProblems: () => ({}),
    describeServerError: representativeErrorMessage,
  });

  async function load() {
    if (!supervision.value) status.value = 'loading';
    const result = await client.query(FollowUpSupervisionDocument, { id: followUpId }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) {
      supervision.value = result.data.followUp;
      error.value = null;
      status.value = 'ready';
    } else {
      error.value = result.error ?? new Error('empty response');
      if (!supervision.value) status.value = 'error';
    }
  }

  /** Replaces the supervisors; whether it was stored (else see the form's errors). */
  async function assign(representativeIds: readonly string[]): Promise<boolean> {
    if (submitting.value) return false;
    form.reset();
    submitting.value = true;
    try {
      const result = await client
        .mutation(AssignSupervisorsDocument, { followUpId, representativeIds: [...representativeIds] })
        .toPromise();
      if (!result.data) {
        form.serverError.value = result.error ?? new Error('empty response');
        return false;
      }
      supervision.value = result.data.assignSupervisors;
      return true;
    } finally {
      submitting.value = false;
    }
  }

  void load();
  const scores = computed(() => sortScores(supervision.value?.representativeScores ?? []));

  return {
    supervision,
    scores,
    status,
    loadError: useErrorMessage(error),
    load,
    assign,
    submitting,
    fieldErrors: form.fieldErrors,
    formError: form.formError,
    resetForm: form.reset,
  };
}

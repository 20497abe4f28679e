import { computed, shallowRef } from 'vue';
import { client } from '../../../graphql/client';
import { i18n } from '../../../i18n';
import { useDialogForm } from '../../../composables/useDialogForm';
import { useErrorMessage } from '../../../composables/useErrorMessage';
import { translateProblems, validate, type Problem } from '../../../composables/validation';
import { representativeErrorMessage } from './representativeErrors';
import { sortProposals } from './supervision';
import { AcceptProposalDocument, DeclineProposalDocument, QuestionProposalsDocument, type QuestionProposal } from './operations';

export const DECLINE_REASON_MAX = 500;

/** 代表出题 for one session: the proposals, accepted into the running order or declined with a reason. */
export function useQuestionProposals(sessionId: string) {
  const proposals = shallowRef<readonly QuestionProposal[]>([]);
  const status = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const error = shallowRef<unknown>(null);
  /** The proposal being accepted or declined. */
  const busyId = shallowRef<string | null>(null);
  const actionError = shallowRef<unknown>(null);
  const decline = useDialogForm<Problem>({
    labels: () => ({ reason: i18n.global.t('admin.representatives.proposals.reason') }),
    translateProblems,
    describeServerError: representativeErrorMessage,
  });

  async function load() {
    if (proposals.value.length === 0) status.value = 'loading';
    const result = await client.query(QuestionProposalsDocument, { sessionId }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) {
      proposals.value = result.data.questionProposals;
      error.value = null;
      status.value = 'ready';
    } else {
      error.value = result.error ?? new Error('empty response');
      status.value = 'error';
    }
  }

  const show = (changed: QuestionProposal) => (proposals.value = proposals.value.map((p) => (p.id === changed.id ? changed : p)));

  async function accept(id: string): Promise<QuestionProposal | null> {
    if (busyId.value) return null;
    busyId.value = id;
    actionError.value = null;
    try {
      const result = await client.mutation(AcceptProposalDocument, { id }).toPromise();
      if (!result.data) {
        actionError.value = result.error ?? new Error('empty response');
        void load();
        return null;
      }
      show(result.data.acceptQuestionProposal);
      return result.data.acceptQuestionProposal;
    } finally {
      busyId.value = null;
    }
  }

  async function declineWith(id: string, reason: string): Promise<QuestionProposal | null> {
    if (busyId.value) return null;
    decline.reset();
    decline.problems.value = validate({ reason }, { reason: { required: true, max: DECLINE_REASON_MAX } });
    if (Object.keys(decline.problems.value).length > 0) return null;
    busyId.value = id;
    try {
      const result = await client.mutation(DeclineProposalDocument, { id, reason: reason.trim() }).toPromise();
      if (!result.data) {
        decline.serverError.value = result.error ?? new Error('empty response');
        return null;
      }
      show(result.data.declineQuestionProposal);
      return result.data.declineQuestionProposal;
    } finally {
      busyId.value = null;
    }
  }

  void load();

  return {
    proposals: computed(() => sortProposals(proposals.value)),
    status,
    loadError: useErrorMessage(error),
    actionError: computed(() => representativeErrorMessage(actionError.value)),
    busyId,
    load,
    accept,
    decline: declineWith,
    declineErrors: decline.fieldErrors,
    declineFormError: decline.formError,
    resetDecline: decline.reset,
  };
}

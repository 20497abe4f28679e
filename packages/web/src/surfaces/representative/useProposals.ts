import { computed, shallowRef } from 'vue';
import { client } from '../../graphql/client';
import { i18n } from '../../i18n';
import { MyProposalsDocument, ProposalSessionsDocument, ProposeQuestionDocument, type Proposal, type ProposalSession } from './operations';
import { proposableSessions, toProposalInput, validateProposal, type FormProblems, type ProposalValues } from './representativeForms';
import { isInvalidPhase, representativeErrorMessage } from './representativeErrors';

const t = (key: string) => i18n.global.t(key);

/** 代表出题: the sessions open to proposals, my proposals with their status, and a new one. */
export function useProposals() {
  const proposals = shallowRef<readonly Proposal[]>([]);
  const listStatus = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const listError = shallowRef<unknown>(null);
  const sessions = shallowRef<readonly ProposalSession[]>([]);
  const sessionsStatus = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const sessionsError = shallowRef<unknown>(null);

  async function loadProposals() {
    if (proposals.value.length === 0) listStatus.value = 'loading';
    const result = await client.query(MyProposalsDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) {
      // Newest first.
      proposals.value = [...result.data.questionProposals].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      listStatus.value = 'ready';
    } else {
      listError.value = result.error;
      listStatus.value = 'error';
    }
  }

  async function loadSessions() {
    sessionsStatus.value = 'loading';
    const result = await client.query(ProposalSessionsDocument, { first: 100 }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) {
      sessions.value = proposableSessions(result.data.sessions.nodes);
      sessionsStatus.value = 'ready';
    } else {
      sessionsError.value = result.error;
      sessionsStatus.value = 'error';
    }
  }
  void loadProposals();
  void loadSessions();

  const submitting = shallowRef(false);
  const problems = shallowRef<FormProblems>({});
  const serverError = shallowRef<unknown>(null);
  const labels = () => ({
    sessionId: t('representative.proposals.session'),
    title: t('representative.proposals.questionTitle'),
    body: t('representative.proposals.body'),
    respondent: t('representative.proposals.respondent'),
    departmentId: t('representative.proposals.department'),
  });
  const server = computed(() => representativeErrorMessage(serverError.value, labels(), 'representative.errors.proposalClosed'));
  const fieldErrors = computed<Record<string, string>>(() => ({
    ...server.value?.fields,
    ...Object.fromEntries(Object.entries(problems.value).map(([field, key]) => [field, t(`representative.${key}`)])),
  }));

  async function propose(values: ProposalValues): Promise<boolean> {
    if (submitting.value) return false;
    serverError.value = null;
    problems.value = validateProposal(values);
    if (Object.keys(problems.value).length > 0) return false;
    submitting.value = true;
    try {
      const result = await client.mutation(ProposeQuestionDocument, { input: toProposalInput(values) }).toPromise();
      if (!result.data) {
        serverError.value = result.error ?? new Error('empty response');
        // The session went live or was withdrawn meanwhile: offer the current list.
        if (isInvalidPhase(result.error)) void loadSessions();
        return false;
      }
      proposals.value = [result.data.proposeQuestion, ...proposals.value];
      return true;
    } finally {
      submitting.value = false;
    }
  }

  return {
    proposals,
    listStatus,
    listError: computed(() => representativeErrorMessage(listError.value)?.message ?? ''),
    loadProposals,
    sessions,
    sessionsStatus,
    sessionsError: computed(() => representativeErrorMessage(sessionsError.value)?.message ?? ''),
    loadSessions,
    submitting,
    fieldErrors,
    formError: computed(() => server.value?.message ?? null),
    propose,
  };
}

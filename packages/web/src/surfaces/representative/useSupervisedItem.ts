import { computed, shallowRef } from 'vue';
import type { RepresentativeScore } from '../../gql/graphql';
import { client } from '../../graphql/client';
import { i18n } from '../../i18n';
import { classifyError } from '../../composables/useErrorMessage';
import { useCursorList } from '../../composables/useCursorList';
import { PAGE_SIZE, reloadOnSearch } from '../../composables/useListPanel';
import type { FollowUpRow } from '../../follow-up/operations';
import {
  CommentOnFollowUpDocument,
  RepresentativeItemDocument,
  ScoreFollowUpDocument,
  SupervisedFollowUpsDocument,
  type SupervisedItem,
} from './operations';
import { validateComment, validateScore, type FormProblems } from './representativeForms';
import { isInvalidPhase, representativeErrorMessage } from './representativeErrors';

const t = (key: string) => i18n.global.t(key);

/** 督办事项: the items this representative supervises, searchable. */
export function useSupervisedItems() {
  const search = shallowRef('');
  const list = useCursorList<FollowUpRow>(async (after) => {
    const result = await client
      .query(
        SupervisedFollowUpsDocument,
        { first: PAGE_SIZE, after, search: search.value.trim() || null },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (!result.data) throw result.error ?? new Error('empty response');
    return result.data.supervisedFollowUps;
  });
  reloadOnSearch(search, list.reload);
  void list.reload();
  return { ...list, search, loadError: computed(() => representativeErrorMessage(list.error.value)) };
}

/** A form on the item shown; the answer (the whole item) replaces it. */
function useItemForm<V>(
  item: { value: SupervisedItem | null },
  options: {
    labels: () => Record<string, string>;
    validate: (values: V) => FormProblems;
    send: (item: SupervisedItem, values: V) => Promise<{ data?: SupervisedItem | null; error?: unknown }>;
    invalidPhaseKey?: string;
    show: (item: SupervisedItem) => void;
    reload: () => Promise<void>;
  },
) {
  const submitting = shallowRef(false);
  const problems = shallowRef<FormProblems>({});
  const serverError = shallowRef<unknown>(null);
  const server = computed(() => representativeErrorMessage(serverError.value, options.labels(), options.invalidPhaseKey));
  const fieldErrors = computed<Record<string, string>>(() => ({
    ...server.value?.fields,
    ...Object.fromEntries(Object.entries(problems.value).map(([field, key]) => [field, t(`representative.${key}`)])),
  }));

  async function submit(values: V): Promise<boolean> {
    const current = item.value;
    if (!current || submitting.value) return false;
    problems.value = options.validate(values);
    serverError.value = null;
    if (Object.keys(problems.value).length > 0) return false;
    submitting.value = true;
    try {
      const { data, error } = await options.send(current, values);
      if (!data) {
        serverError.value = error ?? new Error('empty response');
        if (isInvalidPhase(error)) void options.reload();
        return false;
      }
      options.show(data);
      return true;
    } finally {
      submitting.value = false;
    }
  }
  const reset = () => {
    problems.value = {};
    serverError.value = null;
  };
  return { submitting, fieldErrors, formError: computed(() => server.value?.message ?? null), submit, reset };
}

/** One supervised item: its facts and timeline, the supervisors and their scores; comment and score. */
export function useSupervisedItem(id: string) {
  const item = shallowRef<SupervisedItem | null>(null);
  const status = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const error = shallowRef<unknown>(null);

  async function reload() {
    if (!item.value) status.value = 'loading';
    const result = await client.query(RepresentativeItemDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) {
      item.value = result.data.followUp;
      error.value = null;
      status.value = 'ready';
    } else {
      error.value = result.error ?? new Error('empty response');
      if (!item.value) status.value = 'error';
    }
  }
  void reload();
  const show = (changed: SupervisedItem) => (item.value = changed);
  const code = computed(() => classifyError(error.value)?.code ?? null);

  const comment = useItemForm<string>(item, {
    show,
    reload,
    labels: () => ({ note: t('representative.item.comment.label') }),
    validate: validateComment,
    send: async (current, note) => {
      const result = await client.mutation(CommentOnFollowUpDocument, { id: current.id, note: note.trim() }).toPromise();
      return { data: result.data?.commentOnFollowUp, error: result.error };
    },
  });

  const score = useItemForm<{ score: RepresentativeScore | ''; note: string }>(item, {
    show,
    reload,
    labels: () => ({ score: t('representative.item.score.legend'), note: t('representative.item.score.note') }),
    validate: validateScore,
    invalidPhaseKey: 'representative.errors.scoreNotReported',
    send: async (current, values) => {
      const input = { id: current.id, score: values.score as RepresentativeScore, note: values.note.trim() || null };
      const result = await client.mutation(ScoreFollowUpDocument, { input }).toPromise();
      return { data: result.data?.scoreFollowUp, error: result.error };
    },
  });

  return {
    item,
    status,
    reload,
    loadError: computed(() => representativeErrorMessage(error.value)?.message ?? ''),
    notFound: computed(() => code.value === 'NOT_FOUND'),
    forbidden: computed(() => code.value === 'FORBIDDEN'),
    comment,
    score,
  };
}

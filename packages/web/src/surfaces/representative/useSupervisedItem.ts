import { computed, shallowRef } from 'vue';
import type { RepresentativeScore } from '../../gql/graphql';
import { client } from '../../graphql/client';
import { i18n } from '../../i18n';
import { useCursorList } from '../../composables/useCursorList';
import { PAGE_SIZE, reloadOnSearch } from '../../composables/useListPanel';
import type { FollowUpRow } from '../../follow-up/operations';
import { useFollowUpForm, useFollowUpItemFrom, type FollowUpFormWords } from '../../follow-up/useFollowUpItem';
import {
  CommentOnFollowUpDocument,
  RepresentativeItemDocument,
  ScoreFollowUpDocument,
  SupervisedFollowUpsDocument,
  type SupervisedItem,
} from './operations';
import { validateComment, validateScore } from './representativeForms';
import { representativeErrorMessage } from './representativeErrors';

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

/** The workspace's words for a form's problems and refusals; `invalidPhaseKey` says what INVALID_PHASE means there. */
function workspaceWords(invalidPhaseKey?: string): FollowUpFormWords<string> {
  return {
    translateProblems: (problems) =>
      Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, t(`representative.${key}`)])),
    describeServerError: (error, labels) => representativeErrorMessage(error, labels, invalidPhaseKey),
  };
}

/** One supervised item: its facts and timeline, the supervisors and their scores; comment and score. */
export function useSupervisedItem(id: string) {
  const target = useFollowUpItemFrom(id, RepresentativeItemDocument, (error) => representativeErrorMessage(error));
  const { item, show, reload } = target;

  const comment = useFollowUpForm<string, SupervisedItem, string>(item, {
    show,
    reload,
    words: workspaceWords(),
    labels: () => ({ note: t('representative.item.comment.label') }),
    validate: validateComment,
    send: async (current, note) => {
      const result = await client.mutation(CommentOnFollowUpDocument, { id: current.id, note: note.trim() }).toPromise();
      return { data: result.data?.commentOnFollowUp, error: result.error };
    },
  });

  const score = useFollowUpForm<{ score: RepresentativeScore | ''; note: string }, SupervisedItem, string>(item, {
    show,
    reload,
    words: workspaceWords('representative.errors.scoreNotReported'),
    labels: () => ({ score: t('representative.item.score.legend'), note: t('representative.item.score.note') }),
    validate: validateScore,
    send: async (current, values) => {
      const input = { id: current.id, score: values.score as RepresentativeScore, note: values.note.trim() || null };
      const result = await client.mutation(ScoreFollowUpDocument, { input }).toPromise();
      return { data: result.data?.scoreFollowUp, error: result.error };
    },
  });

  return { ...target, comment, score };
}

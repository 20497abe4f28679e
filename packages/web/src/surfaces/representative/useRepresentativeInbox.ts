import { computed, shallowRef } from 'vue';
import type { ClueStatus } from '../../gql/graphql';
import { client } from '../../graphql/client';
import { i18n } from '../../i18n';
import { useCursorList } from '../../composables/useCursorList';
import { PAGE_SIZE, reloadOnSearch } from '../../composables/useListPanel';
import {
  DispatchClueDocument,
  ForwardClueDocument,
  RepresentativeClueCategoriesDocument,
  RepresentativeDepartmentsDocument,
  RepresentativeInboxDocument,
  ReplyToClueDocument,
  type InboxClue,
} from './operations';
import {
  toDispatchInput,
  validateDispatch,
  validateForward,
  validateReply,
  type DispatchValues,
  type FormProblems,
} from './representativeForms';
import { isInvalidPhase, representativeErrorMessage } from './representativeErrors';

const t = (key: string, values?: Record<string, unknown>) => (values ? i18n.global.t(key, values) : i18n.global.t(key));

/**
 * A form sent on one clue: checked here (problems are message keys), then sent; the answer replaces
 * the clue in the list. A clue handled meanwhile (INVALID_PHASE) makes the list load afresh.
 */
function useClueAction<V>(options: {
  labels: () => Record<string, string>;
  validate: (values: V) => FormProblems;
  send: (clue: InboxClue, values: V) => Promise<{ data?: InboxClue | null; error?: unknown }>;
  show: (clue: InboxClue) => void;
  reload: () => Promise<void>;
}) {
  const submitting = shallowRef(false);
  const problems = shallowRef<FormProblems>({});
  const serverError = shallowRef<unknown>(null);

  const server = computed(() => representativeErrorMessage(serverError.value, options.labels()));
  const fieldErrors = computed<Record<string, string>>(() => {
    const own = Object.fromEntries(Object.entries(problems.value).map(([field, key]) => [field, t(`representative.${key}`)]));
    return { ...server.value?.fields, ...own };
  });
  const formError = computed(() => server.value?.message ?? null);

  function reset() {
    problems.value = {};
    serverError.value = null;
  }

  async function submit(clue: InboxClue, values: V): Promise<boolean> {
    if (submitting.value) return false;
    reset();
    problems.value = options.validate(values);
    if (Object.keys(problems.value).length > 0) return false;
    submitting.value = true;
    try {
      const { data, error } = await options.send(clue, values);
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

  return { submitting, fieldErrors, formError, submit, reset };
}

export type ClueAction<V> = ReturnType<typeof useClueAction<V>>;

/** 收件箱: the clues addressed to this representative, by status and text, and what they do with them. */
export function useRepresentativeInbox() {
  const search = shallowRef('');
  /** The status filter ('' for all). */
  const clueStatus = shallowRef<ClueStatus | ''>('');

  const list = useCursorList<InboxClue>(async (after) => {
    const result = await client
      .query(
        RepresentativeInboxDocument,
        { first: PAGE_SIZE, after, search: search.value.trim() || null, status: clueStatus.value || null },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (!result.data) throw result.error ?? new Error('empty response');
    return result.data.representativeInbox;
  });
  const cancelSearch = reloadOnSearch(search, list.reload);
  function setStatus(next: ClueStatus | '') {
    clueStatus.value = next;
    cancelSearch();
    void list.reload();
  }
  void list.reload();

  /** Puts a clue the server answered with in place of the one shown. */
  function show(clue: InboxClue) {
    list.items.value = list.items.value.map((item) => (item.id === clue.id ? clue : item));
  }
  const base = { show, reload: list.reload };

  const reply = useClueAction<string>({
    ...base,
    labels: () => ({ reply: t('representative.reply.label') }),
    validate: validateReply,
    send: async (clue, text) => {
      const result = await client.mutation(ReplyToClueDocument, { clueId: clue.id, reply: text.trim() }).toPromise();
      return { data: result.data?.replyToClueAsRepresentative, error: result.error };
    },
  });

  const forward = useClueAction<string>({
    ...base,
    labels: () => ({ note: t('representative.forward.label') }),
    validate: validateForward,
    send: async (clue, note) => {
      const result = await client.mutation(ForwardClueDocument, { clueId: clue.id, note: note.trim() || null }).toPromise();
      return { data: result.data?.forwardClueToStaff, error: result.error };
    },
  });

  const dispatch = useClueAction<DispatchValues>({
    ...base,
    labels: () => ({
      departmentId: t('representative.dispatch.department'),
      commitment: t('representative.dispatch.commitment'),
      deadline: t('representative.dispatch.deadline'),
    }),
    validate: (values) => validateDispatch(values),
    send: async (clue, values) => {
      const result = await client.mutation(DispatchClueDocument, { input: toDispatchInput(clue.id, values) }).toPromise();
      return { data: result.data?.dispatchClueAsRepresentative, error: result.error };
    },
  });

  const loadError = computed(() => representativeErrorMessage(list.error.value));
  return { ...list, loadError, search, clueStatus, setStatus, reply, forward, dispatch };
}

/** The clue categories by code, to name a clue's category in the page's language. */
export function useClueCategoryNames() {
  const categories = shallowRef<readonly { code: string; name: string; nameEn: string }[]>([]);
  void client
    .query(RepresentativeClueCategoriesDocument, {})
    .toPromise()
    .then((result) => {
      if (result.data) categories.value = result.data.clueCategories;
    });
  return computed(() => new Map(categories.value.map((c) => [c.code, c])));
}

/** The departments a clue may be dispatched to (or a question addressed to), by name. */
export function useDepartmentOptions() {
  const departments = shallowRef<readonly { id: string; name: string; shortName: string }[]>([]);
  const status = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const error = shallowRef<unknown>(null);
  async function load() {
    status.value = 'loading';
    const result = await client.query(RepresentativeDepartmentsDocument, { first: 200 }).toPromise();
    if (result.data) {
      departments.value = result.data.departments.nodes;
      status.value = 'ready';
    } else {
      error.value = result.error;
      status.value = 'error';
    }
  }
  void load();
  return { departments, status, loadError: computed(() => representativeErrorMessage(error.value)?.message ?? ''), load };
}

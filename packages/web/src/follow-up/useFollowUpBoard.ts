import { computed, reactive, shallowRef, watch } from 'vue';
import type { FollowUpFilter } from '../gql/graphql';
import { client } from '../graphql/client';
import {
  DispatchFollowUpsDocument,
  FollowUpSessionsDocument,
  FollowUpsDocument,
  MyFollowUpsDocument,
  type FollowUpRow,
} from './operations';
import { followUpErrorMessage } from './followUpErrors';
import { emptyFollowUpFilter, followUpFilterKey, toFollowUpFilterInput, type FollowUpBoardFilter } from './followUpFilter';
import { canDispatch, lacksCommitment } from '../composables/followUpLabels';
import { useCursorList } from '../composables/useCursorList';
import { PAGE_SIZE, reloadOnSearch } from '../composables/useListPanel';
import { useErrorMessage } from '../composables/useErrorMessage';

/**
 * The staff board (督办台账): the filtered items page by page, soonest deadline first, reloaded when
 * a filter changes (the search once typing pauses); drafts can be chosen and dispatched together.
 */
export function useFollowUpBoard(initial: Partial<FollowUpBoardFilter> = {}) {
  const filter = reactive<FollowUpBoardFilter>({ ...emptyFollowUpFilter(), ...initial });

  const list = useCursorList<FollowUpRow>(async (after) => {
    const variables = { first: PAGE_SIZE, after, search: filter.search.trim() || null, filter: toFollowUpFilterInput(filter) };
    const result = await client.query(FollowUpsDocument, variables, { requestPolicy: 'network-only' }).toPromise();
    if (result.error || !result.data) throw result.error ?? new Error('empty response');
    return result.data.followUps;
  });

  const cancelSearch = reloadOnSearch(() => filter.search, list.reload);
  watch(
    () => followUpFilterKey(filter),
    () => {
      cancelSearch();
      void list.reload();
    },
  );

  // ─── Choosing drafts to dispatch ───

  const chosen = shallowRef<ReadonlySet<string>>(new Set());
  /** Chosen items still shown and still drafts (a reload or a change may drop some). */
  const selected = computed(() => list.items.value.filter((item) => chosen.value.has(item.id) && canDispatch(item)));
  const selectable = computed(() => list.items.value.filter(canDispatch));
  const allSelected = computed(() => selectable.value.length > 0 && selected.value.length === selectable.value.length);
  /** Chosen drafts the server would refuse: their commitment is still empty. */
  const missingCommitment = computed(() => selected.value.filter(lacksCommitment));

  function toggle(id: string, on: boolean) {
    const next = new Set(chosen.value);
    if (on) next.add(id);
    else next.delete(id);
    chosen.value = next;
  }
  const toggleAll = (on: boolean) => (chosen.value = on ? new Set(selectable.value.map((item) => item.id)) : new Set());

  /** Puts changed rows in their place in the list. */
  function replace(rows: readonly FollowUpRow[]) {
    const byId = new Map(rows.map((row) => [row.id, row]));
    if (list.items.value.some((item) => byId.has(item.id))) list.items.value = list.items.value.map((item) => byId.get(item.id) ?? item);
  }

  const dispatching = shallowRef(false);
  const dispatchError = shallowRef<unknown>(null);

  /** 批量交办: all chosen drafts or none; answers how many went out, or null when refused. */
  async function dispatchSelected(): Promise<number | null> {
    const ids = selected.value.map((item) => item.id);
    if (ids.length === 0 || dispatching.value) return null;
    dispatching.value = true;
    dispatchError.value = null;
    try {
      const result = await client.mutation(DispatchFollowUpsDocument, { ids }).toPromise();
      if (!result.data) {
        dispatchError.value = result.error ?? new Error('empty response');
        return null;
      }
      replace(result.data.dispatchFollowUps);
      chosen.value = new Set();
      // The tab may no longer hold them (drafts → dispatched): show the list as the server has it.
      if (filter.tab !== 'all') void list.reload();
      return result.data.dispatchFollowUps.length;
    } finally {
      dispatching.value = false;
    }
  }

  void list.reload();

  return {
    filter,
    ...list,
    loadError: useErrorMessage(list.error),
    selected,
    selectable,
    allSelected,
    missingCommitment,
    isSelected: (id: string) => chosen.value.has(id),
    toggle,
    toggleAll,
    replace,
    dispatching,
    dispatchError: computed(() => followUpErrorMessage(dispatchError.value)?.message ?? null),
    dispatchSelected,
  };
}

/** The department's own and co-handled items, soonest deadline first. */
export function useMyFollowUps(filter: () => FollowUpFilter | null) {
  const list = useCursorList<FollowUpRow>(async (after) => {
    const result = await client
      .query(MyFollowUpsDocument, { first: PAGE_SIZE, after, filter: filter() }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error || !result.data) throw result.error ?? new Error('empty response');
    return result.data.myFollowUps;
  });
  watch(
    () => JSON.stringify(filter()),
    () => void list.reload(),
    { immediate: true },
  );
  return { ...list, loadError: useErrorMessage(list.error) };
}

/** Sessions are counted in tens: the most recent ones, to filter by. */
const SESSION_CHOICES = 200;

export function useFollowUpSessions() {
  const sessions = shallowRef<readonly { id: string; title: string }[]>([]);
  const error = shallowRef<unknown>(null);
  async function load() {
    const result = await client.query(FollowUpSessionsDocument, { first: SESSION_CHOICES }, { requestPolicy: 'network-only' }).toPromise();
    error.value = result.error ?? null;
    if (result.data) sessions.value = result.data.sessions.nodes;
  }
  void load();
  return { sessions, error: useErrorMessage(error), load };
}

import { computed, onScopeDispose, reactive, shallowRef, watch } from 'vue';
import type { AdminClueFieldsFragment, AdminClueStatsQuery, SessionKind } from '../../../gql/graphql';
import { client } from '../../../graphql/client';
import { appLocale } from '../../../i18n/locale';
import { clueExportUrl, clueMatchesFilter, emptyClueFilter, filterKey, toClueFilterInput, type ClueBoardFilter } from './clueFilter';
import { useCursorList } from '../../../composables/useCursorList';
import { PAGE_SIZE, reloadOnSearch } from '../../../composables/useListPanel';
import { useLiveFeed } from '../useLiveFeed';
import { useErrorMessage } from '../../../composables/useErrorMessage';
import { ClueSessionsDocument, ClueStatsDocument, ClueSubmittedDocument, CluesDocument } from './operations';

export type AdminClue = AdminClueFieldsFragment;
export type ClueStats = AdminClueStatsQuery['clueStats'];

export type ClueSessionChoice = { id: string; title: string; status: string; kind?: SessionKind; scheduledAt: string };

/** Sessions are counted in tens: the most recent ones, for plain choice lists. */
const SESSION_CHOICES = 200;

/**
 * Follows clues as the public submits them, while the calling component lives. `onReconnect`
 * runs when the socket comes back after a drop: clues sent meanwhile were missed, so reload.
 */
export function useClueFeed(onClue: (clue: AdminClue) => void, onReconnect: () => void) {
  return useLiveFeed(ClueSubmittedDocument, (data) => onClue(data.clueSubmitted), onReconnect).status;
}

/**
 * The triage board: the filtered list page by page (newest first), reloaded when a filter changes
 * (the search once typing pauses), with clues arriving live put on top when they match.
 */
export function useClueBoard(options: { initial?: Partial<ClueBoardFilter>; onArrival?: (clue: AdminClue) => void } = {}) {
  const filter = reactive<ClueBoardFilter>({ ...emptyClueFilter(), ...options.initial });

  const list = useCursorList<AdminClue>(async (after) => {
    const variables = { first: PAGE_SIZE, after: after ?? undefined, filter: toClueFilterInput(filter) };
    const result = await client.query(CluesDocument, variables, { requestPolicy: 'network-only' }).toPromise();
    if (result.error || !result.data) throw result.error ?? new Error('empty response');
    return result.data.clues;
  });

  /** Clues that arrived live and joined the list since the notice was last dismissed. */
  const arrivals = shallowRef(0);
  const reload = () => {
    arrivals.value = 0;
    return list.reload();
  };

  const cancelSearch = reloadOnSearch(() => filter.search, reload);
  watch(
    () => filterKey(filter),
    () => {
      cancelSearch();
      void reload();
    },
  );

  const liveStatus = useClueFeed((clue) => {
    options.onArrival?.(clue);
    if (!clueMatchesFilter(clue, filter) || list.items.value.some((item) => item.id === clue.id)) return;
    list.insert(clue);
    arrivals.value += 1;
  }, reload);

  /** Puts a clue changed on this page (by a triage step) in its place in the list. */
  function replace(clue: AdminClue) {
    if (list.items.value.some((item) => item.id === clue.id)) {
      list.items.value = list.items.value.map((item) => (item.id === clue.id ? clue : item));
    }
  }

  const exportUrl = computed(() => clueExportUrl(filter, appLocale.value));
  const loadError = useErrorMessage(list.error);
  void reload();

  return {
    filter,
    ...list,
    reload,
    loadError,
    liveStatus,
    arrivals,
    dismissArrivals: () => (arrivals.value = 0),
    replace,
    exportUrl,
  };
}

/** Moderation statistics of one session's clues, or of all of them; `refresh` after a change. */
export function useClueStats(sessionId: () => string | null) {
  const stats = shallowRef<ClueStats | null>(null);
  const status = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const error = shallowRef<unknown>(null);
  let latest = 0;

  async function load(quiet = false) {
    const current = ++latest;
    if (!quiet) status.value = 'loading';
    const result = await client.query(ClueStatsDocument, { sessionId: sessionId() }, { requestPolicy: 'network-only' }).toPromise();
    if (current !== latest) return;
    if (result.data) {
      stats.value = result.data.clueStats;
      status.value = 'ready';
      error.value = null;
    } else if (!quiet || !stats.value) {
      error.value = result.error ?? new Error('empty response');
      status.value = 'error';
    }
  }

  // Several clues may arrive or be decided in a row: count once they settle.
  let timer: ReturnType<typeof setTimeout> | undefined;
  onScopeDispose(() => clearTimeout(timer));
  function refresh() {
    clearTimeout(timer);
    timer = setTimeout(() => void load(true), 400);
  }

  watch(sessionId, () => void load(), { immediate: true });
  return { stats, status, error: useErrorMessage(error), reload: () => load(), refresh };
}

/** Sessions to filter by and to accept clues into, newest first. */
export function useClueSessions() {
  const sessions = shallowRef<readonly ClueSessionChoice[]>([]);
  const error = shallowRef<unknown>(null);
  const loading = shallowRef(false);
  async function load() {
    loading.value = true;
    const result = await client.query(ClueSessionsDocument, { first: SESSION_CHOICES }, { requestPolicy: 'network-only' }).toPromise();
    loading.value = false;
    error.value = result.error ?? null;
    if (result.data) sessions.value = result.data.sessions.nodes;
  }
  void load();
  return { sessions, loading, error: useErrorMessage(error), load };
}

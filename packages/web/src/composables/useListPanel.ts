import { computed, onScopeDispose, watch, type Ref, type WatchSource } from 'vue';
import type { ListStatus } from './useCursorList';
import type { ErrorMessage } from './useErrorMessage';

/** Page size and search debounce of the staff lists. */
export const PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 300;

/**
 * Calls `reload` once typing in a list's search box pauses; a pending call ends with the calling
 * scope. Returns what cancels a pending call (another filter changed, and the list reloads now).
 */
export function reloadOnSearch(search: WatchSource<string>, reload: () => unknown): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => clearTimeout(timer);
  onScopeDispose(cancel);
  watch(search, () => {
    cancel();
    timer = setTimeout(() => void reload(), SEARCH_DELAY_MS);
  });
  return cancel;
}

/** The parts of a cursor list (see `useCursorList`) that its StaffListPanel shows and drives. */
export interface PanelList {
  items: Readonly<Ref<readonly unknown[]>>;
  totalCount: Readonly<Ref<number>>;
  hasNextPage: Readonly<Ref<boolean>>;
  status: Readonly<Ref<ListStatus>>;
  loadError: Readonly<Ref<ErrorMessage | null>>;
  reload: () => Promise<void>;
  loadMore: () => Promise<void>;
}

/** The page's own wording: why the list failed to load, and what to say when it is empty. */
export interface PanelTexts {
  loadError: (message: string) => string;
  empty: () => string;
}

/**
 * Props for a StaffListPanel showing `list` (bind them with `v-bind="panel"`), and its retry.
 */
export function useListPanel(list: PanelList, texts: PanelTexts) {
  const panel = computed(() => ({
    status: list.status.value,
    itemCount: list.items.value.length,
    totalCount: list.totalCount.value,
    hasNextPage: list.hasNextPage.value,
    errorMessage: list.loadError.value ? texts.loadError(list.loadError.value.message) : null,
    emptyMessage: texts.empty(),
  }));
  // With rows already shown, only the next page failed: fetch it again rather than start over.
  const retry = () => (list.items.value.length > 0 ? list.loadMore() : list.reload());
  return { panel, retry };
}

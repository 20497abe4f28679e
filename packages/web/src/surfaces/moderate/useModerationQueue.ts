import { CombinedError } from '@urql/core';
import { computed, onScopeDispose, shallowRef, watch } from 'vue';
import type { MessageStatus } from '../../gql/graphql';
import { client, liveConnection } from '../../graphql/client';
import { reloadOnSearch } from '../../composables/useListPanel';
import { applyChange, QUEUE_WINDOW, type ModerationMessage } from './moderation';
import {
  ApproveMessageDocument,
  ModerateSessionDocument,
  ModerationQueueChangedDocument,
  ModerationQueueDocument,
  PinMessageDocument,
  RejectMessageDocument,
} from './operations';

const PAGE = 50;

/** The server's error code of a failed operation, e.g. INVALID_PHASE. */
export function errorCode(error: unknown): string | null {
  if (!(error instanceof CombinedError)) return null;
  const code = error.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : error.networkError ? 'network' : null;
}

/**
 * One session's messages as a moderator works through them: a tab (status) read page by page and
 * searched, kept current by the moderation subscription (every new or changed message), and the
 * decisions (approve, reject with a reason, pin), each answered with the message as it now is.
 */
export function useModerationQueue(sessionId: string) {
  const session = shallowRef<{
    id: string;
    title: string;
    theme: string;
    status: string;
    messagesEnabled: boolean;
    keepBlocked: boolean;
  } | null>(null);
  const sessionError = shallowRef<unknown>(null);
  const tab = shallowRef<MessageStatus>('PENDING');
  const search = shallowRef('');
  const items = shallowRef<ModerationMessage[]>([]);
  const totalCount = shallowRef(0);
  const hasNextPage = shallowRef(false);
  const status = shallowRef<'loading' | 'ready' | 'error' | 'loadingMore'>('loading');
  const loadError = shallowRef<unknown>(null);
  /** When each message was last read (this computer's clock), so its wait ticks on from the server's count. */
  const receivedAt = shallowRef(new Map<string, number>());
  /** Messages that arrived live since the tab was read: marked as new. */
  const fresh = shallowRef(new Set<string>());
  const busy = shallowRef<string | null>(null);
  const actionError = shallowRef<unknown>(null);
  /** What the last event or decision was, for screen readers. */
  const announcement = shallowRef<{ kind: 'new' | 'approved' | 'rejected' | 'pinned' | 'unpinned'; body: string } | null>(null);
  const subscriptionError = shallowRef<unknown>(null);
  let endCursor: string | null = null;
  let generation = 0;

  function stamp(messages: readonly ModerationMessage[]): void {
    const now = Date.now();
    const next = new Map(receivedAt.value);
    messages.forEach((message) => next.set(message.id, now));
    receivedAt.value = next;
  }

  async function loadSession(): Promise<void> {
    const result = await client.query(ModerateSessionDocument, { id: sessionId }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data?.session) {
      const s = result.data.session;
      session.value = {
        id: s.id,
        title: s.title,
        theme: s.theme,
        status: s.status,
        messagesEnabled: s.messageSettings.enabled,
        keepBlocked: s.messageSettings.keepBlocked,
      };
      sessionError.value = null;
    } else sessionError.value = result.error ?? new Error('not found');
  }

  async function load(after: string | null): Promise<void> {
    const current = ++generation;
    status.value = after ? 'loadingMore' : 'loading';
    const variables = { sessionId, status: tab.value, first: PAGE, after: after ?? undefined, search: search.value.trim() || undefined };
    const result = await client.query(ModerationQueueDocument, variables, { requestPolicy: 'network-only' }).toPromise();
    if (current !== generation) return;
    if (!result.data) {
      loadError.value = result.error ?? new Error('empty response');
      status.value = 'error';
      return;
    }
    const page = result.data.moderationQueue;
    stamp(page.nodes);
    const known = new Set(after ? items.value.map((item) => item.id) : []);
    items.value = after ? [...items.value, ...page.nodes.filter((node) => !known.has(node.id))] : [...page.nodes];
    if (!after) fresh.value = new Set();
    totalCount.value = page.totalCount;
    hasNextPage.value = page.pageInfo.hasNextPage;
    endCursor = page.pageInfo.endCursor ?? null;
    loadError.value = null;
    status.value = 'ready';
  }

  const reload = () => load(null);
  const loadMore = () => (hasNextPage.value && status.value === 'ready' ? load(endCursor) : Promise.resolve());

  /**
   * A message as it now is (from the subscription or a decision): placed in, or taken out of, the tab
   * shown. Newer arrivals beyond what the tab shows are counted and read with the next page, which is
   * read by itself once the moderators have worked the list down to half a page.
   */
  function apply(message: ModerationMessage, live: boolean): boolean {
    if (message.sessionId !== sessionId) return false;
    const change = applyChange(items.value, message, tab.value, search.value, { complete: !hasNextPage.value, window: QUEUE_WINDOW });
    if (change.beyond) {
      totalCount.value += 1;
      hasNextPage.value = true;
      return false;
    }
    if (change.added) {
      totalCount.value += 1;
      if (live) fresh.value = new Set([...fresh.value, message.id]);
    }
    if (change.removed) totalCount.value = Math.max(0, totalCount.value - 1);
    items.value = change.list;
    stamp([message]);
    if (change.removed && hasNextPage.value && items.value.length < PAGE / 2) void loadMore();
    return change.added;
  }

  const subscription = client.subscription(ModerationQueueChangedDocument, { sessionId }).subscribe((result) => {
    subscriptionError.value = result.error ?? null;
    // Messages that arrived together come as one event.
    for (const message of result.data?.moderationQueueChanged.messages ?? [])
      if (apply(message, true) && message.status === 'PENDING') announcement.value = { kind: 'new', body: message.body };
  });
  onScopeDispose(() => subscription.unsubscribe());

  // Messages sent while the socket was down were not pushed: read the tab again once it is back.
  let connectedBefore = liveConnection.value === 'connected';
  watch(liveConnection, (state) => {
    if (state !== 'connected') return;
    if (connectedBefore) void reload();
    connectedBefore = true;
  });

  watch(tab, () => void reload());
  reloadOnSearch(search, reload);

  async function decide(
    message: ModerationMessage,
    run: () => Promise<{ data?: ModerationMessage | null; error?: CombinedError }>,
    kind: 'approved' | 'rejected' | 'pinned' | 'unpinned',
  ): Promise<boolean> {
    if (busy.value) return false;
    busy.value = message.id;
    actionError.value = null;
    try {
      const { data, error } = await run();
      if (!data) {
        actionError.value = error ?? new Error('empty response');
        // Someone else decided first: show the tab as it is now.
        if (errorCode(error) === 'INVALID_PHASE') void reload();
        return false;
      }
      apply(data, false);
      announcement.value = { kind, body: data.body };
      return true;
    } finally {
      busy.value = null;
    }
  }

  const approve = (message: ModerationMessage) =>
    decide(
      message,
      async () => {
        const r = await client.mutation(ApproveMessageDocument, { id: message.id }).toPromise();
        return { data: r.data?.approveMessage, error: r.error };
      },
      'approved',
    );
  const reject = (message: ModerationMessage, reason: string) =>
    decide(
      message,
      async () => {
        const r = await client.mutation(RejectMessageDocument, { id: message.id, reason }).toPromise();
        return { data: r.data?.rejectMessage, error: r.error };
      },
      'rejected',
    );
  const pin = (message: ModerationMessage) =>
    decide(
      message,
      async () => {
        const r = await client.mutation(PinMessageDocument, { id: message.id, pinned: !message.pinned }).toPromise();
        return { data: r.data?.pinMessage, error: r.error };
      },
      message.pinned ? 'unpinned' : 'pinned',
    );

  const liveStatus = computed(() => {
    if (subscriptionError.value || liveConnection.value === 'closed') return 'offline' as const;
    return liveConnection.value === 'connected' ? ('live' as const) : ('connecting' as const);
  });

  void loadSession();
  void reload();

  return {
    session,
    sessionError,
    tab,
    search,
    items,
    totalCount,
    hasNextPage,
    status,
    loadError,
    receivedAt,
    fresh,
    busy,
    actionError,
    announcement,
    liveStatus,
    reload,
    loadMore,
    approve,
    reject,
    pin,
  };
}

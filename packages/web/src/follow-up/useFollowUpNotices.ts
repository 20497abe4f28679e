import { computed, onScopeDispose, shallowRef } from 'vue';
import { client } from '../graphql/client';
import { MarkNotificationsReadDocument, NotificationsDocument, type FollowUpNotice } from './operations';
import { useErrorMessage } from '../composables/useErrorMessage';

/** How often the notices are asked for again while the page is open. */
export const NOTICE_REFRESH_MS = 60_000;

/**
 * The caller's notices (a department's own, or the staff's): newest first, with the unread count;
 * marking read changes them on the server and here. Checked again every minute and on `reload`.
 */
export function useFollowUpNotices(options: { refreshMs?: number } = {}) {
  const notices = shallowRef<readonly FollowUpNotice[]>([]);
  const status = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const error = shallowRef<unknown>(null);
  const marking = shallowRef(false);
  const markError = shallowRef<unknown>(null);

  async function reload() {
    const result = await client.query(NotificationsDocument, { unreadOnly: false }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) {
      notices.value = result.data.notifications;
      error.value = null;
      status.value = 'ready';
    } else {
      error.value = result.error ?? new Error('empty response');
      if (notices.value.length === 0) status.value = 'error';
    }
  }

  async function markRead(ids: readonly string[]): Promise<boolean> {
    const unread = ids.filter((id) => notices.value.some((n) => n.id === id && !n.read));
    if (unread.length === 0 || marking.value) return false;
    marking.value = true;
    markError.value = null;
    try {
      const result = await client.mutation(MarkNotificationsReadDocument, { ids: unread }).toPromise();
      if (result.error) {
        markError.value = result.error;
        return false;
      }
      notices.value = notices.value.map((n) => (unread.includes(n.id) ? { ...n, read: true } : n));
      return true;
    } finally {
      marking.value = false;
    }
  }

  const unread = computed(() => notices.value.filter((n) => !n.read));
  const timer = setInterval(() => void reload(), options.refreshMs ?? NOTICE_REFRESH_MS);
  onScopeDispose(() => clearInterval(timer));
  void reload();

  return {
    notices,
    unread,
    status,
    loadError: useErrorMessage(error),
    marking,
    markError: useErrorMessage(markError),
    reload,
    markRead,
    markAllRead: () => markRead(unread.value.map((n) => n.id)),
  };
}

import { computed, shallowRef } from 'vue';
import { toOperationError, type OperationError } from '../../graphql/fetchGraphql';

// Calls for clues (征集): which session the clue answers. A `?session=` link names one; otherwise
// the person picks among the calls open now (or later), or sends a general submission.

export interface ClueCallLike {
  open: boolean;
  opensAt: string | null;
  closesAt: string | null;
  /** A PROJECT_VOTE session's call collects candidate 民生实事 projects. */
  session: { id: string; theme: string; title: string; kind?: string };
}

export type CallState = 'open' | 'upcoming' | 'closed';

/** Open now (the server says), not open yet, or over (or never set). */
export function callState(call: Pick<ClueCallLike, 'open' | 'opensAt'>, now = Date.now()): CallState {
  if (call.open) return 'open';
  if (call.opensAt && now < Date.parse(call.opensAt)) return 'upcoming';
  return 'closed';
}

/** Short local date and time, with the year only when it is not this year. */
export function formatClueTime(iso: string, locale: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const sameYear = date.getFullYear() === now.getFullYear();
  return new Intl.DateTimeFormat(locale, {
    ...(sameYear ? {} : { year: 'numeric' }),
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}

export type CallsStatus = 'loading' | 'ready' | 'notFound' | 'error';

interface ClueCallsApi<C extends ClueCallLike> {
  call: (sessionId: string) => Promise<C>;
  calls: () => Promise<readonly C[]>;
}

/** Loads the linked session's call, or the list to choose from; says which to preselect. */
export function usePublicClueCalls<C extends ClueCallLike>(api: ClueCallsApi<C>) {
  const status = shallowRef<CallsStatus>('loading');
  const error = shallowRef<OperationError | null>(null);
  /** The session named by the link, if any. */
  const linked = shallowRef<C | null>(null);
  /** Calls open now or later, for the chooser. */
  const calls = shallowRef<readonly C[]>([]);
  let generation = 0;

  async function load(sessionId: string | null): Promise<void> {
    const current = ++generation;
    status.value = 'loading';
    error.value = null;
    try {
      const [one, list] = await Promise.all([sessionId ? api.call(sessionId) : Promise.resolve(null), api.calls()]);
      if (current !== generation) return;
      linked.value = one;
      calls.value = list;
      status.value = 'ready';
    } catch (caught) {
      if (current !== generation) return;
      const failure = toOperationError(caught);
      linked.value = null;
      // An unknown id, or one that is no id at all, comes back as NOT_FOUND or BAD_USER_INPUT.
      if (sessionId && (failure.code === 'NOT_FOUND' || failure.code === 'BAD_USER_INPUT')) {
        calls.value = await api.calls().catch(() => []);
        if (current !== generation) return;
        status.value = 'notFound';
      } else {
        error.value = failure;
        status.value = 'error';
      }
    }
  }

  /** The calls open now, to choose from (upcoming ones are shown, not chosen). */
  const openCalls = computed(() => calls.value.filter((call) => call.open));

  /** The session to preselect: the linked one, else the only open call; else a general submission. */
  const preselected = computed<string | null>(() => {
    if (linked.value) return linked.value.session.id;
    return openCalls.value.length === 1 ? openCalls.value[0]!.session.id : null;
  });

  return { status, error, linked, calls, openCalls, preselected, load };
}

import { shallowRef } from 'vue';
import { toOperationError } from '../../graphql/fetchGraphql';

// Looking a clue up by its tracking code (查询码), and the codes this phone has sent, so a person
// who did not write the code down can still find it.

/** What people type: lower case, spaces, dashes, full-width letters and digits. */
export function normalizeTrackingCode(raw: string): string {
  return raw
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s-]/g, '')
    .toUpperCase();
}

/** Looks like a code (the server's codes are 10 letters and digits, e.g. WZ7K3M9Q2P). */
export const isTrackingCode = (code: string) => /^[A-Z0-9]{6,12}$/.test(code);

export type TrackingStatus = 'idle' | 'loading' | 'found' | 'notFound' | 'rateLimited' | 'error';

/** One lookup at a time; an answer to an older lookup is dropped. */
export function useClueTracking<T>(lookup: (code: string) => Promise<T>) {
  const status = shallowRef<TrackingStatus>('idle');
  const tracking = shallowRef<T | null>(null);
  const retryAfter = shallowRef<number | null>(null);
  let generation = 0;

  async function load(code: string): Promise<void> {
    const current = ++generation;
    status.value = 'loading';
    retryAfter.value = null;
    try {
      const found = await lookup(code);
      if (current !== generation) return;
      tracking.value = found;
      status.value = 'found';
    } catch (caught) {
      if (current !== generation) return;
      const error = toOperationError(caught);
      tracking.value = null;
      if (error.code === 'NOT_FOUND') status.value = 'notFound';
      else if (error.code === 'RATE_LIMITED') {
        retryAfter.value = error.retryAfterSeconds;
        status.value = 'rateLimited';
      } else status.value = 'error';
    }
  }

  function clear(): void {
    generation++;
    status.value = 'idle';
    tracking.value = null;
  }

  return { status, tracking, retryAfter, load, clear };
}

export const RECENT_CODES_KEY = 'wz.clueCodes';
const MAX_RECENT = 5;
type Store = Pick<Storage, 'getItem' | 'setItem'>;

export interface RecentCode {
  code: string;
  title: string;
  at: string;
}

export function readRecentCodes(storage: Store | undefined): RecentCode[] {
  try {
    const parsed = JSON.parse(storage?.getItem(RECENT_CODES_KEY) ?? '[]') as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter(
        (item): item is RecentCode => typeof item?.code === 'string' && typeof item?.title === 'string' && typeof item?.at === 'string',
      )
      .slice(0, MAX_RECENT);
  } catch {
    return [];
  }
}

/** Remembers a sent clue's code on this phone, newest first, a few at most. */
export function rememberCode(storage: Store | undefined, entry: RecentCode): void {
  try {
    const rest = readRecentCodes(storage).filter((item) => item.code !== entry.code);
    storage?.setItem(RECENT_CODES_KEY, JSON.stringify([entry, ...rest].slice(0, MAX_RECENT)));
  } catch {
    // The success page shows the code anyway.
  }
}

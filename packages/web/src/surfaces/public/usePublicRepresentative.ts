import { shallowRef } from 'vue';
import { toOperationError } from '../../graphql/fetchGraphql';

// A representative's public page (/r/<code>, 代表码): their profile, looked up by the code the QR
// holds. A code is 8 letters and digits; people who type it may use lower case, spaces or dashes.

export interface PublicRepresentativeProfile {
  name: string;
  district: string;
  station?: string | null;
  bio?: string | null;
  photoUrl?: string | null;
  code: string;
  active: boolean;
  cluesReceived: number;
  cluesAnswered: number;
  /** 选民评议 results, newest first. */
  reviews: readonly RepresentativeReview[];
}

export interface RepresentativeReview {
  sessionId: string;
  sessionTitle: string;
  title: string;
  publishedAt: string;
  outcome: string;
  satisfactionRate?: number | null;
}

/** What people type or a QR reader hands over: case, spaces, dashes and full-width letters ignored. */
export function normalizeRepresentativeCode(raw: string): string {
  return raw
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s-]/g, '')
    .toUpperCase();
}

/** Looks like a 代表码 (8 upper-case letters and digits); anything else is not asked for. */
export const isRepresentativeCode = (code: string) => /^[A-Z0-9]{8}$/.test(code);

export type PublicRepresentativeStatus = 'loading' | 'ready' | 'notFound' | 'rateLimited' | 'error';

/** One lookup at a time; an answer to an older lookup is dropped. */
export function usePublicRepresentative<T extends PublicRepresentativeProfile>(lookup: (code: string) => Promise<T>) {
  const status = shallowRef<PublicRepresentativeStatus>('loading');
  const representative = shallowRef<T | null>(null);
  const retryAfter = shallowRef<number | null>(null);
  let generation = 0;

  async function load(raw: string): Promise<void> {
    const current = ++generation;
    const code = normalizeRepresentativeCode(raw);
    retryAfter.value = null;
    if (!isRepresentativeCode(code)) {
      representative.value = null;
      status.value = 'notFound';
      return;
    }
    status.value = 'loading';
    try {
      const found = await lookup(code);
      if (current !== generation) return;
      representative.value = found;
      status.value = 'ready';
    } catch (caught) {
      if (current !== generation) return;
      const error = toOperationError(caught);
      representative.value = null;
      if (error.code === 'NOT_FOUND') status.value = 'notFound';
      else if (error.code === 'RATE_LIMITED') {
        retryAfter.value = error.retryAfterSeconds;
        status.value = 'rateLimited';
      } else status.value = 'error';
    }
  }

  /** After a clue was sent: the counts move on, the page stays as it is meanwhile. */
  async function refresh(): Promise<void> {
    const shown = representative.value;
    if (!shown) return;
    try {
      const found = await lookup(shown.code);
      if (representative.value === shown) representative.value = found;
    } catch {
      // The counts stay as they were; nothing else depends on them.
    }
  }

  return { status, representative, retryAfter, load, refresh };
}

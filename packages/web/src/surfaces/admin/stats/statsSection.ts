import { shallowRef, type Ref } from 'vue';
import type { StatsPeriodInput } from '../../../gql/graphql';

export type SectionStatus = 'loading' | 'ready' | 'error';

export interface StatsSection<T> {
  data: Readonly<Ref<T | null>>;
  status: Readonly<Ref<SectionStatus>>;
  error: Readonly<Ref<unknown>>;
  load(period: StatsPeriodInput): Promise<void>;
}

/**
 * One part of the page, loaded on its own so a slow or failing part does not hold up the others.
 * While a new period loads, the last figures stay on show (marked busy); an answer to an older
 * request is dropped.
 */
export function statsSection<T>(fetch: (period: StatsPeriodInput) => Promise<T>): StatsSection<T> {
  const data = shallowRef<T | null>(null);
  const status = shallowRef<SectionStatus>('loading');
  const error = shallowRef<unknown>(null);
  let generation = 0;
  async function load(period: StatsPeriodInput) {
    const current = ++generation;
    status.value = 'loading';
    error.value = null;
    try {
      const value = await fetch(period);
      if (current !== generation) return;
      data.value = value;
      status.value = 'ready';
    } catch (caught) {
      if (current !== generation) return;
      error.value = caught;
      status.value = 'error';
    }
  }
  return { data, status, error, load };
}

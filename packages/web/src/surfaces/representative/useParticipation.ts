import { computed, shallowRef } from 'vue';
import { client } from '../../graphql/client';
import { RepresentativeParticipationDocument, type Participation } from './operations';
import { representativeErrorMessage } from './representativeErrors';

/** 履职统计: this representative's own figures for a period [from, to) (the server answers their row only). */
export function useParticipation() {
  const row = shallowRef<Participation | null>(null);
  const status = shallowRef<'idle' | 'loading' | 'ready' | 'empty' | 'error'>('idle');
  const error = shallowRef<unknown>(null);
  let generation = 0;

  async function load(period: { from: string; to: string }) {
    const current = ++generation;
    status.value = 'loading';
    const result = await client.query(RepresentativeParticipationDocument, period, { requestPolicy: 'network-only' }).toPromise();
    if (current !== generation) return;
    if (result.data) {
      row.value = result.data.representativeParticipation[0] ?? null;
      status.value = row.value ? 'ready' : 'empty';
    } else {
      error.value = result.error;
      status.value = 'error';
    }
  }

  return { row, status, loadError: computed(() => representativeErrorMessage(error.value)?.message ?? ''), load };
}

import { shallowRef, watch, type Ref } from 'vue';
import { client } from '../../../graphql/client';
import { useErrorMessage } from '../../../composables/useErrorMessage';
import { reloadOnSearch } from '../../../composables/useListPanel';
import { ParticipationDocument, type ParticipationRow } from './operations';
import { participationPeriod, type DayRange } from './participation';

/** The 履职 figures for a period, read again when the period changes and once typing in the search pauses. */
export function useParticipation(range: Readonly<Ref<DayRange>>) {
  const search = shallowRef('');
  const rows = shallowRef<readonly ParticipationRow[]>([]);
  const status = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const error = shallowRef<unknown>(null);
  let generation = 0;

  async function load() {
    const current = ++generation;
    status.value = 'loading';
    const variables = { ...participationPeriod(range.value), search: search.value.trim() || undefined };
    const result = await client.query(ParticipationDocument, variables, { requestPolicy: 'network-only' }).toPromise();
    if (current !== generation) return;
    if (result.data) {
      rows.value = result.data.representativeParticipation;
      error.value = null;
      status.value = 'ready';
    } else {
      error.value = result.error ?? new Error('empty response');
      status.value = 'error';
    }
  }

  const cancelSearch = reloadOnSearch(search, load);
  watch(range, () => {
    cancelSearch();
    void load();
  });
  void load();

  return { search, rows, status, loadError: useErrorMessage(error), load };
}

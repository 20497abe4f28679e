import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { ref, watch, type Ref } from 'vue';
import { client } from '../../../graphql/client';
import type { SessionKind } from '../../../gql/graphql';
import { StatsDepartmentsDocument, StatsFollowUpsAndCluesDocument, StatsSessionsDocument } from './operations';
import { periodOf, type DayRange } from './statsPeriod';
import { statsSection } from './statsSection';

/** Sessions and departments on one page: enough for decades of sessions and every department. */
export const STATS_PAGE_SIZE = 200;

async function run<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const result = await client.query(document, variables, { requestPolicy: 'network-only' }).toPromise();
  if (result.error || !result.data) throw result.error ?? new Error('empty response');
  return result.data;
}

/**
 * The statistics page's figures for the chosen period, reloaded whenever the period changes; the
 * session and year figures also follow the chosen kind of session (all kinds when none).
 */
export function useStatsDashboard(range: Ref<DayRange | null>, kind: Ref<SessionKind | null> = ref(null)) {
  const sessions = statsSection((period) => run(StatsSessionsDocument, { period, first: STATS_PAGE_SIZE, kind: kind.value }));
  const departments = statsSection((period) => run(StatsDepartmentsDocument, { period, first: STATS_PAGE_SIZE }));
  const followUpsAndClues = statsSection((period) => run(StatsFollowUpsAndCluesDocument, { period }));

  const reload = () => {
    const period = periodOf(range.value);
    return Promise.all([sessions.load(period), departments.load(period), followUpsAndClues.load(period)]).then(() => undefined);
  };
  watch(
    () => JSON.stringify(periodOf(range.value)),
    () => void reload(),
    { immediate: true },
  );
  watch(kind, () => void sessions.load(periodOf(range.value)));

  return { sessions, departments, followUpsAndClues, reload };
}

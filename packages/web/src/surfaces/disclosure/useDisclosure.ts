import { shallowRef, watch } from 'vue';
import { fetchGraphql, toOperationError, type OperationError } from '../../graphql/fetchGraphql';
import type { OnlineIdentity, PublicSessionDisclosureQuery } from '../../gql/graphql';
import { PublicSessionDisclosureDocument } from './operations';

export type Disclosure = PublicSessionDisclosureQuery['sessionDisclosure'];
export type DisclosedQuestion = Disclosure['questions'][number];
export type DisclosedItem = DisclosedQuestion['followUps'][number];
export type DisclosedStep = DisclosedItem['timeline'][number];

/**
 * The disclosure of one session, loaded over fetch, and how its online voters were known (its
 * settings are frozen once live, so this holds for each of its results); `retry` after a failure.
 */
export function useDisclosure(
  sessionId: () => string,
  load = (id: string) => fetchGraphql(PublicSessionDisclosureDocument, { sessionId: id }),
) {
  const disclosure = shallowRef<Disclosure | null>(null);
  const identity = shallowRef<OnlineIdentity | null>(null);
  const status = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const error = shallowRef<OperationError | null>(null);
  let latest = 0;

  async function fetchIt() {
    const current = ++latest;
    status.value = 'loading';
    error.value = null;
    try {
      const data = await load(sessionId());
      if (current !== latest) return;
      disclosure.value = data.sessionDisclosure;
      identity.value = data.session.settings.onlineIdentity;
      status.value = 'ready';
    } catch (caught) {
      if (current !== latest) return;
      error.value = toOperationError(caught);
      status.value = 'error';
    }
  }

  watch(sessionId, () => void fetchIt(), { immediate: true });
  return { disclosure, identity, status, error, retry: fetchIt };
}

import { computed, shallowRef } from 'vue';
import type { CommitteeInput } from '../gql/graphql';
import { client } from '../graphql/client';
import { followUpErrorMessage } from './followUpErrors';
import {
  CommitteesDocument,
  CreateCommitteeDocument,
  MyCommitteeDocument,
  UpdateCommitteeDocument,
  type CommitteeRow,
} from './committeeOperations';

/** A message for a refused committee operation: the server's field and code in the reader's words. */
export function committeeErrorMessage(error: unknown): string {
  return followUpErrorMessage(error)?.message ?? (error instanceof Error ? error.message : String(error));
}

/** The committees (active ones, or all for the management page), loaded once and kept in place on change. */
export function useCommittees(includeInactive = false) {
  const committees = shallowRef<CommitteeRow[]>([]);
  const status = shallowRef<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const loadError = shallowRef<string | null>(null);

  async function load() {
    status.value = 'loading';
    const result = await client.query(CommitteesDocument, { includeInactive }, { requestPolicy: 'network-only' }).toPromise();
    if (result.error || !result.data) {
      loadError.value = committeeErrorMessage(result.error);
      status.value = 'error';
      return;
    }
    committees.value = result.data.committees;
    loadError.value = null;
    status.value = 'ready';
  }

  const saving = shallowRef(false);
  /** Adds (no id) or updates a committee; answers the error message, or null once saved. */
  async function save(input: CommitteeInput & { id?: string; active?: boolean | null }): Promise<string | null> {
    saving.value = true;
    try {
      const result = input.id
        ? await client.mutation(UpdateCommitteeDocument, { input: { ...input, id: input.id } }).toPromise()
        : await client
            .mutation(CreateCommitteeDocument, { input: { name: input.name, shortName: input.shortName, position: input.position } })
            .toPromise();
      if (result.error) return committeeErrorMessage(result.error);
      await load();
      return null;
    } finally {
      saving.value = false;
    }
  }

  return { committees, status, loadError, load, save, saving, active: computed(() => committees.value.filter((c) => c.active)) };
}

/** The signed-in staff member's committee, or null when they are not bound to one. */
export async function loadMyCommittee(): Promise<{ id: string; name: string; shortName: string } | null> {
  const result = await client.query(MyCommitteeDocument, {}, { requestPolicy: 'network-only' }).toPromise();
  return result.data?.me?.committee ?? null;
}

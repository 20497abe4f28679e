import { computed, shallowRef } from 'vue';
import { client } from '../../graphql/client';
import { classifyError } from '../../composables/useErrorMessage';
import { MyRepresentativeDocument, type MyRepresentative } from './operations';

// The signed-in representative's own record (代表档案), read once by the workspace's frame and shared
// by its pages: their name, 选区, 代表码 and whether it is active. An account with no record gets
// NOT_FOUND: the workspace then says so instead of its sections.

const record = shallowRef<MyRepresentative | null>(null);
const status = shallowRef<'loading' | 'ready' | 'missing' | 'error'>('loading');
const error = shallowRef<unknown>(null);
let pending: Promise<void> | null = null;

async function fetchRecord(): Promise<void> {
  const result = await client.query(MyRepresentativeDocument, {}, { requestPolicy: 'network-only' }).toPromise();
  if (result.data) {
    record.value = result.data.myRepresentative;
    error.value = null;
    status.value = 'ready';
    return;
  }
  error.value = result.error ?? new Error('empty response');
  if (!record.value) status.value = classifyError(result.error)?.code === 'NOT_FOUND' ? 'missing' : 'error';
}

/** Loads the record (once; `reload` asks again). */
function load(): Promise<void> {
  pending ??= fetchRecord().finally(() => (pending = null));
  return pending;
}

export function useMyRepresentative() {
  if (status.value === 'loading' && !pending) void load();
  return {
    record,
    status,
    error,
    reload: () => {
      if (!record.value) status.value = 'loading';
      return load();
    },
    name: computed(() => record.value?.name),
  };
}

import type { AdminSensitiveWordsQuery } from '../../../gql/graphql';
import { client } from '../../../graphql/client';
import { useCursorList } from '../../../composables/useCursorList';
import { PAGE_SIZE, reloadOnSearch } from '../../../composables/useListPanel';
import { useErrorMessage } from '../../../composables/useErrorMessage';
import { shallowRef } from 'vue';
import { AdminAddSensitiveWordsDocument, AdminRemoveSensitiveWordDocument, AdminSensitiveWordsDocument } from './operations';

export type SensitiveWord = AdminSensitiveWordsQuery['sensitiveWords']['nodes'][number];

/** The sensitive-word list, page by page and searched; adding many at once, removing one. */
export function useSensitiveWords() {
  const search = shallowRef('');
  const list = useCursorList<SensitiveWord>(async (after) => {
    const variables = { first: PAGE_SIZE, after: after ?? undefined, search: search.value.trim() || undefined };
    const result = await client.query(AdminSensitiveWordsDocument, variables, { requestPolicy: 'network-only' }).toPromise();
    if (result.error || !result.data) throw result.error ?? new Error('empty response');
    return result.data.sensitiveWords;
  });
  reloadOnSearch(search, list.reload);
  const loadError = useErrorMessage(list.error);

  /** Adds `words`; answers how many were new, or the error. */
  async function add(words: string[]): Promise<{ added: number } | { error: unknown }> {
    const result = await client.mutation(AdminAddSensitiveWordsDocument, { words }).toPromise();
    if (!result.data) return { error: result.error ?? new Error('empty response') };
    void list.reload();
    return { added: result.data.addSensitiveWords };
  }

  async function remove(word: SensitiveWord): Promise<unknown> {
    const result = await client.mutation(AdminRemoveSensitiveWordDocument, { id: word.id }).toPromise();
    if (!result.data) return result.error ?? new Error('empty response');
    void list.reload();
    return null;
  }

  void list.reload();
  return { search, ...list, loadError, add, remove };
}

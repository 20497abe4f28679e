import { shallowRef } from 'vue';
import { useCursorList } from '../../composables/useCursorList';
import type { PublicSessionIndexQuery, PublicSessionIndexQueryVariables } from '../../gql/graphql';
import { fetchGraphql } from '../../graphql/fetchGraphql';
import { votePath } from '../vote/votePaths';
import { PublicSessionIndexDocument } from './operations';

// The public list of sessions (问政场次): the results index at /results and the home page's few
// latest. Read over fetch, so the light results page loads no urql.

export type IndexedSession = PublicSessionIndexQuery['sessions']['nodes'][number];
export type LoadSessionIndex = (variables: PublicSessionIndexQueryVariables) => Promise<PublicSessionIndexQuery['sessions']>;

export const loadSessionIndex: LoadSessionIndex = async (variables) => (await fetchGraphql(PublicSessionIndexDocument, variables)).sessions;

/**
 * Sessions that are not drafts, newest first, `pageSize` at a time ("load more"); `setSearch` reads
 * the list again from the top. Call `reload` to load the first page.
 */
export function useSessionIndex(options: { pageSize: number; search?: string; load?: LoadSessionIndex }) {
  const load = options.load ?? loadSessionIndex;
  const search = shallowRef((options.search ?? '').trim());
  const list = useCursorList<IndexedSession>(async (after) => {
    const page = await load({ first: options.pageSize, after, search: search.value || null });
    // Signed-in staff are also sent drafts; a public page never shows them.
    return { ...page, nodes: page.nodes.filter((session) => session.status !== 'DRAFT') };
  });

  function setSearch(text: string): Promise<void> {
    search.value = text.trim();
    return list.reload();
  }

  return { ...list, search, setSearch };
}

/** Where a phone votes in a session on air; no link before or after the broadcast. */
export function voteHref(session: Pick<IndexedSession, 'status' | 'joinCode'>): string | null {
  return session.status === 'LIVE' ? votePath({ name: 'vote-live', joinCode: session.joinCode }) : null;
}

/** 回头看: a session whose questions re-present follow-up items. */
export const isLookBack = (session: Pick<IndexedSession, 'kind'>) => session.kind === 'LOOK_BACK';

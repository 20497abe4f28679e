import { shallowRef } from 'vue';
import { parseVotePath, votePath, type VotePage } from './votePaths';

// The server draws the live page where there is no window (voteServerRender.ts): no page is on show there.
const inBrowser = typeof window !== 'undefined';

/** The vote page on show; follows pushState navigation and the back button. */
export const currentVotePage = shallowRef<VotePage | null>(inBrowser ? parseVotePath(window.location.pathname) : null);

if (inBrowser)
  window.addEventListener('popstate', () => {
    const page = parseVotePath(window.location.pathname);
    // Back to a page of the main app: load it properly.
    if (!page) window.location.reload();
    else currentVotePage.value = page;
  });

export function navigateVote(page: VotePage, options: { replace?: boolean } = {}): void {
  const path = votePath(page);
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  currentVotePage.value = page;
  window.scrollTo(0, 0);
}

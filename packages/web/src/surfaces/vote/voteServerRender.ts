import { computed, createSSRApp, shallowRef } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { rollOnly } from '../../live/ballot';
import { phoneStage, type LiveState } from '../../live/liveState';
import VoteLivePage from './VoteLivePage.vue';
import { DRAWN_SESSION, type JoinState, type VoteSession } from './useVoteSession';

// The server draws a session's live page into the HTML it answers the QR link with (the server's
// http/vote-page.ts), so a phone on a slow network sees the question and its vote buttons with the
// page itself, one round trip before the scripts have run. The scripts then mount the page afresh
// over it; a tap made meanwhile is kept for them (vote.html, earlyTap.ts). Built apart, for Node
// (the vote pages' build in vite.config.ts).

/** The session as a phone that has not joined yet sees it, at the server's `now`, in Chinese. */
function drawnSession(state: LiveState, now: number): VoteSession {
  const idle = async () => undefined;
  const stage = phoneStage(state, 'ONLINE', now);
  return {
    join: shallowRef<JoinState>({ kind: 'joining' }),
    socket: shallowRef(null),
    state: shallowRef(state),
    liveError: shallowRef(null),
    stage: computed(() => stage),
    channel: computed(() => 'ONLINE' as const),
    connection: computed(() => 'connecting' as const),
    clock: {
      now: shallowRef(now),
      offset: shallowRef(0),
      measured: shallowRef(false),
      sync: idle,
      hint: () => undefined,
      stop: () => undefined,
    },
    ballot: shallowRef(null),
    sending: computed(() => false),
    sendError: shallowRef(null),
    watchOnly: computed(() => rollOnly({ channel: 'ONLINE', onlineWeight: state.settings.onlineWeight })),
    start: idle,
    joinWith: idle,
    rejoin: () => undefined,
    vote: () => undefined,
    retry: () => undefined,
  };
}

/**
 * The live page of `joinCode` as HTML, for the page's `#app`. Only sessions whose phones vote with
 * the device's own pass are drawn: the others ask for a proven mobile number first.
 */
export async function renderVoteLivePage(joinCode: string, state: LiveState, now = Date.now()): Promise<string | null> {
  if (state.settings.onlineIdentity !== 'DEVICE') return null;
  const app = createSSRApp(VoteLivePage, { joinCode });
  app.provide(DRAWN_SESSION, drawnSession(state, now));
  return renderToString(app);
}

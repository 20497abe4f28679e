import type { Choice } from '../../gql/graphql';
import { isChoice } from '../../live/ballot';

// A phone sees the vote buttons the server drew (voteServerRender.ts) before the page's scripts
// have run. A tap on one meanwhile is kept by a small script in vote.html, as `wzEarlyTap`; the
// live page casts it once it runs, if that round is still open.

/** A tap on a drawn vote button: the choice, in the round the buttons were drawn for. */
export interface EarlyTap {
  choice: Choice;
  roundId: string;
}

/** The tap kept before the page ran, once (null if there was none). */
export function takeEarlyTap(scope: { wzEarlyTap?: unknown } = globalThis as { wzEarlyTap?: unknown }): EarlyTap | null {
  const kept = scope.wzEarlyTap as Partial<Record<keyof EarlyTap, unknown>> | undefined;
  delete scope.wzEarlyTap;
  if (!kept || typeof kept.roundId !== 'string' || !isChoice(kept.choice)) return null;
  return { choice: kept.choice, roundId: kept.roundId };
}

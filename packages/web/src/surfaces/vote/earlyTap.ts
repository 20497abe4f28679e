import type { Choice } from '../../gql/graphql';
import { isChoice, isPicks } from '../../live/ballot';

// A phone sees the vote buttons or the candidate list the server drew (voteServerRender.ts) before
// the page's scripts have run. What it does on them meanwhile is kept by a small script in vote.html,
// as `wzEarlyTap`; the live page takes it over once it runs, if that round is still open.

/** A vote begun on the drawn page, in the round it was drawn for: a tap, or the candidates ticked (their places). */
export type EarlyTap = { roundId: string } & ({ choice: Choice } | { picks: number[]; send: boolean });

/** The vote kept before the page ran, once (null if there was none). */
export function takeEarlyTap(scope: { wzEarlyTap?: unknown } = globalThis as { wzEarlyTap?: unknown }): EarlyTap | null {
  const kept = scope.wzEarlyTap as { roundId?: unknown; choice?: unknown; picks?: unknown; send?: unknown } | undefined;
  delete scope.wzEarlyTap;
  if (!kept || typeof kept.roundId !== 'string') return null;
  if (isChoice(kept.choice)) return { roundId: kept.roundId, choice: kept.choice };
  const picks = Array.isArray(kept.picks) ? [...new Set(kept.picks)] : null;
  if (isPicks(picks)) return { roundId: kept.roundId, picks, send: kept.send === true };
  return null;
}

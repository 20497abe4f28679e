import type { ClueMatchKind, ClueStatus } from '../../../gql/graphql';

// Why a clue is suggested as a duplicate, and the clues the merge dialog offers: the suggestions
// first, then what the board's search found.

export interface MatchReason {
  kind: ClueMatchKind;
  score?: number | null;
}

/** Each reason in words: a similar text with its score as a percentage, the rest as they are. */
export function matchReasonTexts(reasons: readonly MatchReason[], t: (key: string, values?: Record<string, unknown>) => string): string[] {
  return reasons.map((reason) =>
    reason.score == null
      ? t(`admin.clues.match.${reason.kind}`)
      : t(`admin.clues.match.${reason.kind}`, { percent: Math.round(reason.score * 100) }),
  );
}

interface Candidate {
  id: string;
  status: ClueStatus;
}

export interface MergeChoice<C extends Candidate> {
  clue: C;
  /** Why it was suggested; empty for a clue found by search only. */
  reasons: readonly MatchReason[];
}

/**
 * The clues a clue may be merged into: suggestions, then search results not among them; never the
 * clue itself nor a clue already merged (the server refuses both).
 */
export function mergeChoices<C extends Candidate>(
  clueId: string,
  suggested: readonly { clue: C; reasons: readonly MatchReason[] }[],
  found: readonly C[],
): MergeChoice<C>[] {
  const fits = (clue: C) => clue.id !== clueId && clue.status !== 'MERGED';
  const choices = suggested.filter((s) => fits(s.clue)).map((s) => ({ clue: s.clue, reasons: s.reasons }));
  const seen = new Set(choices.map((c) => c.clue.id));
  for (const clue of found) {
    if (!fits(clue) || seen.has(clue.id)) continue;
    seen.add(clue.id);
    choices.push({ clue, reasons: [] });
  }
  return choices;
}

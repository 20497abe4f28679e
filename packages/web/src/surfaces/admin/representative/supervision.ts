// Ordering and counting for the supervision panel (领办督办) and the proposals panel (代表出题).
// No Vue here: unit-tested as is.

/** How many of each score, for the summary line. */
export function scoreCounts(scores: readonly { score: string }[]) {
  const count = (score: string) => scores.filter((s) => s.score === score).length;
  return { satisfied: count('SATISFIED'), basically: count('BASICALLY_SATISFIED'), unsatisfied: count('UNSATISFIED') };
}

/** Newest handling round first, then newest score first. */
export function sortScores<S extends { handlingRound: number; at: string }>(scores: readonly S[]): S[] {
  return [...scores].sort((a, b) => b.handlingRound - a.handlingRound || b.at.localeCompare(a.at));
}

const PROPOSAL_ORDER = { PENDING: 0, ACCEPTED: 1, DECLINED: 2 } as const;

/** Pending first, then accepted, then declined; newest first within each. */
export function sortProposals<P extends { status: keyof typeof PROPOSAL_ORDER; createdAt: string }>(proposals: readonly P[]): P[] {
  return [...proposals].sort((a, b) => PROPOSAL_ORDER[a.status] - PROPOSAL_ORDER[b.status] || b.createdAt.localeCompare(a.createdAt));
}

import { describe, expect, it } from 'vitest';
import { scoreCounts, sortProposals, sortScores } from './supervision';

describe('scores on a follow-up item', () => {
  const scores = [
    { score: 'SATISFIED', handlingRound: 1, at: '2026-03-01T08:00:00.000Z' },
    { score: 'UNSATISFIED', handlingRound: 2, at: '2026-04-01T08:00:00.000Z' },
    { score: 'BASICALLY_SATISFIED', handlingRound: 2, at: '2026-04-02T08:00:00.000Z' },
  ];

  it('are counted by score for the summary', () => {
    expect(scoreCounts(scores)).toEqual({ satisfied: 1, basically: 1, unsatisfied: 1 });
    expect(scoreCounts([])).toEqual({ satisfied: 0, basically: 0, unsatisfied: 0 });
  });

  it('are listed newest round first, newest first within a round', () => {
    expect(sortScores(scores).map((s) => s.score)).toEqual(['BASICALLY_SATISFIED', 'UNSATISFIED', 'SATISFIED']);
  });
});

describe('proposals', () => {
  it('list the pending ones first, newest first', () => {
    const proposals = [
      { id: 'a', status: 'DECLINED' as const, createdAt: '2026-03-03T00:00:00Z' },
      { id: 'b', status: 'PENDING' as const, createdAt: '2026-03-01T00:00:00Z' },
      { id: 'c', status: 'ACCEPTED' as const, createdAt: '2026-03-04T00:00:00Z' },
      { id: 'd', status: 'PENDING' as const, createdAt: '2026-03-02T00:00:00Z' },
    ];
    expect(sortProposals(proposals).map((p) => p.id)).toEqual(['d', 'b', 'c', 'a']);
  });
});

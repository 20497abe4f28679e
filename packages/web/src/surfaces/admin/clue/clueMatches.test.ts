import { describe, expect, it } from 'vitest';
import { matchReasonTexts, mergeChoices } from './clueMatches';

const clue = (id: string, status: 'SUBMITTED' | 'MERGED' | 'REJECTED' = 'SUBMITTED') => ({ id, status });

describe('mergeChoices', () => {
  it('puts suggestions first, then search results not already suggested', () => {
    const choices = mergeChoices('self', [{ clue: clue('a'), reasons: [{ kind: 'SAME_LOCATION' }] }], [clue('b'), clue('a')]);
    expect(choices.map((c) => [c.clue.id, c.reasons.length])).toEqual([
      ['a', 1],
      ['b', 0],
    ]);
  });

  it('never offers the clue itself or a merged clue', () => {
    const choices = mergeChoices(
      'self',
      [{ clue: clue('m', 'MERGED'), reasons: [] }],
      [clue('self'), clue('x', 'MERGED'), clue('r', 'REJECTED')],
    );
    expect(choices.map((c) => c.clue.id)).toEqual(['r']);
  });
});

describe('matchReasonTexts', () => {
  const t = (key: string, values?: Record<string, unknown>) => (values ? `${key}:${values.percent}` : key);
  it('words a similar text with its percentage and the others plainly', () => {
    expect(
      matchReasonTexts(
        [
          { kind: 'SIMILAR_TITLE', score: 0.456 },
          { kind: 'SAME_PHONE', score: null },
        ],
        t,
      ),
    ).toEqual(['admin.clues.match.SIMILAR_TITLE:46', 'admin.clues.match.SAME_PHONE']);
  });
});

// The ballot the benchmark votes with (BALLOT=SATISFACTION, APPROVAL or CHOOSE_UP_TO_N): the same
// for Wenzheng, the machine's limit and the baseline, so every ratio compares the same work.
import type { Ballot, BallotType } from '../src/modules/vote/ballot-type.js';

export const BALLOT: BallotType =
  process.env.BALLOT === 'APPROVAL' || process.env.BALLOT === 'CHOOSE_UP_TO_N' ? process.env.BALLOT : 'SATISFACTION';

const CANDIDATES = 10;
const MAX_CHOICES = 3;

/** The bench's ballot as a round fixes it. */
export const benchBallot: Ballot = {
  type: BALLOT,
  candidates:
    BALLOT === 'CHOOSE_UP_TO_N'
      ? Array.from({ length: CANDIDATES }, (_, i) => ({ label: `候选项目 ${i + 1}`, detail: null, departmentId: null }))
      : [],
  maxChoices: BALLOT === 'CHOOSE_UP_TO_N' ? MAX_CHOICES : 1,
};

const fixed = { SATISFACTION: ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'], APPROVAL: ['FOR', 'AGAINST', 'ABSTAIN'] } as const;

/** The `n`th phone's answer as CastVoteInput fields, serialised (the hot loop builds messages by hand). */
export function answerJson(n: number): string {
  if (BALLOT !== 'CHOOSE_UP_TO_N') return `"choice":"${fixed[BALLOT][n % 3]}"`;
  const picks = [...new Set([n % CANDIDATES, (n * 7 + 3) % CANDIDATES, (n * 3 + 1) % CANDIDATES])].slice(0, MAX_CHOICES);
  return `"picks":[${picks.join(',')}]`;
}

/** What `addQuestion` needs for the bench's ballot (with the session kind that allows it). */
export function benchAgendaItem(departmentId: string, n: number) {
  const base = { title: `议题 ${n}`, body: '…', questioner: '代表', departmentId, respondent: '局长' };
  if (BALLOT === 'SATISFACTION') return base;
  if (BALLOT === 'APPROVAL') return { ...base, ballotType: 'APPROVAL' };
  return {
    ...base,
    ballotType: 'CHOOSE_UP_TO_N',
    maxChoices: MAX_CHOICES,
    candidates: benchBallot.candidates.map((c) => ({ label: c.label, departmentId })),
  };
}

/** The session kind and settings for the bench's ballot: a 票决 opened to online phones so they can vote. */
export const benchSessionKind = BALLOT === 'SATISFACTION' ? 'TV_QUESTIONING' : 'PROJECT_VOTE';
export const benchKindSettings =
  BALLOT === 'SATISFACTION' ? {} : { studioWeight: 0, onlineWeight: 100, studioQuorum: 'NONE', passingBase: 'VALID_BALLOTS' };

import { registerEnumType } from 'type-graphql';
import { badInput } from '../../graphql/errors.js';
import { Choice } from './choice.js';

/** What a round asks: a satisfaction grade (测评), a yes/no motion (票决), or up to N of a list of candidates. */
export const ballotTypes = ['SATISFACTION', 'APPROVAL', 'CHOOSE_UP_TO_N'] as const;
export type BallotType = (typeof ballotTypes)[number];
export const BallotTypeEnum = Object.fromEntries(ballotTypes.map((t) => [t, t])) as { [T in BallotType]: T };
registerEnumType(BallotTypeEnum, {
  name: 'BallotType',
  description: 'SATISFACTION: 满意 / 基本满意 / 不满意. APPROVAL: 赞成 / 反对 / 弃权. CHOOSE_UP_TO_N: up to N of a list of candidates.',
});

/** One name on a CHOOSE_UP_TO_N ballot, e.g. a candidate project and the department that would carry it out. */
export interface Candidate {
  label: string;
  detail: string | null;
  departmentId: string | null;
}

/** The ballot of a round, fixed when it opens: what may be answered, and how it is counted. */
export interface Ballot {
  type: BallotType;
  /** CHOOSE_UP_TO_N only, in ballot order. */
  candidates: Candidate[];
  /** CHOOSE_UP_TO_N: at most this many candidates per ballot (and seats to fill). */
  maxChoices: number;
}

export const satisfactionBallot: Ballot = Object.freeze({ type: 'SATISFACTION', candidates: [], maxChoices: 1 });

/** The fixed answers of the two closed ballot types, in the order a ballot shows them. */
export const fixedChoices = {
  SATISFACTION: [Choice.SATISFIED, Choice.BASICALLY_SATISFIED, Choice.UNSATISFIED],
  APPROVAL: [Choice.FOR, Choice.AGAINST, Choice.ABSTAIN],
} as const satisfies Record<Exclude<BallotType, 'CHOOSE_UP_TO_N'>, readonly Choice[]>;

export const MAX_CANDIDATES = 30;
/** A CHOOSE_UP_TO_N ballot is stored as `P:` and the picked candidates' places, sorted (`P:` alone is a blank ballot). */
const PICKS = 'P:';

/** The one stored form of a ballot (what the tallies count), or BAD_USER_INPUT naming the field at fault. */
export function ballotKey(ballot: Ballot, answer: { choice?: Choice | null; picks?: readonly number[] | null }): string {
  if (ballot.type === 'CHOOSE_UP_TO_N') {
    if (answer.choice) throw badInput('choice', 'This ballot is a list of candidates: send picks, not a choice.');
    const picks = answer.picks ?? [];
    if (new Set(picks).size !== picks.length) throw badInput('picks', 'Each candidate can be chosen only once.');
    if (picks.length > ballot.maxChoices) throw badInput('picks', `Choose at most ${ballot.maxChoices} candidates.`);
    if (picks.some((p) => !Number.isInteger(p) || p < 0 || p >= ballot.candidates.length))
      throw badInput('picks', 'A pick is not a candidate of this ballot.');
    return PICKS + [...picks].sort((a, b) => a - b).join(',');
  }
  if (answer.picks) throw badInput('picks', 'This ballot has no list of candidates: send a choice.');
  const allowed: readonly Choice[] = fixedChoices[ballot.type];
  if (!answer.choice || !allowed.includes(answer.choice)) throw badInput('choice', `Choose one of ${allowed.join(', ')}.`);
  return answer.choice;
}

/** The candidates a stored CHOOSE_UP_TO_N ballot picked. */
export function picksOf(key: string): number[] {
  if (!key.startsWith(PICKS)) return [];
  const rest = key.slice(PICKS.length);
  return rest === '' ? [] : rest.split(',').map(Number);
}

/** What a receipt echoes: the choice, or the picks. */
export function answerOf(key: string): { choice: Choice | null; picks: number[] | null } {
  return key.startsWith(PICKS) ? { choice: null, picks: picksOf(key) } : { choice: key as Choice, picks: null };
}

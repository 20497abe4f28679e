import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Channel, Choice } from './choice.js';
import { PassingBaseEnum, QuorumFallbackEnum, StudioQuorumEnum } from '../session/quorum.type.js';
import type { PassingBase, QuorumFallback, StudioQuorum } from '../session/vote-settings.js';
import { BallotTypeEnum, type BallotType } from './ballot-type.js';
import { outcomes, type ChannelResult, type OptionResult, type Outcome, type QuorumCheck, type RoundResult } from './result.js';
import type { RoundStatus, VoteRound } from './vote-round.entity.js';

export const RoundStatusEnum = { SCHEDULED: 'SCHEDULED', OPEN: 'OPEN', CLOSED: 'CLOSED', PUBLISHED: 'PUBLISHED' } as const;
registerEnumType(RoundStatusEnum, { name: 'RoundStatus', description: 'SCHEDULED → OPEN → CLOSED → PUBLISHED' });
export const OutcomeEnum = Object.fromEntries(outcomes.map((o) => [o, o])) as { [O in Outcome]: O };
registerEnumType(OutcomeEnum, {
  name: 'Outcome',
  description:
    'SATISFACTION: the grade SATISFIED (满意), BASICALLY_SATISFIED (基本满意) or UNSATISFIED (不满意) by the published grades. APPROVAL and CHOOSE_UP_TO_N: PASSED (通过 / 当选), REJECTED (未通过), TIED (a tie for the last seat). NO_VOTES: no valid result (no votes, or a missed quorum under NO_RESULT).',
});

@ObjectType('OptionResult', { description: 'One answer or candidate of a ballot: its votes per channel and its weighted share.' })
export class OptionResultType implements OptionResult {
  @Field(() => String, { description: 'A Choice, or a candidate’s place on the ballot (“0”, “1”, …).' }) key!: string;
  @Field(() => String, { description: 'e.g. 满意, 赞成, or the candidate’s name.' }) label!: string;
  @Field(() => Int) studio!: number;
  @Field(() => Int) online!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Weighted share of the base the rule names (valid ballots, or the whole roll), in percent.',
  })
  share!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'CHOOSE_UP_TO_N: among the candidates chosen.' }) elected!: boolean | null;
}

@ObjectType({ description: 'One channel’s votes in a round.' })
export class ChannelResultType implements ChannelResult {
  @Field(() => Channel) channel!: Channel;
  @Field(() => Int, { description: '满意' }) satisfied!: number;
  @Field(() => Int, { description: '基本满意' }) basicallySatisfied!: number;
  @Field(() => Int, { description: '不满意' }) unsatisfied!: number;
  @Field(() => Int, { description: 'Valid votes.' }) total!: number;
  @Field(() => Float, { nullable: true }) satisfiedPercent!: number | null;
  @Field(() => Float, { nullable: true }) basicallySatisfiedPercent!: number | null;
  @Field(() => Float, { nullable: true }) unsatisfiedPercent!: number | null;
  @Field(() => Float, { nullable: true, description: '(满意 + 基本满意) / valid votes, in percent.' }) satisfactionRate!: number | null;
}

@ObjectType('QuorumCheck', { description: 'Whether each channel reached the minimum published before the show, and what followed.' })
export class QuorumCheckType implements QuorumCheck {
  @Field(() => Int, { description: 'People on the studio roll when the round ran.' }) studioElectorate!: number;
  @Field(() => StudioQuorumEnum) studioRule!: StudioQuorum;
  @Field(() => Int, { description: 'Studio ballots the rule needed.' }) studioRequired!: number;
  @Field(() => Boolean, { description: 'The studio had a minimum and did not reach it, so it did not count.' }) studioMissed!: boolean;
  @Field(() => Int, { description: 'Online ballots needed.' }) onlineRequired!: number;
  @Field(() => Boolean, { description: 'The online channel had a minimum and did not reach it, so it did not count.' })
  onlineMissed!: boolean;
  @Field(() => QuorumFallbackEnum) fallback!: QuorumFallback;
}

@ObjectType({ description: 'A round’s result: per channel, weighted, and judged against the threshold.' })
export class RoundResultType implements RoundResult {
  @Field(() => BallotTypeEnum) ballotType!: BallotType;
  @Field(() => [ChannelResultType]) channels!: ChannelResultType[];
  @Field(() => [OptionResultType], { description: 'Every answer or candidate, in ballot order.' }) options!: OptionResultType[];
  @Field(() => QuorumCheckType, { nullable: true, description: 'How the quorum rules applied; null for results from before quorum rules.' })
  quorum?: QuorumCheckType;
  @Field(() => Float, {
    nullable: true,
    description:
      'SATISFACTION: weighted satisfaction rate (满意 + 基本满意); APPROVAL: weighted share in favour; in percent. CHOOSE_UP_TO_N: null.',
  })
  composite!: number | null;
  @Field(() => OutcomeEnum) outcome!: Outcome;
  @Field(() => Float, { description: 'Studio weight applied, in percent.' }) studioWeight!: number;
  @Field(() => Float, { description: 'Online weight applied, in percent.' }) onlineWeight!: number;
  @Field(() => Float, {
    description:
      'SATISFACTION: the rate below which the grade is UNSATISFIED. APPROVAL / CHOOSE_UP_TO_N: the share a motion or candidate must exceed.',
  })
  threshold!: number;
  @Field(() => Float, { nullable: true, description: 'SATISFACTION: the rate at or above which the grade is SATISFIED.' })
  satisfiedGrade!: number | null;
  @Field(() => PassingBaseEnum, { nullable: true, description: 'What a 票决 share is taken of.' }) passingBase!: PassingBase | null;
  @Field(() => String, { nullable: true, description: 'The rule the round was decided by, in words (zh-CN), printed with the result.' })
  rule!: string | null;
  @Field(() => String, { nullable: true, description: 'Ties and missed quorums, in words (zh-CN).' }) note!: string | null;
}

@ObjectType({ description: 'A round’s voting windows and, once closed, its result.' })
export class RoundType {
  @Field(() => ID) id!: string;
  @Field(() => ID) questionId!: string;
  @Field(() => RoundStatusEnum) status!: RoundStatus;
  @Field(() => Date) studioOpensAt!: Date;
  @Field(() => Date) studioClosesAt!: Date;
  @Field(() => Date, { description: 'Later than the studio by the stream delay.' }) onlineOpensAt!: Date;
  @Field(() => Date) onlineClosesAt!: Date;
  @Field(() => Boolean, { description: 'Live results are withheld from the public until revealed on air.' }) resultsHidden!: boolean;
  @Field(() => BallotTypeEnum, { description: 'The ballot, fixed when the round opened.' }) ballotType!: BallotType;
  @Field(() => [String], { description: 'CHOOSE_UP_TO_N: the candidates’ names in ballot order (a pick is a place in this list).' })
  candidates!: string[];
  @Field(() => Int, { description: 'CHOOSE_UP_TO_N: at most this many picks per ballot; 1 otherwise.' }) maxChoices!: number;
  @Field(() => RoundResultType, { nullable: true, description: 'The final result, once the round has closed.' })
  result!: RoundResultType | null;

  /** A round as GraphQL shows it; its result only when `showResult`. */
  static from(round: VoteRound, showResult: boolean): RoundType {
    const ballot = round.ballot;
    return {
      id: round.id,
      questionId: round.question.id,
      status: round.status,
      studioOpensAt: round.studioOpensAt,
      studioClosesAt: round.studioClosesAt,
      onlineOpensAt: round.onlineOpensAt,
      onlineClosesAt: round.onlineClosesAt,
      resultsHidden: round.settings.hideResultsUntilClosed,
      ballotType: ballot.type,
      candidates: ballot.candidates.map((c) => c.label),
      maxChoices: ballot.maxChoices,
      result: showResult ? (round.result ?? null) : null,
    };
  }
}

@ObjectType({ description: 'Live counts of a round, at most ten times a second.' })
export class RoundTally {
  @Field(() => ID) roundId!: string;
  @Field(() => Int, {
    description: 'Votes counted so far: only grows, on every instance, so a client can drop a tally older than one it has shown.',
  })
  sequence!: number;
  @Field(() => Int, { description: 'Studio votes so far.' }) studioVoted!: number;
  @Field(() => Int, { description: 'People on the studio roll (the N of "x of N on the roll").' }) studioElectorate!: number;
  @Field(() => Int, { description: 'Online votes so far.' }) onlineVoted!: number;
  @Field(() => RoundResultType, { nullable: true, description: 'Live result; null for the public while results are hidden.' })
  result!: RoundResultType | null;
}

@ObjectType({ description: 'The server has stored this vote.' })
export class VoteReceipt {
  @Field(() => ID) roundId!: string;
  @Field(() => Choice, { nullable: true, description: 'The answer stored (SATISFACTION, APPROVAL).' }) choice!: Choice | null;
  @Field(() => [Int], { nullable: true, description: 'The picks stored (CHOOSE_UP_TO_N), sorted.' }) picks!: number[] | null;
  @Field(() => Boolean, { description: 'True when this ballot had already been stored by an earlier try.' }) replayed!: boolean;
}

@ObjectType({ description: 'A phone’s pass to vote in one session.' })
export class AudiencePass {
  @Field(() => String, { description: 'Send as the WebSocket `deviceToken` parameter or the `X-Device-Token` header.' }) token!: string;
  @Field(() => ID) sessionId!: string;
  @Field(() => Channel) channel!: Channel;
}

import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Channel, Choice } from './choice.js';
import { QuorumFallbackEnum, StudioQuorumEnum } from '../session/quorum.type.js';
import type { QuorumFallback, StudioQuorum } from '../session/vote-settings.js';
import type { ChannelResult, Outcome, QuorumCheck, RoundResult } from './result.js';
import type { RoundStatus, VoteRound } from './vote-round.entity.js';

export const RoundStatusEnum = { SCHEDULED: 'SCHEDULED', OPEN: 'OPEN', CLOSED: 'CLOSED', PUBLISHED: 'PUBLISHED' } as const;
registerEnumType(RoundStatusEnum, { name: 'RoundStatus', description: 'SCHEDULED → OPEN → CLOSED → PUBLISHED' });
export const OutcomeEnum = { SATISFIED: 'SATISFIED', UNSATISFIED: 'UNSATISFIED', NO_VOTES: 'NO_VOTES' } as const;
registerEnumType(OutcomeEnum, {
  name: 'Outcome',
  description: 'A result against the published threshold; NO_VOTES: no valid result (no votes, or a missed quorum under NO_RESULT).',
});

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
  @Field(() => [ChannelResultType]) channels!: ChannelResultType[];
  @Field(() => QuorumCheckType, { nullable: true, description: 'How the quorum rules applied; null for results from before quorum rules.' })
  quorum?: QuorumCheckType;
  @Field(() => Float, { nullable: true, description: 'Weighted satisfaction rate, in percent.' }) composite!: number | null;
  @Field(() => OutcomeEnum) outcome!: Outcome;
  @Field(() => Float, { description: 'Studio weight applied, in percent.' }) studioWeight!: number;
  @Field(() => Float, { description: 'Online weight applied, in percent.' }) onlineWeight!: number;
  @Field(() => Float, { description: 'Satisfaction rate below which the outcome is UNSATISFIED.' }) threshold!: number;
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
  @Field(() => RoundResultType, { nullable: true, description: 'The final result, once the round has closed.' })
  result!: RoundResultType | null;

  /** A round as GraphQL shows it; its result only when `showResult`. */
  static from(round: VoteRound, showResult: boolean): RoundType {
    return {
      id: round.id,
      questionId: round.question.id,
      status: round.status,
      studioOpensAt: round.studioOpensAt,
      studioClosesAt: round.studioClosesAt,
      onlineOpensAt: round.onlineOpensAt,
      onlineClosesAt: round.onlineClosesAt,
      resultsHidden: round.settings.hideResultsUntilClosed,
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
  @Field(() => Choice) choice!: Choice;
  @Field(() => Boolean, { description: 'True when this ballot had already been stored by an earlier try.' }) replayed!: boolean;
}

@ObjectType({ description: 'A phone’s pass to vote in one session.' })
export class AudiencePass {
  @Field(() => String, { description: 'Send as the WebSocket `deviceToken` parameter or the `X-Device-Token` header.' }) token!: string;
  @Field(() => ID) sessionId!: string;
  @Field(() => Channel) channel!: Channel;
}

import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SessionKindEnum, SubjectKindEnum, type SessionKind, type SubjectKind } from '../session/session-kind.js';
import { BallotTypeEnum, type BallotType } from '../vote/ballot-type.js';
import { PageOf } from '../../graphql/pagination.js';
import { ClueStatus } from '../clue/clue-status.js';
import { ClueCategoryCount } from '../clue/clue.type.js';
import { FollowUpStatus } from '../follow-up/follow-up-status.js';
import { Channel } from '../vote/choice.js';
import type { Outcome } from '../vote/result.js';
import { OutcomeEnum, RoundStatusEnum } from '../vote/vote.type.js';

@ObjectType('StatsPeriod', { description: 'The period an answer covers: from (inclusive) to (exclusive); null for an open end.' })
export class StatsPeriodType {
  @Field(() => Date, { nullable: true }) from!: Date | null;
  @Field(() => Date, { nullable: true }) to!: Date | null;
}

@ObjectType('ChannelStats', { description: 'One channel’s valid votes summed over rounds (turnout), and its mean satisfaction rate.' })
export class ChannelStatsType {
  @Field(() => Channel) channel!: Channel;
  @Field(() => Int, { description: '满意' }) satisfied!: number;
  @Field(() => Int, { description: '基本满意' }) basicallySatisfied!: number;
  @Field(() => Int, { description: '不满意' }) unsatisfied!: number;
  @Field(() => Int, { description: 'Valid votes: the turnout of this channel.' }) total!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Mean of the rounds’ satisfaction rates on this channel ((满意 + 基本满意) / valid votes, as stored with each result), so each question weighs the same, as in the composite; rounds without votes on this channel left out; in percent, one decimal; null without votes.',
  })
  satisfactionRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Valid votes per round, one decimal.' }) votesPerRound!: number | null;
}

/** What every satisfaction aggregate carries. */
@ObjectType()
abstract class SatisfactionFields {
  @Field(() => Int, { description: 'Rounds counted: closed with a result (the public: revealed), in sessions that are not rehearsals.' })
  rounds!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Mean of the rounds’ composite (weighted) satisfaction rates, in percent, one decimal; rounds without votes left out.',
  })
  composite!: number | null;
  @Field(() => Int, { description: 'Rounds graded 满意 or 基本满意.' }) satisfiedOutcomes!: number;
  @Field(() => Int) unsatisfiedOutcomes!: number;
  @Field(() => Int, { description: 'Rounds nobody voted in.' }) noVoteOutcomes!: number;
  @Field(() => ChannelStatsType, { description: '现场测评' }) studio!: ChannelStatsType;
  @Field(() => ChannelStatsType, { description: '网络测评' }) online!: ChannelStatsType;
}

@ObjectType('SessionStats', { description: 'A session’s satisfaction over its counted rounds.' })
export class SessionStatsType extends SatisfactionFields {
  @Field(() => ID) sessionId!: string;
  @Field(() => String) title!: string;
  @Field(() => String) theme!: string;
  @Field(() => SessionKindEnum) kind!: SessionKind;
  @Field(() => Date) scheduledAt!: Date;
  @Field(() => Int, { description: 'Agenda items (议题) in the running order.' }) questions!: number;
  @Field(() => Int, { description: 'Representatives who may vote in the studio.' }) studioElectorate!: number;
  @Field(() => Float, { nullable: true, description: 'Studio votes ÷ (electorate × rounds), in percent; null without an electorate.' })
  studioTurnoutRate!: number | null;
}

@ObjectType()
export class SessionStatsPage extends PageOf(SessionStatsType) {}

@ObjectType('YearStats', { description: 'Satisfaction of the sessions held in one calendar year (China Standard Time).' })
export class YearStatsType extends SatisfactionFields {
  @Field(() => Int) year!: number;
  @Field(() => Int) sessions!: number;
}

@ObjectType('QuestionStats', {
  description: 'One agenda item’s counted satisfaction round (测评: answers, reports, representatives): its result per channel.',
})
export class QuestionStatsType {
  @Field(() => ID) questionId!: string;
  @Field(() => ID) sessionId!: string;
  @Field(() => String) sessionTitle!: string;
  @Field(() => SessionKindEnum) sessionKind!: SessionKind;
  @Field(() => Date) scheduledAt!: Date;
  @Field(() => Int) position!: number;
  @Field(() => String) title!: string;
  @Field(() => SubjectKindEnum, { description: 'What the item is about: an answer, a report or a representative.' }) subject!: SubjectKind;
  @Field(() => BallotTypeEnum) ballotType!: BallotType;
  @Field(() => ID, { nullable: true, description: '应询部门 or 报告单位; null for a representative.' }) departmentId!: string | null;
  @Field(() => String, { description: 'Empty for a representative.' }) departmentName!: string;
  @Field(() => String, { nullable: true, description: 'REPRESENTATIVE: 选区.' }) district!: string | null;
  @Field(() => String, {
    description: 'The official who answered (a public office holder on air), the reporting official, or the representative assessed.',
  })
  respondent!: string;
  @Field(() => RoundStatusEnum, { description: 'PUBLISHED once revealed; CLOSED (admins only) before.' }) roundStatus!:
    | 'CLOSED'
    | 'PUBLISHED';
  @Field(() => Float, { nullable: true, description: 'Weighted satisfaction rate, in percent.' }) composite!: number | null;
  @Field(() => OutcomeEnum) outcome!: Outcome;
  @Field(() => Float, { description: 'Satisfaction rate below which the outcome is UNSATISFIED.' }) threshold!: number;
  @Field(() => Float, { description: 'Studio weight applied, in percent (a channel without votes gives its weight to the other).' })
  studioWeight!: number;
  @Field(() => Float, { description: 'Online weight applied, in percent.' }) onlineWeight!: number;
  @Field(() => ChannelStatsType) studio!: ChannelStatsType;
  @Field(() => ChannelStatsType) online!: ChannelStatsType;
}

@ObjectType()
export class QuestionStatsPage extends PageOf(QuestionStatsType) {}

@ObjectType('OutcomeCount')
export class OutcomeCountType {
  @Field(() => OutcomeEnum) outcome!: Outcome;
  @Field(() => Int) count!: number;
}

@ObjectType('SessionKindStats', {
  description:
    'One kind of session in a period: sessions held, agenda items, and the counted rounds of every ballot type by outcome (测评 grades, 票决 passed/rejected/tied).',
})
export class SessionKindStatsType {
  @Field(() => SessionKindEnum) kind!: SessionKind;
  @Field(() => Int, { description: 'Sessions of this kind held in the period (announced, live or ended; not rehearsals).' })
  sessions!: number;
  @Field(() => Int, { description: 'Their agenda items (议题).' }) items!: number;
  @Field(() => Int, { description: 'Counted rounds of any ballot type (the public: revealed).' }) rounds!: number;
  @Field(() => Int, { description: 'Of them, satisfaction rounds (测评).' }) satisfactionRounds!: number;
  @Field(() => Float, { nullable: true, description: 'Mean composite satisfaction of the satisfaction rounds; null without any.' })
  composite!: number | null;
  @Field(() => [OutcomeCountType], { description: 'Counted rounds by outcome; outcomes without rounds left out.' })
  byOutcome!: OutcomeCountType[];
}

@ObjectType('FollowUpStatusCount')
export class FollowUpStatusCountType {
  @Field(() => FollowUpStatus) status!: FollowUpStatus;
  @Field(() => Int) count!: number;
}

@ObjectType('FollowUpStats', {
  description:
    'Follow-up (督办) figures over the top-level items dispatched (not drafts) whose current deadline falls in the period; a split item counts once. Overdue and due are judged at the time of the request.',
})
export class FollowUpStatsType {
  @Field(() => Int, { description: 'Items dispatched with a deadline in the period.' }) items!: number;
  @Field(() => Int, {
    description: 'Items due: the deadline has passed, or the report has been handed in (REPORTED, APPROVED, EVALUATING, CLOSED).',
  })
  due!: number;
  @Field(() => Int, {
    description:
      'Due items handed in on time: REPORTED, APPROVED, EVALUATING or CLOSED, and the standing report of the current handling round (or the closing) came by the deadline.',
  })
  onTime!: number;
  @Field(() => Float, { nullable: true, description: 'onTime ÷ due, in percent (按期办结率); null when nothing is due.' }) onTimeRate!:
    | number
    | null;
  @Field(() => Int, {
    description: 'Deadline passed while the work is the department’s (DISPATCHED, ACCEPTED, IN_PROGRESS, SENT_BACK, REOPENED).',
  })
  overdue!: number;
  @Field(() => Int, { description: 'Items sent to a second (or later) handling, 二次办理.' }) reopened!: number;
  @Field(() => Float, { nullable: true, description: 'reopened ÷ items, in percent.' }) reopenedShare!: number | null;
  @Field(() => Int, { description: 'Items CLOSED (办结).' }) closed!: number;
  @Field(() => Int, { description: 'Items the department answered: its report handed in (REPORTED, APPROVED, EVALUATING, CLOSED).' })
  answered!: number;
  @Field(() => Float, { nullable: true, description: 'answered ÷ items, in percent (答复率); null without items.' }) answerRate!:
    | number
    | null;
  @Field(() => Int, { description: 'Closed items on which a submitter of their clues gave their word (已解决 / 未解决).' }) judged!: number;
  @Field(() => Int, { description: 'Judged items that no submitter called unsolved.' }) resolved!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'resolved ÷ judged, in percent (解决率, by the submitters’ own word); null when no submitter has answered.',
  })
  resolveRate!: number | null;
  @Field(() => [FollowUpStatusCountType]) byStatus!: FollowUpStatusCountType[];
}

@ObjectType('DepartmentStats', {
  description:
    'A department’s satisfaction over its answers on air (电视问政 and 专题询问 sessions, satisfaction ballots only), and its follow-up figures.',
})
export class DepartmentStatsType extends SatisfactionFields {
  @Field(() => ID) departmentId!: string;
  @Field(() => String) name!: string;
  @Field(() => String) shortName!: string;
  @Field(() => FollowUpStatsType) followUp!: FollowUpStatsType;
}

@ObjectType()
export class DepartmentStatsPage extends PageOf(DepartmentStatsType) {}

@ObjectType('LeagueWeights', { description: 'The weight of each part of the league score; they add up to 1.' })
export class LeagueWeightsType {
  @Field(() => Float, { description: 'S: mean composite satisfaction.' }) satisfaction!: number;
  @Field(() => Float, { description: 'T: follow-up on-time rate.' }) onTime!: number;
  @Field(() => Float, { description: 'R: 100% − reopened share.' }) notReopened!: number;
}

@ObjectType('LeagueRow', { description: 'One department in the league table.' })
export class LeagueRowType {
  @Field(() => Int, { nullable: true, description: '1 for the best; null for a department without any data in the period.' }) rank!:
    | number
    | null;
  @Field(() => ID) departmentId!: string;
  @Field(() => String) name!: string;
  @Field(() => String) shortName!: string;
  @Field(() => Float, { nullable: true, description: 'The score by the table’s formula, 0–100, one decimal.' }) score!: number | null;
  @Field(() => Float, { nullable: true, description: 'S, in percent.' }) satisfaction!: number | null;
  @Field(() => Float, { nullable: true, description: 'T, in percent.' }) onTimeRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'R, in percent.' }) notReopenedRate!: number | null;
  @Field(() => Int) questions!: number;
  @Field(() => Int) items!: number;
  @Field(() => Int) due!: number;
  @Field(() => Int) onTime!: number;
  @Field(() => Int) reopened!: number;
  @Field(() => Float, { nullable: true, description: '答复率 in percent (see FollowUpStats.answerRate); not part of the score.' })
  answerRate!: number | null;
  @Field(() => Float, { nullable: true, description: '解决率 in percent (see FollowUpStats.resolveRate); not part of the score.' })
  resolveRate!: number | null;
}

@ObjectType('LeagueTable', { description: '部门排名 for a period, with the formula it is computed by.' })
export class LeagueTableType {
  @Field(() => StatsPeriodType) period!: StatsPeriodType;
  @Field(() => String, { description: 'The formula, in English.' }) formula!: string;
  @Field(() => String, { description: 'The formula, in Chinese (计算方法).' }) formulaZh!: string;
  @Field(() => LeagueWeightsType) weights!: LeagueWeightsType;
  @Field(() => [LeagueRowType], { description: 'Every department: ranked ones first, best first.' }) rows!: LeagueRowType[];
}

@ObjectType('ClueOutcomeCount')
export class ClueOutcomeCountType {
  @Field(() => ClueStatus, { description: 'SUBMITTED (not yet triaged), or the triage outcome.' }) status!: ClueStatus;
  @Field(() => Int) count!: number;
  @Field(() => Int, { description: 'Of them, published by staff.' }) published!: number;
}

@ObjectType('ClueVolumes', { description: 'Clues received in a period, by category and by outcome.' })
export class ClueVolumesType {
  @Field(() => StatsPeriodType) period!: StatsPeriodType;
  @Field(() => Int) total!: number;
  @Field(() => [ClueCategoryCount], { description: 'Most frequent first.' }) byCategory!: ClueCategoryCount[];
  @Field(() => [ClueOutcomeCountType]) byOutcome!: ClueOutcomeCountType[];
}

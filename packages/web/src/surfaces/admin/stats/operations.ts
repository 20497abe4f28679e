import { graphql } from '../../../gql';
import type { StatsDepartmentsQuery, StatsFollowUpsAndCluesQuery, StatsSessionsQuery } from '../../../gql/graphql';

// The operations of the statistics page (结果运用), three small documents fetched side by side so
// each stays well inside the server's token and cost limits. Page sizes travel as variables: a
// literal `first` multiplies the estimated cost.

export type SessionStatsRow = StatsSessionsQuery['sessionStats']['nodes'][number];
export type YearStatsRow = StatsSessionsQuery['yearStats'][number];
export type SessionKindStatsRow = StatsSessionsQuery['sessionKindStats'][number];
export type DepartmentStatsRow = StatsDepartmentsQuery['departmentStats']['nodes'][number];
export type LeagueTable = StatsDepartmentsQuery['departmentLeague'];
export type LeagueRow = LeagueTable['rows'][number];
export type FollowUpStats = StatsFollowUpsAndCluesQuery['followUpStats'];
export type ClueVolumes = StatsFollowUpsAndCluesQuery['clueVolumes'];

graphql(`
  fragment StatsChannelFields on ChannelStats {
    total
    satisfactionRate
  }
`);

export const StatsSessionsDocument = graphql(`
  query StatsSessions($period: StatsPeriodInput, $first: Int!, $kind: SessionKind) {
    sessionStats(period: $period, first: $first, kind: $kind) {
      totalCount
      nodes {
        sessionId
        title
        kind
        scheduledAt
        questions
        rounds
        composite
        satisfiedOutcomes
        unsatisfiedOutcomes
        studioTurnoutRate
        studio {
          ...StatsChannelFields
        }
        online {
          ...StatsChannelFields
        }
      }
    }
    sessionKindStats(period: $period) {
      kind
      sessions
      items
      rounds
      composite
      byOutcome {
        outcome
        count
      }
    }
    yearStats(period: $period, kind: $kind) {
      year
      sessions
      rounds
      composite
      studio {
        ...StatsChannelFields
      }
      online {
        ...StatsChannelFields
      }
    }
  }
`);

export const StatsDepartmentsDocument = graphql(`
  query StatsDepartments($period: StatsPeriodInput, $first: Int!) {
    departmentStats(period: $period, first: $first) {
      nodes {
        departmentId
        shortName
        rounds
        composite
        followUp {
          items
          due
          onTimeRate
          overdue
          reopened
        }
      }
    }
    departmentLeague(period: $period) {
      formula
      formulaZh
      weights {
        satisfaction
        onTime
        notReopened
      }
      rows {
        rank
        departmentId
        name
        score
        satisfaction
        onTimeRate
        notReopenedRate
        questions
        items
        due
        reopened
        answerRate
        resolveRate
      }
    }
  }
`);

export const StatsFollowUpsAndCluesDocument = graphql(`
  query StatsFollowUpsAndClues($period: StatsPeriodInput) {
    followUpStats(period: $period) {
      items
      due
      onTime
      onTimeRate
      overdue
      reopened
      reopenedShare
      closed
      answered
      answerRate
      judged
      resolved
      resolveRate
      byStatus {
        status
        count
      }
    }
    clueVolumes(period: $period) {
      total
      byCategory {
        category
        categoryName
        categoryNameEn
        count
      }
      byOutcome {
        status
        count
      }
    }
  }
`);

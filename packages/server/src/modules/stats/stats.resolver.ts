import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import {
  ClueVolumeArgs,
  FollowUpStatsArgs,
  QuestionStatsArgs,
  SessionStatsArgs,
  StatsPageArgs,
  StatsPeriodArgs,
  YearStatsArgs,
} from './stats.inputs.js';
import {
  clueVolumes,
  departmentLeague,
  departmentStatistics,
  followUpStatistics,
  questionStatistics,
  sessionKindStatistics,
  sessionStatistics,
  yearStatistics,
} from './stats.service.js';
import {
  ClueVolumesType,
  DepartmentStatsPage,
  FollowUpStatsType,
  LeagueTableType,
  QuestionStatsPage,
  SessionKindStatsType,
  SessionStatsPage,
  YearStatsType,
} from './stats.type.js';

// 结果运用: aggregates over results and follow-up. The open-data queries are PUBLIC and count only
// revealed (published) rounds; signed-in admins get the same figures with closed rounds not yet
// revealed counted too. None carries personal data. See docs/open-data.md.
@Resolver()
export class StatsResolver {
  @Allow('PUBLIC')
  @Query(() => SessionStatsPage, {
    description:
      'Open data: satisfaction per session held in the period (composite, studio vs online, turnout), newest first; only satisfaction rounds (测评) count, so a session with only 票决 rounds is not listed (see sessionKindStats).',
  })
  sessionStats(@Args(() => SessionStatsArgs) args: SessionStatsArgs, @Ctx() ctx: Context) {
    return sessionStatistics(ctx, args);
  }

  @Allow('PUBLIC')
  @Query(() => [YearStatsType], { description: 'Open data: satisfaction per calendar year, oldest first (the trend across years).' })
  yearStats(@Args(() => YearStatsArgs) args: YearStatsArgs, @Ctx() ctx: Context) {
    return yearStatistics(ctx, args);
  }

  @Allow('PUBLIC')
  @Query(() => [SessionKindStatsType], {
    description:
      'Open data: per kind of session (电视问政, 专题询问, 报告满意度测评, 民生实事项目票决, 选民评议代表, 回头看), sessions held, agenda items and counted rounds by outcome.',
  })
  sessionKindStats(@Args(() => StatsPeriodArgs) args: StatsPeriodArgs, @Ctx() ctx: Context) {
    return sessionKindStatistics(ctx, args);
  }

  @Allow('PUBLIC')
  @Query(() => QuestionStatsPage, { description: 'Open data: each question’s result per channel, newest session first, in running order.' })
  questionStats(@Args(() => QuestionStatsArgs) args: QuestionStatsArgs, @Ctx() ctx: Context) {
    return questionStatistics(ctx, args);
  }

  @Allow('PUBLIC')
  @Query(() => DepartmentStatsPage, {
    description: 'Open data: per department (by name), satisfaction of the questions it answered and its follow-up figures.',
  })
  departmentStats(@Args(() => StatsPageArgs) args: StatsPageArgs, @Ctx() ctx: Context) {
    return departmentStatistics(ctx, args);
  }

  @Allow('PUBLIC')
  @Query(() => FollowUpStatsType, {
    description: 'Open data: follow-up on-time rate, overdue and reopened counts over the items due in the period.',
  })
  followUpStats(@Args(() => FollowUpStatsArgs) args: FollowUpStatsArgs, @Ctx() ctx: Context) {
    return followUpStatistics(ctx, args);
  }

  @Allow('PUBLIC')
  @Query(() => ClueVolumesType, { description: 'Open data: clues received in the period, by category and by outcome.' })
  clueVolumes(@Args(() => ClueVolumeArgs) args: ClueVolumeArgs, @Ctx() ctx: Context) {
    return clueVolumes(ctx, args);
  }

  @Allow('ADMIN')
  @Query(() => LeagueTableType, { description: '部门排名: departments scored and ranked for the period by the formula the answer states.' })
  departmentLeague(@Args(() => StatsPeriodArgs) args: StatsPeriodArgs, @Ctx() ctx: Context) {
    return departmentLeague(ctx, args);
  }
}

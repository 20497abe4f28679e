import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Question } from '../question/question.entity.js';
import { Session } from '../session/session.entity.js';
import type { VoteSettings } from '../session/vote-settings.js';
import type { Ballot } from './ballot-type.js';
import type { RoundResult } from './result.js';

export const roundStatuses = ['SCHEDULED', 'OPEN', 'CLOSED', 'PUBLISHED'] as const;
export type RoundStatus = (typeof roundStatuses)[number];

/** 测评 or 票决: one timed vote on an agenda item, with a window per channel set by the server. */
export const VoteRound = defineEntity({
  name: 'VoteRound',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    session: () => p.manyToOne(Session).deleteRule('cascade'),
    question: () => p.manyToOne(Question).deleteRule('cascade').unique(),
    status: p.enum(roundStatuses).default('SCHEDULED'),
    studioOpensAt: p.datetime(),
    studioClosesAt: p.datetime(),
    onlineOpensAt: p.datetime(),
    onlineClosesAt: p.datetime(),
    /** The session's settings when the round opened: results are computed with these, always. */
    settings: p.json<VoteSettings>(),
    /** The item's ballot when the round opened. */
    ballot: p.json<Ballot>(),
    /** Set once at close and never changed. */
    result: p.json<RoundResult>().nullable(),
    closedAt: p.datetime().nullable(),
    publishedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [
    { name: 'vote_round_windows_ordered', expression: 'studio_opens_at <= studio_closes_at and online_opens_at <= online_closes_at' },
  ],
});
export type VoteRound = InferEntity<typeof VoteRound>;

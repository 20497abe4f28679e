import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { Representative } from '../representative/representative.entity.js';
import { FollowUp } from './follow-up.entity.js';

export const RepresentativeScore = {
  SATISFIED: 'SATISFIED',
  BASICALLY_SATISFIED: 'BASICALLY_SATISFIED',
  UNSATISFIED: 'UNSATISFIED',
} as const;
export type RepresentativeScore = (typeof RepresentativeScore)[keyof typeof RepresentativeScore];
export const representativeScores = Object.values(RepresentativeScore);
registerEnumType(RepresentativeScore, {
  name: 'RepresentativeScore',
  description: '代表打分: SATISFIED 满意, BASICALLY_SATISFIED 基本满意, UNSATISFIED 不满意',
});

/** The words of each score, in the timeline and the look-back question. */
export const scoreNames: Record<RepresentativeScore, string> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  UNSATISFIED: '不满意',
};

/**
 * 代表打分: a supervising representative's verdict on a reported item, one per representative per
 * handling round (a new score replaces theirs while the report awaits staff).
 */
export const FollowUpScore = defineEntity({
  name: 'FollowUpScore',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    followUp: () => p.manyToOne(FollowUp).deleteRule('cascade').index(),
    representative: () => p.manyToOne(Representative).deleteRule('cascade').index(),
    score: p.enum(representativeScores),
    note: p.string().length(500).nullable(),
    handlingRound: p.integer(),
    at: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['followUp', 'representative', 'handlingRound'] }],
});
export type FollowUpScore = InferEntity<typeof FollowUpScore>;

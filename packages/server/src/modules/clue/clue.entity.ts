import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Question } from '../question/question.entity.js';
import { Session } from '../session/session.entity.js';

export const clueStatuses = ['SUBMITTED', 'ACCEPTED', 'MERGED', 'REJECTED', 'REFERRED'] as const;
export type ClueStatus = (typeof clueStatuses)[number];

/** 问题线索: a problem reported by the public, traceable by its tracking code (查询码). */
export const Clue = defineEntity({
  name: 'Clue',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    trackingCode: p.string().length(12).unique(),
    session: () => p.manyToOne(Session).nullable().deleteRule('set null'),
    title: p.string().length(100),
    description: p.text(),
    category: p.string().length(30),
    location: p.string().length(200).nullable(),
    submitterName: p.string().length(60).nullable(),
    submitterPhone: p.string().length(20).nullable(),
    anonymous: p.boolean().default(false),
    status: p.enum(clueStatuses).default('SUBMITTED'),
    published: p.boolean().default(false),
    question: () => p.manyToOne(Question).nullable().deleteRule('set null'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Clue = InferEntity<typeof Clue>;

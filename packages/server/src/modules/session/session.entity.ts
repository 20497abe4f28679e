import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const sessionStatuses = ['DRAFT', 'PUBLISHED', 'LIVE', 'ENDED'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

/** 问政活动: one broadcast with a theme, a schedule and a join code for the audience. */
export const Session = defineEntity({
  name: 'Session',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    title: p.string().length(100),
    theme: p.string().length(100),
    scheduledAt: p.datetime(),
    joinCode: p.string().length(12).unique(),
    status: p.enum(sessionStatuses).default('DRAFT'),
    streamUrl: p.string().length(500).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Session = InferEntity<typeof Session>;

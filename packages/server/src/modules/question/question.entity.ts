import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Department } from '../department/department.entity.js';
import { Session } from '../session/session.entity.js';

export const questionPhases = ['PENDING', 'ASKING', 'ANSWERING', 'VOTING', 'CLOSED'] as const;
export type QuestionPhase = (typeof questionPhases)[number];

/** 问题: one on-air question to a department, in the session's running order. */
export const Question = defineEntity({
  name: 'Question',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    session: () => p.manyToOne(Session).deleteRule('cascade'),
    position: p.integer(),
    title: p.string().length(200),
    body: p.text(),
    questioner: p.string().length(60),
    department: () => p.manyToOne(Department).deleteRule('restrict'),
    respondent: p.string().length(60),
    phase: p.enum(questionPhases).default('PENDING'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['session', 'position'] }],
});
export type Question = InferEntity<typeof Question>;

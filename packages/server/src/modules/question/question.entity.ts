import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Department } from '../department/department.entity.js';
import { Session } from '../session/session.entity.js';
import { questionPhases } from './question-phase.js';

/** 问题: one on-air question to a department, in the session's running order. */
export const Question = defineEntity({
  name: 'Question',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    session: () => p.manyToOne(Session).deleteRule('cascade'),
    position: p.integer(),
    title: p.string().length(200),
    body: p.text(),
    questioner: p.string().length(60),
    department: () => p.manyToOne(Department).deleteRule('restrict'),
    respondent: p.string().length(60),
    /** 暗访短片: a clip played before the question. */
    clipUrl: p.string().length(500).nullable(),
    phase: p.enum(questionPhases).default('PENDING'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  // Deferred, so a reorder can swap positions inside one transaction.
  uniques: [{ properties: ['session', 'position'], deferMode: 'deferred' }],
});
export type Question = InferEntity<typeof Question>;

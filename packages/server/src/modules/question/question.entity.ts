import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Department } from '../department/department.entity.js';
import { Representative } from '../representative/representative.entity.js';
import { Session } from '../session/session.entity.js';
import { subjectKinds } from '../session/session-kind.js';
import { ballotTypes, type Candidate } from '../vote/ballot-type.js';
import { questionPhases } from './question-phase.js';

/**
 * 议题: one agenda item in the session's running order — a department's answer (问题), a report, a
 * candidate project or a representative — and the ballot it is voted with.
 */
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
    subject: p.enum(subjectKinds).default('ANSWER'),
    /** ANSWER: 应询部门; REPORT: the submitting body (承办单位 of any 二次办理); PROJECT: the lead department; REPRESENTATIVE: none. */
    department: () => p.manyToOne(Department).deleteRule('restrict').nullable(),
    /** Who answers, reports, or is assessed (a representative's name). */
    respondent: p.string().length(60),
    /** REPRESENTATIVE: 选区 or 代表团. */
    district: p.string().length(60).nullable(),
    /** REPRESENTATIVE: the 代表档案 assessed, when the item was made from it; its profile shows the result. */
    representative: () => p.manyToOne(Representative).nullable().deleteRule('set null').index(),
    /** PROJECT: budget in 万元. */
    budget: p.double().nullable(),
    /** REPORT: the report's document, a stored file's key and its name. */
    documentKey: p.string().length(200).nullable(),
    documentName: p.string().length(200).nullable(),
    ballotType: p.enum(ballotTypes).default('SATISFACTION'),
    /** CHOOSE_UP_TO_N: the candidates, in ballot order, and how many a ballot may choose. */
    candidates: p.json<Candidate[]>().nullable(),
    maxChoices: p.integer().nullable(),
    /** 暗访短片: a clip played before the question. */
    clipUrl: p.string().length(500).nullable(),
    phase: p.enum(questionPhases).default('PENDING'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  // Deferred, so a reorder can swap positions inside one transaction.
  uniques: [{ properties: ['session', 'position'], deferMode: 'deferred' }],
});
export type Question = InferEntity<typeof Question>;

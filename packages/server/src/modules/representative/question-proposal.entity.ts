import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { Department } from '../department/department.entity.js';
import { Question } from '../question/question.entity.js';
import { Session } from '../session/session.entity.js';
import { Representative } from './representative.entity.js';

export const ProposalStatus = { PENDING: 'PENDING', ACCEPTED: 'ACCEPTED', DECLINED: 'DECLINED' } as const;
export type ProposalStatus = (typeof ProposalStatus)[keyof typeof ProposalStatus];
export const proposalStatuses = Object.values(ProposalStatus);
registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: 'PENDING → ACCEPTED (a question of the running order) | DECLINED (with a reason)',
});

/** 代表出题: a question a representative proposes for a published session; staff accept it into the running order or decline it. */
export const QuestionProposal = defineEntity({
  name: 'QuestionProposal',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    session: () => p.manyToOne(Session).deleteRule('cascade').index(),
    representative: () => p.manyToOne(Representative).deleteRule('cascade').index(),
    title: p.string().length(200),
    body: p.text(),
    respondent: p.string().length(60).nullable(),
    department: () => p.manyToOne(Department).nullable().deleteRule('set null'),
    status: p.enum(proposalStatuses).default('PENDING'),
    declineReason: p.string().length(500).nullable(),
    /** The question it became (ACCEPTED). */
    question: () => p.manyToOne(Question).nullable().deleteRule('set null'),
    createdAt: p.datetime().onCreate(() => new Date()),
    decidedAt: p.datetime().nullable(),
  },
});
export type QuestionProposal = InferEntity<typeof QuestionProposal>;

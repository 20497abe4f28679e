import type { FilterQuery } from '@mikro-orm/core';
import { LockMode } from '@mikro-orm/core';
import { badInput, DomainError, notFound } from '../../graphql/errors.js';
import type { Caller } from '../../scope.js';
import { recordAudit } from '../audit/audit.service.js';
import { getDepartment } from '../department/department.service.js';
import type { QuestionInput } from '../question/question.inputs.js';
import { addQuestion } from '../question/question.service.js';
import { sessionKindProfiles, type SessionKind } from '../session/session-kind.js';
import { getSession } from '../session/session.service.js';
import { myRepresentative, representativeScope } from './representative.access.js';
import { QuestionProposal, type ProposalStatus } from './question-proposal.entity.js';
import type { ProposeQuestionInput } from './representative.inputs.js';
import type { QuestionProposalType } from './representative.type.js';

// 代表出题: a representative proposes a question for a published session that asks departments;
// staff accept it into the running order (asked by "人大代表 <name>") or decline it with a reason.

function proposalView(p: QuestionProposal): QuestionProposalType {
  return {
    id: p.id,
    sessionId: p.session.id,
    sessionTitle: p.session.title,
    representativeName: p.representative.name,
    title: p.title,
    body: p.body,
    respondent: p.respondent ?? null,
    departmentId: p.department?.id ?? null,
    status: p.status,
    declineReason: p.declineReason ?? null,
    questionId: p.question?.id ?? null,
    createdAt: p.createdAt,
  };
}

async function readBack(ctx: Caller, id: string): Promise<QuestionProposalType> {
  const em = ctx.em.fork();
  return proposalView(await em.findOneOrFail(QuestionProposal, { id }, { populate: ['session', 'representative'] }));
}

export async function proposeQuestion(ctx: Caller, input: ProposeQuestionInput): Promise<QuestionProposalType> {
  const title = input.title.trim();
  const body = input.body.trim();
  if (!title) throw badInput('title', 'Enter the title.');
  if (!body) throw badInput('body', 'Enter the question.');
  if (!input.departmentId) throw badInput('departmentId', 'Choose the department the question is for.');
  const id = await ctx.em.transactional(async (em) => {
    const tx = { em, viewer: ctx.viewer };
    const me = await myRepresentative(tx);
    const session = await getSession(tx, { id: input.sessionId });
    if (session.status !== 'PUBLISHED')
      throw new DomainError('INVALID_PHASE', 'Questions are proposed for a published session before it goes live.', {
        status: session.status,
      });
    if (sessionKindProfiles[session.kind as SessionKind]?.subject !== 'ANSWER')
      throw badInput('sessionId', 'This session does not question departments; choose a 问政 or 专题询问 session.');
    const department = await getDepartment(tx, input.departmentId!);
    const proposal = em.create(QuestionProposal, {
      session,
      representative: me,
      title,
      body,
      respondent: input.respondent?.trim() || null,
      department,
    });
    recordAudit(em, ctx.viewer, 'proposal.propose', { type: 'QuestionProposal', id: proposal.id }, { sessionId: session.id, title });
    return proposal.id;
  });
  return readBack(ctx, id);
}

/** Staff see every proposal; a representative only their own. Newest first. */
export async function listProposals(
  ctx: Caller,
  args: { sessionId?: string | null; status?: ProposalStatus | null },
): Promise<QuestionProposalType[]> {
  const me = await representativeScope(ctx);
  const where: FilterQuery<QuestionProposal> = {
    ...(me ? { representative: me.id } : {}),
    ...(args.sessionId ? { session: args.sessionId } : {}),
    ...(args.status ? { status: args.status } : {}),
  };
  const found = await ctx.em.find(QuestionProposal, where, {
    populate: ['session', 'representative'],
    orderBy: { createdAt: 'desc', id: 'desc' },
    limit: 500,
  });
  return found.map(proposalView);
}

async function pendingProposal(em: Caller['em'], id: string): Promise<QuestionProposal> {
  const proposal = await em.findOne(QuestionProposal, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!proposal) throw notFound('The proposal');
  await em.populate(proposal, ['session', 'representative', 'department']);
  if (proposal.status !== 'PENDING')
    throw new DomainError('INVALID_PHASE', `This proposal was already ${proposal.status.toLowerCase()}.`, { status: proposal.status });
  return proposal;
}

/** Appends the proposal to the session's running order, asked by "人大代表 <name>". */
export async function acceptProposal(ctx: Caller, id: string): Promise<QuestionProposalType> {
  await ctx.em.transactional(async (em) => {
    const proposal = await pendingProposal(em, id);
    if (!proposal.department) throw badInput('departmentId', 'The department of this proposal no longer exists; decline it.');
    const input = {
      title: proposal.title,
      body: proposal.body,
      questioner: `人大代表 ${proposal.representative.name}`.slice(0, 60),
      respondent: proposal.respondent || proposal.department.name.slice(0, 60),
      departmentId: proposal.department.id,
    } as QuestionInput;
    const question = await addQuestion({ em, viewer: ctx.viewer }, proposal.session.id, input);
    em.assign(proposal, { status: 'ACCEPTED', question, decidedAt: new Date() });
    recordAudit(em, ctx.viewer, 'proposal.accept', { type: 'QuestionProposal', id }, { questionId: question.id });
  });
  return readBack(ctx, id);
}

export async function declineProposal(ctx: Caller, id: string, reason: string): Promise<QuestionProposalType> {
  const why = reason.trim();
  if (!why) throw badInput('reason', 'Say why the proposal is declined.');
  if ([...why].length > 500) throw badInput('reason', 'Keep the reason within 500 characters.');
  await ctx.em.transactional(async (em) => {
    const proposal = await pendingProposal(em, id);
    em.assign(proposal, { status: 'DECLINED', declineReason: why, decidedAt: new Date() });
    recordAudit(em, ctx.viewer, 'proposal.decline', { type: 'QuestionProposal', id }, { reason: why });
  });
  return readBack(ctx, id);
}

import type { Caller } from '../../scope.js';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import { publicFollowUps } from '../follow-up/follow-up.views.js';
import { Question } from '../question/question.entity.js';
import { getSession } from '../session/session.service.js';
import { VoteRound } from '../vote/vote-round.entity.js';
import type { SessionDisclosure } from './disclosure.type.js';

/** 公示: every agenda item of a session with its result per channel and option, and its items' timelines. */
export async function sessionDisclosure(ctx: Caller, sessionId: string): Promise<SessionDisclosure> {
  const session = await getSession(ctx, { id: sessionId });
  const questions = await ctx.em.find(Question, { session }, { populate: ['department'], orderBy: { position: 'asc' } });
  const rounds = await ctx.em.find(VoteRound, { question: { $in: questions.map((q) => q.id) }, status: 'PUBLISHED' });
  const resultOf = new Map(rounds.map((r) => [r.question.id, r.result ?? null]));
  const questionIds = questions.map((q) => q.id);
  const [items, owners] = await Promise.all([
    publicFollowUps(ctx, { question: { $in: questionIds } }),
    ctx.em.find(FollowUp, { question: { $in: questionIds }, parent: null }, { fields: ['id', 'question'] }),
  ]);
  const questionOf = new Map(owners.map((o) => [o.id, o.question?.id]));
  return {
    sessionId: session.id,
    title: session.title,
    theme: session.theme,
    kind: session.kind,
    scheduledAt: session.scheduledAt,
    questions: questions.map((q) => ({
      id: q.id,
      position: q.position,
      title: q.title,
      subject: q.subject,
      departmentName: q.department?.name ?? null,
      respondent: q.respondent,
      district: q.district ?? null,
      budget: q.budget == null ? null : Number(q.budget),
      ballotType: resultOf.get(q.id)?.ballotType ?? q.ballotType,
      result: resultOf.get(q.id) ?? null,
      followUps: items.filter((i) => questionOf.get(i.id) === q.id),
    })),
  };
}

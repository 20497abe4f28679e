import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { DepartmentType } from '../department/department.type.js';
import { Question } from '../question/question.entity.js';
import type { QuestionType } from '../question/question.type.js';
import { VoteRound } from '../vote/vote-round.entity.js';
import type { RoundType } from '../vote/vote.type.js';
import type { Session } from './session.entity.js';
import type { LiveState, SessionType } from './session.type.js';

export function toRoundType(round: VoteRound, showResult: boolean): RoundType {
  return {
    id: round.id,
    questionId: round.question.id,
    status: round.status,
    studioOpensAt: round.studioOpensAt,
    studioClosesAt: round.studioClosesAt,
    onlineOpensAt: round.onlineOpensAt,
    onlineClosesAt: round.onlineClosesAt,
    resultsHidden: round.settings.hideResultsUntilClosed,
    result: showResult ? (round.result ?? null) : null,
  };
}

/** A session with its running order, departments and rounds, in three queries whatever its size. */
export async function loadSessionView(em: EntityManager, session: Session, staff: boolean): Promise<SessionType> {
  const questions = await em.find(Question, { session }, { populate: ['department'], orderBy: { position: 'asc' } });
  const rounds = await em.find(VoteRound, { question: { $in: questions.map((q) => q.id) } });
  const roundByQuestion = new Map(rounds.map((r) => [r.question.id, r]));
  return {
    id: session.id,
    title: session.title,
    theme: session.theme,
    scheduledAt: session.scheduledAt,
    status: session.status,
    kind: session.kind,
    streamUrl: session.streamUrl ?? null,
    joinCode: session.joinCode,
    settings: session.settings,
    studioElectorate: session.studioElectorate,
    rehearsal: session.rehearsal,
    currentQuestionId: session.currentQuestion?.id ?? null,
    stateVersion: session.stateVersion,
    // The public sees a result once it is revealed on air; staff see it as soon as it is final.
    questions: questions.map((q) => { const round = roundByQuestion.get(q.id); return toQuestionType(q, round, staff || round?.status === 'PUBLISHED'); }),
  };
}

export function toQuestionType(question: Question, round: VoteRound | undefined, showResult: boolean): QuestionType {
  return {
    id: question.id,
    position: question.position,
    title: question.title,
    body: question.body,
    questioner: question.questioner,
    department: DepartmentType.from(question.department),
    respondent: question.respondent,
    clipUrl: question.clipUrl ?? null,
    phase: question.phase,
    round: round ? toRoundType(round, showResult) : null,
  };
}

/** The public live state: a round's result appears only once the host reveals it. */
export async function buildLiveState(em: EntityManager, session: Session): Promise<LiveState> {
  const questionCount = await em.count(Question, { session });
  let question: QuestionType | null = null;
  if (session.currentQuestion) {
    const current = await em.findOneOrFail(Question, { id: session.currentQuestion.id }, { populate: ['department'] });
    const round = await em.findOne(VoteRound, { question: current });
    question = toQuestionType(current, round ?? undefined, round?.status === 'PUBLISHED');
  }
  return {
    sessionId: session.id,
    version: session.stateVersion,
    status: session.status,
    title: session.title,
    theme: session.theme,
    rehearsal: session.rehearsal,
    streamUrl: session.streamUrl ?? null,
    settings: session.settings,
    questionCount,
    question,
    serverTime: new Date(),
  };
}

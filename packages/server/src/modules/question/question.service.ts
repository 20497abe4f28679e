import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { PubSub } from '../../graphql/pubsub.js';
import type { Caller, Scope } from '../../scope.js';
import { badInput, DomainError, notFound } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { getDepartment } from '../department/department.service.js';
import { Session } from '../session/session.entity.js';
import { changeLiveState, getSession } from '../session/session.service.js';
import { assertEditable } from '../session/session-status.js';
import { Department } from '../department/department.entity.js';
import { Representative } from '../representative/representative.entity.js';
import { sessionKindProfiles, type SessionKind, type SubjectKind } from '../session/session-kind.js';
import { Question } from './question.entity.js';
import type { QuestionInput } from './question.inputs.js';
import { nextPhase, type QuestionVerb } from './question-phase.js';

async function getQuestion(em: EntityManager, id: string): Promise<Question> {
  const question = await em.findOne(Question, { id }, { populate: ['department', 'session'] });
  if (!question) throw notFound('The question');
  return question;
}

/** The session whose live state a change to the question changes (one query: it runs before every such change). */
export async function sessionOfQuestion(em: EntityManager, questionId: string): Promise<string> {
  const question = await em.findOne(Question, { id: questionId });
  if (!question) throw notFound('The question');
  return question.session.id;
}

/** Appends a question to the running order. */
export async function addQuestion(ctx: Caller, sessionId: string, input: QuestionInput): Promise<Question> {
  const session = await getSession(ctx, { id: sessionId });
  assertEditable(session.status, 'The running order');
  const values = await agendaFields(ctx, session, input);
  const last = await ctx.em.findOne(Question, { session }, { orderBy: { position: 'desc' } });
  const question = ctx.em.create(Question, { ...values, session, position: (last?.position ?? 0) + 1 });
  recordAudit(ctx.em, ctx.viewer, 'question.add', { type: 'Question', id: question.id }, { sessionId });
  await ctx.em.flush();
  return question;
}

/** Edits a question until it has been asked. */
export async function updateQuestion(ctx: Caller, id: string, input: QuestionInput): Promise<Question> {
  const question = await getQuestion(ctx.em, id);
  assertNotAsked(question);
  const values = await agendaFields(ctx, question.session, input);
  if (question.session.status === 'LIVE' || question.session.status === 'ENDED') {
    // The ballot is part of the rules published before the show.
    const before = JSON.stringify([question.ballotType, question.candidates, question.maxChoices]);
    if (before !== JSON.stringify([values.ballotType, values.candidates, values.maxChoices]))
      throw new DomainError('INVALID_PHASE', 'The ballot cannot change once the session is live.', { status: question.session.status });
  }
  ctx.em.assign(question, values);
  recordAudit(ctx.em, ctx.viewer, 'question.update', { type: 'Question', id });
  await ctx.em.flush();
  return question;
}

/** Takes a question out of the plan, before the session goes live. */
export async function removeQuestion(ctx: Caller, id: string): Promise<string> {
  const question = await getQuestion(ctx.em, id);
  assertEditable(question.session.status, 'The running order');
  const sessionId = question.session.id;
  await ctx.em.transactional(async (em) => {
    await em.nativeDelete(Question, { id });
    const rest = await em.find(Question, { session: sessionId }, { orderBy: { position: 'asc' } });
    rest.forEach((q, index) => (q.position = index + 1));
    recordAudit(em, ctx.viewer, 'question.remove', { type: 'Question', id }, { title: question.title });
  });
  return sessionId;
}

/** Sets the running order; questions already asked keep their places. */
export async function reorderQuestions(ctx: Caller, sessionId: string, questionIds: string[]): Promise<void> {
  await ctx.em.transactional(async (em) => {
    // An unknown session is NOT_FOUND before anything is written, not an empty running order to log.
    await getSession({ ...ctx, em }, { id: sessionId });
    const questions = await em.find(Question, { session: sessionId });
    const ids = new Set(questions.map((q) => q.id));
    if (questionIds.length !== ids.size || new Set(questionIds).size !== ids.size || !questionIds.every((id) => ids.has(id))) {
      throw badInput('questionIds', 'List every question of the session exactly once.');
    }
    for (const question of questions) {
      const position = questionIds.indexOf(question.id) + 1;
      if (position !== question.position && question.phase !== 'PENDING') {
        throw new DomainError('INVALID_PHASE', `"${question.title}" has been asked; it keeps its place.`, { phase: question.phase });
      }
      question.position = position;
    }
    recordAudit(em, ctx.viewer, 'question.reorder', { type: 'Session', id: sessionId }, { questionIds });
  });
}

function assertNotAsked(question: Question): void {
  if (question.phase !== 'PENDING') {
    throw new DomainError('INVALID_PHASE', 'A question can be edited only until it is asked.', { phase: question.phase });
  }
}

/** An agenda item's fields, checked against what its subject (the session's kind) needs. */
async function agendaFields(ctx: Caller, session: Session, input: QuestionInput) {
  const profile = sessionKindProfiles[session.kind as SessionKind];
  const subject = profile.subject;
  const ballotType = input.ballotType ?? profile.ballotType;
  if (!profile.ballotTypes.includes(ballotType))
    throw badInput('ballotType', `This kind of session votes with ${profile.ballotTypes.join(' or ')} ballots.`);
  const choosing = ballotType === 'CHOOSE_UP_TO_N';
  const required = (field: keyof QuestionInput, value: string, message: string) => {
    if (!value.trim()) throw badInput(field, message);
  };
  if (subject === 'ANSWER') {
    required('body', input.body, 'Enter the question.');
    required('questioner', input.questioner, 'Enter who asks.');
    required('respondent', input.respondent, 'Enter who answers.');
  }
  if (subject === 'REPORT') required('respondent', input.respondent, 'Enter who presents the report.');
  const representative =
    subject === 'REPRESENTATIVE' && input.representativeId ? await reviewedRepresentative(ctx, input.representativeId) : null;
  // A record fills in the name and 选区 the form left empty.
  const respondent = input.respondent.trim() || representative?.name || '';
  const district = input.district?.trim() || representative?.district || '';
  if (subject === 'REPRESENTATIVE') {
    required('respondent', respondent, 'Enter the representative’s name.');
    required('district', district, 'Enter the representative’s 选区 or 代表团.');
  }
  const needsDepartment = subject === 'ANSWER' || subject === 'REPORT' || (subject === 'PROJECT' && !choosing);
  if (needsDepartment && !input.departmentId)
    throw badInput(
      'departmentId',
      subject === 'REPORT' ? 'Choose the body that submits the report.' : 'Choose a department from the list.',
    );
  const department = input.departmentId && subject !== 'REPRESENTATIVE' ? await getDepartment(ctx, input.departmentId) : null;
  const candidates = choosing ? await checkedCandidates(ctx.em, input, subject) : null;
  return {
    subject,
    title: input.title.trim(),
    body: input.body.trim(),
    questioner: input.questioner.trim(),
    respondent,
    department,
    clipUrl: input.clipUrl ?? null,
    district: subject === 'REPRESENTATIVE' ? district : null,
    representative,
    budget: subject === 'PROJECT' && !choosing ? (input.budget ?? null) : null,
    ballotType,
    candidates,
    maxChoices: choosing ? input.maxChoices! : null,
  };
}

/** The 代表档案 a 选民评议 item assesses: a known record (a field error otherwise, nothing stored). */
async function reviewedRepresentative(ctx: Caller, id: string): Promise<Representative> {
  const representative = await ctx.em.findOne(Representative, { id });
  if (!representative) throw badInput('representativeId', 'Choose a representative from the list.');
  return representative;
}

/** A CHOOSE_UP_TO_N list: 2 or more distinct names, a number to choose between 1 and the list's length, known departments. */
async function checkedCandidates(em: EntityManager, input: QuestionInput, subject: SubjectKind) {
  const list = (input.candidates ?? []).map((c) => ({
    label: c.label.trim(),
    detail: c.detail?.trim() || null,
    departmentId: c.departmentId ?? null,
  }));
  if (list.length < 2) throw badInput('candidates', 'A list to choose from needs at least two candidates.');
  if (new Set(list.map((c) => c.label)).size !== list.length) throw badInput('candidates', 'Each candidate may be listed only once.');
  if (subject === 'PROJECT' && list.some((c) => !c.departmentId))
    throw badInput('candidates', 'Choose each candidate project’s lead department: a chosen project becomes its follow-up item.');
  if (!input.maxChoices || input.maxChoices > list.length)
    throw badInput('maxChoices', `Choose how many may be chosen: 1 to ${list.length}.`);
  const departmentIds = [...new Set(list.flatMap((c) => (c.departmentId ? [c.departmentId] : [])))];
  if ((await em.count(Department, { id: { $in: departmentIds } })) !== departmentIds.length)
    throw badInput('candidates', 'A candidate’s department was not found.');
  return list;
}

/**
 * Moves a question through the run of show (ask, start the answer, or undo either) in a live session.
 * Only one question is on air at a time: asking the next needs the previous one closed.
 */
export async function runQuestion(
  ctx: Scope<{ pubsub: PubSub }>,
  questionId: string,
  verb: Extract<QuestionVerb, 'ask' | 'startAnswer' | 'undoAsk' | 'undoStartAnswer'>,
): Promise<Question> {
  return changeLiveState(ctx, await sessionOfQuestion(ctx.em, questionId), async (lockedSession, em) => {
    if (lockedSession.status !== 'LIVE')
      throw new DomainError('INVALID_PHASE', 'Start the session before running its questions.', { status: lockedSession.status });
    const question = await getQuestion(em, questionId);
    if (verb === 'ask') await assertNothingOnAir(em, lockedSession, questionId);
    question.phase = nextPhase(question.phase, verb);
    if (verb === 'ask') lockedSession.currentQuestion = question;
    if (verb === 'undoAsk') lockedSession.currentQuestion = await previousClosed(em, lockedSession, question);
    recordAudit(em, ctx.viewer, `question.${verb}`, { type: 'Question', id: questionId });
    return question;
  });
}

async function assertNothingOnAir(em: EntityManager, session: Session, except: string): Promise<void> {
  const onAir = await em.findOne(Question, { session, id: { $ne: except }, phase: { $in: ['ASKING', 'ANSWERING', 'VOTING'] } });
  if (onAir) throw new DomainError('INVALID_PHASE', `"${onAir.title}" is still on air; close it first.`, { phase: onAir.phase });
}

/** After undoing an ask, the screen goes back to the last closed question (or to the title card). */
async function previousClosed(em: EntityManager, session: Session, question: Question): Promise<Question | null> {
  return em.findOne(Question, { session, phase: 'CLOSED', position: { $lt: question.position } }, { orderBy: { position: 'desc' } });
}

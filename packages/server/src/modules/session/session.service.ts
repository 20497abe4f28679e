import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { Config } from '../../config.js';
import { inOneSnapshot } from '../../db/snapshot.js';
import { badInput, DomainError, notFound } from '../../graphql/errors.js';
import { containsPattern, findPage } from '../../graphql/pagination.js';
import type { PubSub } from '../../graphql/pubsub.js';
import type { Caller, Scope } from '../../scope.js';
import { Role } from '../account/role.js';
import { recordAudit } from '../audit/audit.service.js';
import { Question } from '../question/question.entity.js';
import { Ballot, VoteRegister } from '../vote/ballot.entity.js';
import { VoteRound } from '../vote/vote-round.entity.js';
import { newJoinCode } from './join-code.js';
import { Session } from './session.entity.js';
import type { SessionInput, SessionListArgs } from './session.inputs.js';
import { assertEditable, nextSessionStatus, type SessionVerb } from './session-status.js';
import type { SessionKind } from './session-kind.js';
import { kindProfile, settingsOver } from './session-kind-defaults.js';
import { preLiveCheck, type CheckCode, type CheckFinding } from './pre-live-check.js';
import { QuestionType } from '../question/question.type.js';
import { Clue } from '../clue/clue.entity.js';
import type { LiveState, SessionType } from './session.type.js';

/** A change of live state: it is announced to every screen and phone once committed. */
type LiveChange = Scope<{ pubsub: PubSub }>;

/** Admins and hosts see drafts and results not yet revealed. */
export const isSessionStaff = (ctx: Pick<Caller, 'viewer'>) =>
  ctx.viewer.account?.role === Role.ADMIN || ctx.viewer.account?.role === Role.HOST;

/** The one visibility rule for a session, for `session(id)` and every view that names one: drafts only for session staff. */
export const maySeeSession = (ctx: Pick<Caller, 'viewer'>, session: Pick<Session, 'status'>) =>
  session.status !== 'DRAFT' || isSessionStaff(ctx);

/** Sessions, newest first; the public sees only published ones. */
export function listSessions<T>(ctx: Caller, args: SessionListArgs, map: (session: Session) => T) {
  const where: FilterQuery<Session> = isSessionStaff(ctx) ? {} : { status: { $ne: 'DRAFT' } };
  if (args.search) {
    const pattern = containsPattern(args.search);
    where.$or = [{ title: { $ilike: pattern } }, { theme: { $ilike: pattern } }];
  }
  return findPage(ctx.em, Session, { where, orderBy: { scheduledAt: 'desc', id: 'desc' }, args }, map);
}

/** A session by id or join code; drafts only for staff who plan or run it. */
export async function getSession(ctx: Caller, where: { id: string } | { joinCode: string }): Promise<Session> {
  const session = await ctx.em.findOne(Session, where);
  if (!session || !maySeeSession(ctx, session)) throw notFound('The session');
  return session;
}

/** The whole session as it is in the database now, read in one snapshot (no entity cached before a change, nothing half-changed). */
export function sessionView(ctx: Caller, id: string): Promise<SessionType> {
  return inOneSnapshot(ctx.em, async (em) => loadSessionView(em, await getSession({ ...ctx, em }, { id }), isSessionStaff(ctx)));
}

/** Plans a new session (a draft, with a fresh join code). */
export async function createSession(ctx: Caller, input: SessionInput): Promise<Session> {
  const kind = input.kind ?? 'TV_QUESTIONING';
  if (kind === 'LOOK_BACK') throw badInput('kind', 'A look-back (回头看) session is made from follow-up items on the follow-up board.');
  return planSession(ctx, input, kind);
}

/** A new draft of `kind` with the kind's current default rules under the ones `input` gives. */
export async function planSession(ctx: Caller, input: SessionInput, kind: SessionKind): Promise<Session> {
  const session = ctx.em.create(Session, {
    kind,
    title: input.title.trim(),
    theme: input.theme.trim(),
    scheduledAt: input.scheduledAt,
    streamUrl: input.streamUrl ?? null,
    settings: settingsOver((await kindProfile(ctx.em, kind)).settings, input.settings),
    joinCode: await unusedJoinCode(ctx.em),
  });
  recordAudit(ctx.em, ctx.viewer, 'session.create', { type: 'Session', id: session.id }, { title: session.title });
  await ctx.em.flush();
  return session;
}

/** Changes the plan; settings are frozen once the session is live. */
export async function updateSession(ctx: Caller, id: string, input: SessionInput): Promise<Session> {
  const session = await getSession(ctx, { id });
  assertEditable(session.status, 'The session’s plan and settings');
  const kind = input.kind ?? session.kind;
  if (kind !== session.kind) {
    if (session.kind === 'LOOK_BACK' || kind === 'LOOK_BACK') throw badInput('kind', 'A look-back session stays one.');
    if (await ctx.em.count(Question, { session }))
      throw badInput('kind', 'The kind can change only while the session has no agenda items.');
  }
  // A session keeps the rules it was planned with; a new kind starts again from that kind's defaults.
  const base = kind === session.kind ? session.settings : (await kindProfile(ctx.em, kind)).settings;
  const settings = settingsOver(base, input.settings);
  ctx.em.assign(session, {
    kind,
    title: input.title.trim(),
    theme: input.theme.trim(),
    scheduledAt: input.scheduledAt,
    streamUrl: input.streamUrl ?? null,
    settings,
  });
  recordAudit(ctx.em, ctx.viewer, 'session.update', { type: 'Session', id }, { settings });
  await ctx.em.flush();
  return session;
}

async function unusedJoinCode(em: EntityManager): Promise<string> {
  for (;;) {
    const code = newJoinCode();
    if ((await em.count(Session, { joinCode: code })) === 0) return code;
  }
}

/**
 * Runs a change of live state with the session row locked, so two consoles cannot interleave;
 * bumps the state version, commits, then announces the new state to every screen and phone.
 */
export async function changeLiveState<T>(
  ctx: LiveChange,
  sessionId: string,
  change: (session: Session, em: EntityManager) => Promise<T>,
): Promise<T> {
  const result = await ctx.em.transactional(async (em) => {
    const session = await em.findOne(Session, { id: sessionId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!session) throw notFound('The session');
    const value = await change(session, em);
    session.stateVersion += 1;
    return value;
  });
  await announceLiveState(ctx.em, ctx.services.pubsub, sessionId);
  return result;
}

/** Whether a session has ended (or is gone): its audience passes no longer connect. */
export async function sessionEnded(em: EntityManager, sessionId: string): Promise<boolean> {
  const [row] = await em.execute<{ status: string }[]>('select status from session where id = ?', [sessionId]);
  return !row || row.status === 'ENDED';
}

/** Builds the state once and publishes it; every subscriber is sent the same object. */
export async function announceLiveState(em: EntityManager, pubsub: PubSub, sessionId: string): Promise<void> {
  pubsub.publish('LIVE_STATE', sessionId, await buildLiveState(em, sessionId));
}

/** Every live session announces its state again: after a pub/sub outage, announcements may have been lost. */
export async function announceEveryLiveState(em: EntityManager, pubsub: PubSub): Promise<void> {
  const live = await em.execute<{ id: string }[]>(`select id from session where status = 'LIVE'`);
  for (const { id } of live) await announceLiveState(em, pubsub, id);
}

/**
 * Moves the session through DRAFT → PUBLISHED → LIVE → ENDED. Going live is checked first: a
 * blocker refuses it; going on air (not a rehearsal) with warnings needs each one accepted by name,
 * and the accepted warnings are audited with the start.
 */
export async function transitionSession(
  ctx: Scope<{ pubsub: PubSub; config: Config }>,
  sessionId: string,
  verb: Exclude<SessionVerb, 'resetRehearsal'>,
  options: { rehearsal?: boolean; acceptWarnings?: readonly string[] } = {},
) {
  const changed = await changeLiveState(ctx, sessionId, async (session, em) => {
    session.status = nextSessionStatus(session.status, verb);
    let accepted: CheckCode[] = [];
    if (verb === 'start') {
      session.rehearsal = options.rehearsal ?? false;
      const findings = await preLiveCheck(em, ctx.services.config, session);
      const blockers = findings.filter((f) => f.blocker);
      const open = session.rehearsal ? [] : findings.filter((f) => !f.blocker && !options.acceptWarnings?.includes(f.code));
      if (blockers.length > 0 || open.length > 0) {
        const first = blockers[0] ?? open[0]!;
        throw new DomainError(
          'PRE_LIVE_CHECK',
          blockers.length > 0 ? first.message : `Confirm the warnings before going live: ${open.map((f) => f.message).join(' ')}`,
          {
            blockers: blockers.map((f) => f.code),
            warnings: open.map((f) => f.code),
          },
        );
      }
      accepted = session.rehearsal ? [] : findings.map((f) => f.code);
    }
    recordAudit(
      em,
      ctx.viewer,
      `session.${verb}`,
      { type: 'Session', id: sessionId },
      verb === 'start' ? { rehearsal: session.rehearsal, acceptedWarnings: accepted } : undefined,
    );
    return session;
  });
  // Its phones' passes stop: their sockets close once the final state has reached them.
  if (verb === 'end') ctx.services.pubsub.publish('SESSION_ENDED', { sessionId });
  return changed;
}

/** The pre-live check of a session as it stands now (see preLiveCheck). */
export async function checkBeforeLive(ctx: Scope<{ config: Config }>, sessionId: string): Promise<CheckFinding[]> {
  return preLiveCheck(ctx.em, ctx.services.config, await getSession(ctx, { id: sessionId }));
}

/** Takes a rehearsal back to the state before air: no rounds, no votes, every question pending. */
export function resetRehearsal(ctx: LiveChange, sessionId: string) {
  return changeLiveState(ctx, sessionId, async (session, em) => {
    if (!session.rehearsal) throw new DomainError('INVALID_PHASE', 'Only a rehearsal can be reset; this run was on air.');
    session.status = nextSessionStatus(session.status, 'resetRehearsal');
    const rounds = await em.find(VoteRound, { session });
    await em.nativeDelete(Ballot, { round: { $in: rounds } });
    await em.nativeDelete(VoteRegister, { round: { $in: rounds } });
    await em.nativeDelete(VoteRound, { session });
    await em.nativeUpdate(Question, { session }, { phase: 'PENDING' });
    session.currentQuestion = null;
    session.rehearsal = false;
    recordAudit(em, ctx.viewer, 'session.resetRehearsal', { type: 'Session', id: sessionId });
    return session;
  });
}

/** A session's 网络互动 settings. */
export const messageSettingsOf = (session: Pick<Session, 'messagesEnabled' | 'messagesKeepBlocked' | 'messagesPublished'>) => ({
  enabled: session.messagesEnabled,
  keepBlocked: session.messagesKeepBlocked,
  published: session.messagesPublished,
});

/**
 * A session with its running order, departments, rounds and the clues accepted into it: three queries
 * whatever its size (every host action answers with it, often while a fan-out is running).
 */
export async function loadSessionView(em: EntityManager, session: Session, staff: boolean): Promise<SessionType> {
  const ofSession = { question: { session } };
  const [questions, rounds, sources] = await Promise.all([
    em.find(Question, { session }, { populate: ['department'], orderBy: { position: 'asc' } }),
    em.find(VoteRound, ofSession),
    // The clues accepted into each item (for a candidate project: the public's proposals and their 附议).
    em.find(Clue, ofSession, { orderBy: { supportCount: 'desc', id: 'asc' } }),
  ]);
  const roundByQuestion = new Map(rounds.map((r) => [r.question.id, r]));
  const sourcesOf = (questionId: string) =>
    sources.filter((c) => c.question?.id === questionId).map((c) => ({ id: c.id, title: c.title, supportCount: c.supportCount }));
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
    messageSettings: messageSettingsOf(session),
    // The public sees a result once it is revealed on air; staff see it as soon as it is final.
    questions: questions.map((q) => {
      const round = roundByQuestion.get(q.id);
      return QuestionType.from(q, round, staff || round?.status === 'PUBLISHED', sourcesOf(q.id));
    }),
  };
}

/**
 * The public live state: a round's result appears only once the host reveals it. It is read in one
 * snapshot, so a state read while a change commits has all of the change or none of it (never a
 * question closed beside its round still open), and its version is the version of what it shows.
 */
export function buildLiveState(em: EntityManager, sessionId: string): Promise<LiveState> {
  return inOneSnapshot(em, async (tx) => {
    const session = await tx.findOneOrFail(Session, { id: sessionId });
    const onAir = session.currentQuestion?.id;
    const [questionCount, current, round] = await Promise.all([
      tx.count(Question, { session }),
      onAir ? tx.findOneOrFail(Question, { id: onAir }, { populate: ['department'] }) : null,
      onAir ? tx.findOne(VoteRound, { question: onAir }) : null,
    ]);
    const question = current && QuestionType.from(current, round ?? undefined, round?.status === 'PUBLISHED');
    return {
      sessionId: session.id,
      version: session.stateVersion,
      status: session.status,
      kind: session.kind,
      title: session.title,
      theme: session.theme,
      rehearsal: session.rehearsal,
      streamUrl: session.streamUrl ?? null,
      settings: session.settings,
      questionCount,
      question,
      serverTime: new Date(),
      messagesEnabled: session.status === 'LIVE' && session.messagesEnabled,
    };
  });
}

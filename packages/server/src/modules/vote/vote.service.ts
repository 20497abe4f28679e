import { hash, randomInt } from 'node:crypto';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { AppServices, Context } from '../../graphql/context.js';
import { badInput, DomainError, notFound } from '../../graphql/errors.js';
import { Role } from '../account/role.js';
import { admitJoin } from '../anomaly/anomaly.service.js';
import { recordAudit } from '../audit/audit.service.js';
import { deliverNotices, onRoundClosed, onRoundRevealed } from '../follow-up/follow-up.service.js';
import type { Voter } from '../audience/device-token.js';
import { anonymous } from '../auth/viewer.js';
import { Question } from '../question/question.entity.js';
import { nextPhase } from '../question/question-phase.js';
import { SeatCode } from '../session/seat-code.entity.js';
import { Session } from '../session/session.entity.js';
import { announceLiveState, changeLiveState, getSession, isSessionStaff } from '../session/session.service.js';
import { Channel, type Choice } from './choice.js';
import { countBallots } from './ballot-counts.js';
import { computeResult, type RoundResult } from './result.js';
import type { TallySnapshot } from './tally-hub.js';
import { VoteRound } from './vote-round.entity.js';
import type { RoundTally } from './vote.type.js';

const seconds = (n: number) => n * 1_000;

async function roundOfQuestion(em: EntityManager, questionId: string): Promise<{ question: Question; round: VoteRound | null }> {
  const question = await em.findOne(Question, { id: questionId }, { populate: ['session'] });
  if (!question) throw notFound('The question');
  return { question, round: await em.findOne(VoteRound, { question }) };
}

function openRoundOf(round: VoteRound | null): VoteRound {
  if (!round || round.status !== 'OPEN') throw new DomainError('INVALID_PHASE', 'Voting is not open for this question.', { status: round?.status ?? 'NONE' });
  return round;
}

/** Opens the satisfaction vote after the answer: the studio at once, online later by the stream delay. */
export async function openVoting(ctx: Context, questionId: string): Promise<VoteRound> {
  const { question } = await roundOfQuestion(ctx.em, questionId);
  const round = await changeLiveState(ctx, question.session.id, async (session, em) => {
    const locked = await em.findOneOrFail(Question, { id: questionId });
    locked.phase = nextPhase(locked.phase, 'openVoting');
    const { windowSeconds, streamDelaySeconds } = session.settings;
    const now = Date.now();
    const round = em.create(VoteRound, {
      session,
      question: locked,
      status: 'OPEN',
      studioOpensAt: new Date(now),
      studioClosesAt: new Date(now + seconds(windowSeconds)),
      onlineOpensAt: new Date(now + seconds(streamDelaySeconds)),
      onlineClosesAt: new Date(now + seconds(streamDelaySeconds + windowSeconds)),
      settings: { ...session.settings },
    });
    recordAudit(em, ctx.viewer, 'round.open', { type: 'VoteRound', id: round.id }, { questionId });
    return round;
  });
  ctx.services.rounds.closeAt(round.id, round.onlineClosesAt);
  return round;
}

/** Ends the windows now (online: after the stream delay), logged. */
export async function closeVotingEarly(ctx: Context, questionId: string): Promise<VoteRound> {
  const { question } = await roundOfQuestion(ctx.em, questionId);
  const round = await changeLiveState(ctx, question.session.id, async (_session, em) => {
    const round = openRoundOf(await em.findOne(VoteRound, { question: questionId }));
    const now = Date.now();
    round.studioClosesAt = new Date(Math.min(now, round.studioClosesAt.getTime()));
    round.onlineClosesAt = new Date(Math.min(now + seconds(round.settings.streamDelaySeconds), round.onlineClosesAt.getTime()));
    round.onlineOpensAt = new Date(Math.min(round.onlineOpensAt.getTime(), round.onlineClosesAt.getTime()));
    recordAudit(em, ctx.viewer, 'round.closeEarly', { type: 'VoteRound', id: round.id }, { studioClosesAt: round.studioClosesAt, onlineClosesAt: round.onlineClosesAt });
    return round;
  });
  ctx.services.rounds.closeAt(round.id, round.onlineClosesAt);
  return round;
}

/** Gives both windows more time, logged. */
export async function extendVoting(ctx: Context, questionId: string, extraSeconds: number): Promise<VoteRound> {
  const { question } = await roundOfQuestion(ctx.em, questionId);
  const round = await changeLiveState(ctx, question.session.id, async (_session, em) => {
    const round = openRoundOf(await em.findOne(VoteRound, { question: questionId }));
    if (round.onlineClosesAt.getTime() <= Date.now()) throw new DomainError('INVALID_PHASE', 'The round has already closed.');
    round.studioClosesAt = new Date(Math.max(round.studioClosesAt.getTime(), Date.now()) + seconds(extraSeconds));
    round.onlineClosesAt = new Date(round.onlineClosesAt.getTime() + seconds(extraSeconds));
    recordAudit(em, ctx.viewer, 'round.extend', { type: 'VoteRound', id: round.id }, { seconds: extraSeconds });
    return round;
  });
  ctx.services.rounds.closeAt(round.id, round.onlineClosesAt);
  return round;
}

/**
 * Closes a round whose windows have passed: counts its ballots from the database, stores the result
 * once (never changed after) and closes the question. Safe to call from any instance, any number of times.
 */
export async function finalizeRound(services: AppServices, roundId: string): Promise<RoundResult | null> {
  const em = services.em.fork();
  const closed = await em.transactional(async (tx) => {
    const rows = await tx.execute<{ id: string }[]>(
      `update vote_round set status = 'CLOSED', closed_at = now() where id = ? and status = 'OPEN' and online_closes_at <= now() and studio_closes_at <= now() returning id`,
      [roundId],
    );
    if (rows.length === 0) return null;
    const round = await tx.findOneOrFail(VoteRound, { id: roundId }, { populate: ['question', 'session'] });
    round.result = computeResult((await countBallots(tx, roundId)).counts, round.settings);
    round.status = 'CLOSED';
    round.closedAt = new Date();
    round.question.phase = nextPhase(round.question.phase, 'closeVoting');
    round.session.stateVersion += 1;
    recordAudit(tx, anonymous, 'round.close', { type: 'VoteRound', id: roundId }, { result: round.result });
    await onRoundClosed(tx, round, round.result);
    return { sessionId: round.session.id, result: round.result };
  });
  if (!closed) return null;
  services.pubsub.publish('ROUND_CLOSED', { roundId });
  await announceLiveState({ em, services }, closed.sessionId);
  return closed.result;
}

/** Shows a closed round's result on the screen and the phones; a look-back verdict takes effect with it. */
export async function revealResult(ctx: Context, questionId: string): Promise<VoteRound> {
  const { question } = await roundOfQuestion(ctx.em, questionId);
  const { round, notices } = await changeLiveState(ctx, question.session.id, async (_session, em) => {
    const round = await em.findOne(VoteRound, { question: questionId });
    if (!round || round.status !== 'CLOSED') throw new DomainError('INVALID_PHASE', 'A result can be revealed once its round has closed.', { status: round?.status ?? 'NONE' });
    round.status = 'PUBLISHED';
    round.publishedAt = new Date();
    recordAudit(em, ctx.viewer, 'round.reveal', { type: 'VoteRound', id: round.id });
    return { round, notices: await onRoundRevealed(em, round) };
  });
  await deliverNotices(ctx, ctx.em, notices);
  ctx.services.pubsub.publish('ROUND_REVEALED', { roundId: round.id });
  return round;
}

/** The phone's or representative's identity for voting in `sessionId`. */
function voterFor(ctx: Context, sessionId: string): Voter {
  if (ctx.voter) {
    if (ctx.voter.sessionId !== sessionId) throw new DomainError('FORBIDDEN', 'This pass is for another session; join this one first.');
    return ctx.voter;
  }
  const account = ctx.viewer.account;
  if (account?.role === Role.REPRESENTATIVE) return { sessionId, channel: Channel.STUDIO, voterKey: `account:${account.id}` };
  throw new DomainError('UNAUTHENTICATED', 'Join the session (scan its QR code or enter its code) before voting.');
}

/** One vote per voter per round, counted only inside the voter's window and acknowledged only once stored. */
export async function castVote(ctx: Context, input: { roundId: string; choice: Choice; ballotId: string }) {
  const meta = await ctx.services.rounds.meta(input.roundId);
  const voter = voterFor(ctx, meta.sessionId);
  const outcome = await ctx.services.intake.submit({
    roundId: input.roundId,
    voterKey: voter.voterKey,
    // Same id and same choice make the same ballot, so a replay's answer is always the stored choice.
    ballotKey: hash('sha256', `${input.ballotId}|${input.choice}`, 'hex'),
    channel: voter.channel,
    choice: input.choice,
  });
  if (outcome === 'ALREADY_VOTED') throw new DomainError('ALREADY_VOTED', 'You have already voted in this round.');
  if (outcome === 'VOTING_CLOSED') throw new DomainError('VOTING_CLOSED', 'Voting is not open now for this question.');
  return { roundId: input.roundId, choice: input.choice, replayed: outcome === 'REPLAYED' };
}

const passFor = (ctx: Context, voter: Voter) => ({ token: ctx.services.deviceTokens.issue(voter), sessionId: voter.sessionId, channel: voter.channel });

/** A pass for a phone in the audience: online channel, one device identity. */
export async function joinSession(ctx: Context, joinCode: string) {
  await admitJoin(ctx, joinCode);
  const session = await findJoinable(ctx, joinCode);
  return passFor(ctx, ctx.services.deviceTokens.newOnlineVoter(session.id));
}

/** A pass for a studio seat: the printed code works once, on the first phone that claims it. */
export async function claimSeat(ctx: Context, joinCode: string, seatCode: string) {
  await admitJoin(ctx, joinCode);
  const session = await findJoinable(ctx, joinCode);
  const code = seatCode.trim().toUpperCase();
  // The conditional update claims the code for exactly one phone, and the audit entry commits with it.
  const seatId = await ctx.em.transactional(async (tx) => {
    const claimed = await tx.execute<{ id: string }[]>(
      'update seat_code set claimed_at = now() where session_id = ? and code = ? and claimed_at is null returning id',
      [session.id, code],
    );
    if (claimed.length === 0) {
      const exists = await tx.count(SeatCode, { session, code });
      throw exists ? new DomainError('CONFLICT', 'This seat code has already been used.', { field: 'seatCode' }) : badInput('seatCode', 'This seat code is not valid for this session.');
    }
    recordAudit(tx, anonymous, 'seat.claim', { type: 'SeatCode', id: claimed[0]!.id }, { ip: ctx.ip });
    return claimed[0]!.id;
  });
  return passFor(ctx, { sessionId: session.id, channel: Channel.STUDIO, voterKey: `seat:${seatId}` });
}

async function findJoinable(ctx: Context, joinCode: string): Promise<Session> {
  const session = await ctx.em.findOne(Session, { joinCode: joinCode.trim() });
  if (!session || session.status === 'DRAFT') throw badInput('joinCode', 'No session has this code; check the code on the screen.');
  if (session.status === 'ENDED') throw new DomainError('INVALID_PHASE', 'This session has ended.', { status: session.status });
  return session;
}

// Ambiguous characters left out: codes are printed and typed by hand.
const seatAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Prints `count` more single-use seat codes; the studio electorate grows to cover them. */
export async function issueSeatCodes(ctx: Context, sessionId: string, count: number): Promise<SeatCode[]> {
  const session = await getSession(ctx, { id: sessionId });
  const taken = new Set((await ctx.em.find(SeatCode, { session })).map((s) => s.code));
  const existing = taken.size;
  const seats: SeatCode[] = [];
  while (seats.length < count) {
    const code = Array.from({ length: 6 }, () => seatAlphabet[randomInt(seatAlphabet.length)]).join('');
    if (taken.has(code)) continue;
    taken.add(code);
    seats.push(ctx.em.create(SeatCode, { session, code, label: `${existing + seats.length + 1}号席`, claimedAt: null }));
  }
  session.studioElectorate = Math.max(session.studioElectorate, existing + count);
  recordAudit(ctx.em, ctx.viewer, 'seat.issue', { type: 'Session', id: sessionId }, { count });
  await ctx.em.flush();
  return seats;
}

/** Live counts as a viewer may see them: turnout always; the result, unless it is hidden from the public until revealed on air. */
export async function tallyFor(ctx: Context, snapshot: TallySnapshot): Promise<RoundTally> {
  const meta = await ctx.services.rounds.meta(snapshot.roundId);
  const hidden = meta.settings.hideResultsUntilClosed && !isSessionStaff(ctx) && !meta.revealed;
  const total = (c: Channel) => Object.values(snapshot.counts[c]).reduce((a, b) => a + b, 0);
  return {
    roundId: snapshot.roundId,
    sequence: total(Channel.STUDIO) + total(Channel.ONLINE),
    studioVoted: total(Channel.STUDIO),
    onlineVoted: total(Channel.ONLINE),
    studioElectorate: meta.studioElectorate,
    result: hidden ? null : computeResult(snapshot.counts, meta.settings),
  };
}

import { hash } from 'node:crypto';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { Config } from '../../config.js';
import { badInput, DomainError } from '../../graphql/errors.js';
import type { PubSub } from '../../graphql/pubsub.js';
import type { Logger } from '../../logger.js';
import type { Scope } from '../../scope.js';
import { Role } from '../account/role.js';
import type { AddressVolume } from '../anomaly/address-volume.js';
import { admitJoin } from '../anomaly/anomaly.service.js';
import type { JoinLimiter } from '../anomaly/join-limiter.js';
import { recordAudit } from '../audit/audit.service.js';
import { onRoundRevealed } from '../follow-up/look-back.js';
import { deliverNotices } from '../follow-up/notices.js';
import type { Notifier } from '../follow-up/notifier.js';
import type { AudiencePasses, Voter } from '../session/audience-pass.js';
import { Question } from '../question/question.entity.js';
import { nextPhase } from '../question/question-phase.js';
import { sessionOfQuestion } from '../question/question.service.js';
import { claimSeat } from '../roll/roll.service.js';
import { Session } from '../session/session.entity.js';
import { changeLiveState, isSessionStaff } from '../session/session.service.js';
import { answerOf, ballotKey, type Ballot } from './ballot-type.js';
import { Channel, type Choice } from './choice.js';
import { computeResult } from './result.js';
import type { RoundFacts, RoundRegistry } from './round-registry.js';
import { nextRoundStatus, openedRoundStatus } from './round-status.js';
import type { TallySnapshot } from './tally-hub.js';
import type { VoteIntake } from './vote-intake.js';
import { VoteRound } from './vote-round.entity.js';
import type { RoundTally } from './vote.type.js';

/** A host's change to a round: the live state is announced, and the round's closing timer set. */
type RoundControl = Scope<{ pubsub: PubSub; rounds: RoundRegistry }>;
/** A phone or representative voting: the pass it connected with, and its address for the volume count. */
type Voting = Scope<{ rounds: RoundRegistry; intake: VoteIntake; volume: AddressVolume }> & { voter: Voter | null; ip: string };
/** Issuing a pass: signed, and counted against the address. */
type PassIssue = { ip: string; services: { audiencePasses: AudiencePasses; volume: AddressVolume } };
/** Joining: the per-address join limit, then a pass. */
type Joining = Scope<{
  joinLimiter: JoinLimiter;
  logger: Logger;
  config: Config;
  audiencePasses: AudiencePasses;
  volume: AddressVolume;
}> & { ip: string };

const seconds = (n: number) => n * 1_000;

function openRoundOf(round: VoteRound | null): VoteRound {
  if (round?.status !== 'OPEN')
    throw new DomainError('INVALID_PHASE', 'Voting is not open for this question.', { status: round?.status ?? 'NONE' });
  return round;
}

/** Opens the item's vote after the answer: the studio at once, online later by the stream delay; the ballot is fixed from here on. */
export async function openVoting(ctx: RoundControl, questionId: string): Promise<VoteRound> {
  const sessionId = await sessionOfQuestion(ctx.em, questionId);
  const round = await changeLiveState(ctx, sessionId, async (session, em) => {
    const locked = await em.findOneOrFail(Question, { id: questionId });
    locked.phase = nextPhase(locked.phase, 'openVoting');
    const { windowSeconds, streamDelaySeconds } = session.settings;
    const now = Date.now();
    const round = em.create(VoteRound, {
      session,
      question: locked,
      status: openedRoundStatus,
      studioOpensAt: new Date(now),
      studioClosesAt: new Date(now + seconds(windowSeconds)),
      onlineOpensAt: new Date(now + seconds(streamDelaySeconds)),
      onlineClosesAt: new Date(now + seconds(streamDelaySeconds + windowSeconds)),
      settings: { ...session.settings },
      ballot: ballotOf(locked),
    });
    recordAudit(em, ctx.viewer, 'round.open', { type: 'VoteRound', id: round.id }, { questionId });
    return round;
  });
  ctx.services.rounds.closeAt(round.id, round.onlineClosesAt);
  return round;
}

/** Ends the windows now (online: after the stream delay), logged. */
export async function closeVotingEarly(ctx: RoundControl, questionId: string): Promise<VoteRound> {
  const sessionId = await sessionOfQuestion(ctx.em, questionId);
  const round = await changeLiveState(ctx, sessionId, async (_session, em) => {
    const round = openRoundOf(await em.findOne(VoteRound, { question: questionId }));
    const now = Date.now();
    round.studioClosesAt = new Date(Math.min(now, round.studioClosesAt.getTime()));
    round.onlineClosesAt = new Date(Math.min(now + seconds(round.settings.streamDelaySeconds), round.onlineClosesAt.getTime()));
    round.onlineOpensAt = new Date(Math.min(round.onlineOpensAt.getTime(), round.onlineClosesAt.getTime()));
    recordAudit(
      em,
      ctx.viewer,
      'round.closeEarly',
      { type: 'VoteRound', id: round.id },
      { studioClosesAt: round.studioClosesAt, onlineClosesAt: round.onlineClosesAt },
    );
    return round;
  });
  ctx.services.rounds.closeAt(round.id, round.onlineClosesAt);
  return round;
}

/** Gives both windows more time, logged. */
export async function extendVoting(ctx: RoundControl, questionId: string, extraSeconds: number): Promise<VoteRound> {
  const sessionId = await sessionOfQuestion(ctx.em, questionId);
  const round = await changeLiveState(ctx, sessionId, async (_session, em) => {
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

/** Shows a closed round's result on the screen and the phones; a look-back verdict takes effect with it. */
export async function revealResult(ctx: Scope<{ pubsub: PubSub; notifier: Notifier }>, questionId: string): Promise<VoteRound> {
  const sessionId = await sessionOfQuestion(ctx.em, questionId);
  const { round, notices } = await changeLiveState(ctx, sessionId, async (_session, em) => {
    const round = await em.findOne(VoteRound, { question: questionId });
    if (round?.status !== 'CLOSED')
      throw new DomainError('INVALID_PHASE', 'A result can be revealed once its round has closed.', { status: round?.status ?? 'NONE' });
    round.status = nextRoundStatus(round.status, 'reveal');
    round.publishedAt = new Date();
    recordAudit(em, ctx.viewer, 'round.reveal', { type: 'VoteRound', id: round.id });
    return { round, notices: await onRoundRevealed(em, round) };
  });
  await deliverNotices(ctx, ctx.em, notices);
  ctx.services.pubsub.publish('ROUND_REVEALED', { roundId: round.id });
  return round;
}

/** An item's ballot as its round fixes it. */
export const ballotOf = (question: Pick<Question, 'ballotType' | 'candidates' | 'maxChoices'>): Ballot => ({
  type: question.ballotType,
  candidates: question.ballotType === 'CHOOSE_UP_TO_N' ? (question.candidates ?? []) : [],
  maxChoices: question.ballotType === 'CHOOSE_UP_TO_N' ? (question.maxChoices ?? 1) : 1,
});

/** The phone's or representative's identity for voting in a round of `facts.sessionId`. */
function voterFor(ctx: Pick<Voting, 'viewer' | 'voter'>, facts: RoundFacts): Voter {
  const sessionId = facts.sessionId;
  if (ctx.voter) {
    if (ctx.voter.sessionId !== sessionId) throw new DomainError('FORBIDDEN', 'This pass is for another session; join this one first.');
    if (ctx.voter.channel === Channel.ONLINE && facts.settings.onlineWeight === 0)
      throw new DomainError('FORBIDDEN', 'Only the people on this session’s roll vote; there is no online vote.', { reason: 'ROLL_ONLY' });
    return ctx.voter;
  }
  const account = ctx.viewer.account;
  if (account?.role === Role.REPRESENTATIVE) {
    // The same person as their seat code on the roll: one studio ballot whichever they use.
    const voterKey = facts.studioVoters.get(account.id);
    if (!voterKey)
      throw new DomainError('FORBIDDEN', 'You are not on this session’s studio roll; ask the congress staff to add you.', {
        reason: 'NOT_ON_ROLL',
      });
    return { sessionId, channel: Channel.STUDIO, voterKey };
  }
  throw new DomainError('UNAUTHENTICATED', 'Join the session (scan its QR code or enter its code) before voting.');
}

/** One vote per voter per round, counted only inside the voter's window and acknowledged only once stored. */
export async function castVote(ctx: Voting, input: { roundId: string; choice?: Choice | null; picks?: number[] | null; ballotId: string }) {
  const facts = ctx.services.rounds.loadedFacts(input.roundId) ?? (await ctx.services.rounds.facts(input.roundId));
  const choice = ballotKey(facts.ballot, input);
  const voter = voterFor(ctx, facts);
  const outcome = await ctx.services.intake.submit({
    roundId: input.roundId,
    voterKey: voter.voterKey,
    // Same id and same answer make the same ballot, so a replay's answer is always the stored one.
    // Outside CRYPTO_SUITE on purpose: a replay fingerprint of a random id and the choice stored
    // beside it in the clear, protecting nothing, which must stay the same across a switch so a
    // ballot retried then is still known as the same one (faults/kit.ts computes it too).
    ballotKey: hash('sha256', `${input.ballotId}|${choice}`, 'hex'),
    channel: voter.channel,
    choice,
  });
  if (outcome === 'COUNTED' && voter.channel === Channel.ONLINE) ctx.services.volume.countBallot(input.roundId, ctx.ip);
  if (outcome === 'ALREADY_VOTED') throw new DomainError('ALREADY_VOTED', 'You have already voted in this round.');
  if (outcome === 'VOTING_CLOSED') throw new DomainError('VOTING_CLOSED', 'Voting is not open now for this question.');
  return { roundId: input.roundId, ...answerOf(choice), replayed: outcome === 'REPLAYED' };
}

/** The signed pass for a voter, and the join counted in the volume per address. */
export function issuePass(ctx: PassIssue, voter: Voter) {
  if (voter.channel === Channel.ONLINE) ctx.services.volume.countJoin(voter.sessionId, ctx.ip);
  return { token: ctx.services.audiencePasses.issue(voter), sessionId: voter.sessionId, channel: voter.channel };
}

/**
 * Online passes are issued only around the show (from PASS_WINDOW_MINUTES before its scheduled
 * time, or once it is live), so none can be banked days ahead; each expires a day after issue.
 */
export function passWindowCheck(ctx: { services: { config: Config } }, session: Session): void {
  const minutes = ctx.services.config.passWindowMinutes;
  const opensAt = new Date(session.scheduledAt.getTime() - minutes * 60_000);
  if (session.status !== 'LIVE' && Date.now() < opensAt.getTime()) {
    throw new DomainError('INVALID_PHASE', `Voting opens ${minutes} minutes before the show; join again then.`, {
      status: session.status,
      opensAt: opensAt.toISOString(),
    });
  }
}

/** A pass for a phone in the audience (identity DEVICE): online channel, one device identity. */
export async function joinSession(ctx: Joining, joinCode: string) {
  await admitJoin(ctx, joinCode);
  const session = await findJoinable(ctx.em, joinCode);
  const identity = session.settings.onlineIdentity ?? 'DEVICE';
  if (identity !== 'DEVICE')
    throw new DomainError('CODE_REQUIRED', 'This session’s online vote needs a mobile number proven by a text message code.', { identity });
  passWindowCheck(ctx, session);
  return issuePass(ctx, ctx.services.audiencePasses.newOnlineVoter(session.id));
}

/** A pass for a studio seat: the printed code works once, on the first phone that claims it. */
export async function claimStudioSeat(ctx: Joining, joinCode: string, seatCode: string) {
  await admitJoin(ctx, joinCode);
  return issuePass(ctx, await claimSeat(ctx, await findJoinable(ctx.em, joinCode), seatCode));
}

/** The published or live session a join code names, or a clear refusal. */
export async function findJoinable(em: EntityManager, joinCode: string): Promise<Session> {
  const session = await em.findOne(Session, { joinCode: joinCode.trim() });
  if (!session || session.status === 'DRAFT') throw badInput('joinCode', 'No session has this code; check the code on the screen.');
  if (session.status === 'ENDED') throw new DomainError('INVALID_PHASE', 'This session has ended.', { status: session.status });
  return session;
}

/** Live counts as a viewer may see them: turnout always; the result, unless it is hidden from the public until revealed on air. */
export async function tallyFor(
  ctx: Pick<Scope<{ rounds: RoundRegistry }>, 'viewer' | 'services'>,
  snapshot: TallySnapshot,
): Promise<RoundTally> {
  const facts = await ctx.services.rounds.facts(snapshot.roundId);
  const hidden = facts.settings.hideResultsUntilClosed && !isSessionStaff(ctx) && !facts.revealed;
  const total = (c: Channel) => Object.values(snapshot.counts[c]).reduce((a, b) => a + b, 0);
  return {
    roundId: snapshot.roundId,
    sequence: total(Channel.STUDIO) + total(Channel.ONLINE),
    studioVoted: total(Channel.STUDIO),
    onlineVoted: total(Channel.ONLINE),
    studioElectorate: facts.studioElectorate,
    result: hidden ? null : computeResult(snapshot.counts, facts.settings, facts.studioElectorate, facts.ballot),
  };
}

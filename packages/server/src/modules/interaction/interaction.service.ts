import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { badInput, DomainError, notFound } from '../../graphql/errors.js';
import { containsPattern, findPage, type PageArgs } from '../../graphql/pagination.js';
import type { PubSub } from '../../graphql/pubsub.js';
import type { Caller, Scope } from '../../scope.js';
import { Role } from '../account/role.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Voter } from '../session/audience-pass.js';
import { Session } from '../session/session.entity.js';
import { changeLiveState, getSession, messageSettingsOf } from '../session/session.service.js';
import { AudienceMessage, SensitiveWord } from './interaction.entity.js';
import {
  MESSAGE_MAX_LENGTH,
  REASON_MAX_LENGTH,
  WORD_MAX_LENGTH,
  WORDS_PER_CALL,
  type MessageSettingsInput,
  type ModerationQueueArgs,
} from './interaction.inputs.js';
import type { MessageWallPayload, ModerationPayload, WallMessagePayload } from './interaction.payloads.js';
import { assertOpen, type MessageIntake, type MessageReceipt, senderNamesFor } from './message-intake.js';
import { approvedMessages, HOST_LIST_SIZE, moderationView, wallMessageById, wallOrder } from './message-views.js';
import type { MessageWalls } from './message-walls.js';
import { normalizeForMatch, type SensitiveWordFilter } from './word-filter.js';

/** What a phone's message or upvote reaches for: its pass and address, the limits, the word list, the events. */
type Audience = Scope<{ messages: MessageIntake; walls: MessageWalls }> & {
  voter: Voter | null;
  ip: string;
};
/** A moderator's or the host's change: the event for moderators, and the wall. */
type Moderating = Scope<{ pubsub: PubSub; walls: MessageWalls }>;

export { ANONYMOUS_SENDER } from './message-intake.js';
/** Most messages on the public results page. */
const PUBLISHED_LIMIT = 500;

const characters = (text: string) => [...text].length;
/** Text as typed, without control characters (a NUL, a line feed) and the spaces around it. */
const plain = (text: string) => text.replace(/\p{Cc}/gu, ' ').trim();

function passFor(ctx: Pick<Audience, 'voter'>, sessionId: string): Voter {
  if (!ctx.voter)
    throw new DomainError('DEVICE_REQUIRED', 'Join the session first (scan its QR code or enter its code), then send your message.');
  if (ctx.voter.sessionId !== sessionId) throw new DomainError('FORBIDDEN', 'This pass is for another session; join this one first.');
  return ctx.voter;
}

/**
 * "网友", or "网友 138****5678" when the pass stands for a proven number (online identity PHONE_CODE or
 * ROSTER); never the whole number, which the server does not keep.
 */
export async function senderNameFor(em: EntityManager, voter: Voter): Promise<string> {
  return (await senderNamesFor(em, [voter]))[0]!;
}

function announce(ctx: Scope<{ pubsub: PubSub }>, view: ModerationPayload): void {
  ctx.services.pubsub.publish('MODERATION', view.sessionId, [view]);
}

/**
 * 网友留言: a phone with a pass for the live session sends a message for the question on air. It waits
 * for a moderator (先审后发). Refused when messages are off, the limits are used up, or it holds a
 * sensitive word (BLOCKED_WORDS; kept as BLOCKED for moderators only when the session says so).
 */
export async function sendMessage(ctx: Audience, input: { sessionId: string; body: string }): Promise<MessageReceipt> {
  const voter = passFor(ctx, input.sessionId);
  const body = plain(input.body);
  if (!body) throw badInput('body', 'Write a message first.');
  if (characters(body) > MESSAGE_MAX_LENGTH) throw badInput('body', `Keep the message within ${MESSAGE_MAX_LENGTH} characters.`);
  // The session's state, the limits, the word list and the row: in the message intake, with the
  // messages sent meanwhile (one INSERT); answered once this message's row has committed.
  return ctx.services.messages.submit({ sessionId: input.sessionId, voter, ip: ctx.ip, body });
}

/** 点赞: once per pass per approved message, while the session takes messages. */
export async function upvoteMessage(ctx: Audience, messageId: string): Promise<WallMessagePayload> {
  const message = await ctx.em.findOne(AudienceMessage, { id: messageId }, { populate: ['session'] });
  if (message?.status !== 'APPROVED') throw notFound('The message');
  const voter = passFor(ctx, message.session.id);
  assertOpen(message.session);
  // The upvote and the count in one statement: a second upvote from the same pass adds neither.
  const counted = await ctx.em.execute<{ upvotes: number }[]>(
    `with added as (insert into message_upvote (message_id, voter_key, created_at) values (?::uuid, ?, now()) on conflict do nothing returning message_id)
     update audience_message set upvotes = upvotes + 1 where id in (select message_id from added) returning upvotes`,
    [message.id, voter.voterKey],
  );
  if (counted.length === 0) throw new DomainError('ALREADY_UPVOTED', 'You have already upvoted this message.');
  ctx.services.walls.changed(message.session.id);
  return (await wallMessageById(ctx.em, message.id))!;
}

/**
 * A moderation step on one message, with its row locked so two moderators cannot interleave; audited,
 * then announced to moderators (and to the wall when it changes what the public sees).
 */
async function moderate(
  ctx: Moderating,
  id: string,
  action: string,
  change: (message: AudienceMessage, em: EntityManager) => Promise<{ wall: boolean; detail?: Record<string, unknown> }>,
): Promise<ModerationPayload> {
  const { sessionId, wall } = await ctx.em.transactional(async (em) => {
    const message = await em.findOne(AudienceMessage, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!message) throw notFound('The message');
    const { wall, detail } = await change(message, em);
    recordAudit(em, ctx.viewer, `message.${action}`, { type: 'AudienceMessage', id }, { sessionId: message.session.id, ...detail });
    return { sessionId: message.session.id, wall };
  });
  const view = moderationView(await ctx.em.fork().findOneOrFail(AudienceMessage, { id }, { populate: ['question'] }));
  announce(ctx, view);
  if (wall) ctx.services.walls.changed(sessionId);
  return view;
}

function wrongState(message: AudienceMessage, doing: string): DomainError {
  return new DomainError('INVALID_PHASE', `This message is ${message.status.toLowerCase()}; ${doing}.`, { status: message.status });
}

/** Puts a waiting message on the wall. */
export function approveMessage(ctx: Moderating, id: string) {
  return moderate(ctx, id, 'approve', async (message) => {
    if (message.status !== 'PENDING') throw wrongState(message, 'only a waiting message can be approved');
    const now = new Date();
    Object.assign(message, { status: 'APPROVED', moderatedAt: now, approvedAt: now });
    return { wall: true };
  });
}

/** Refuses a waiting message, or takes an approved one off the wall, with a reason moderators see. */
export function rejectMessage(ctx: Moderating, id: string, rawReason: string) {
  const reason = plain(rawReason);
  if (!reason) throw badInput('reason', 'Give a reason.');
  if (characters(reason) > REASON_MAX_LENGTH) throw badInput('reason', `Keep the reason within ${REASON_MAX_LENGTH} characters.`);
  return moderate(ctx, id, 'reject', async (message) => {
    if (message.status !== 'PENDING' && message.status !== 'APPROVED')
      throw wrongState(message, 'only a waiting or approved message can be rejected');
    const wasApproved = message.status === 'APPROVED';
    Object.assign(message, { status: 'REJECTED', rejectReason: reason, moderatedAt: new Date(), pinned: false });
    return { wall: wasApproved, detail: { reason } };
  });
}

/** Pins an approved message to the top of the wall, or unpins it. */
export function pinMessage(ctx: Moderating, id: string, pinned: boolean) {
  return moderate(ctx, id, pinned ? 'pin' : 'unpin', async (message) => {
    if (message.status !== 'APPROVED') throw wrongState(message, 'only an approved message can be pinned');
    message.pinned = pinned;
    return { wall: true };
  });
}

/** 网友追问: the host puts an approved message to the respondent; the time and the question on air are recorded. */
export function putMessageToRespondent(ctx: Moderating, id: string) {
  return moderate(ctx, id, 'putToRespondent', async (message, em) => {
    if (message.status !== 'APPROVED') throw wrongState(message, 'only an approved message can be put to the respondent');
    if (message.putToRespondentAt) throw new DomainError('INVALID_PHASE', 'This message has already been put to the respondent.');
    const session = await em.findOneOrFail(Session, { id: message.session.id });
    if (session.status !== 'LIVE') throw new DomainError('INVALID_PHASE', 'A message can be put only while the session is live.');
    if (!session.currentQuestion) throw new DomainError('INVALID_PHASE', 'Put a question on air first; the message is put on it.');
    message.putToRespondentAt = new Date();
    message.putOnQuestion = session.currentQuestion;
    return { wall: true, detail: { questionId: session.currentQuestion.id } };
  });
}

/**
 * Switches messages on or off (live; announced in the live state, so phones show or hide the form),
 * keeps or drops blocked messages, and publishes the approved ones on the results page (ADMIN only).
 */
export async function setMessageSettings(
  ctx: Scope<{ pubsub: PubSub; walls: MessageWalls }>,
  sessionId: string,
  input: MessageSettingsInput,
) {
  if (input.published != null && ctx.viewer.account?.role !== Role.ADMIN)
    throw new DomainError('FORBIDDEN', 'Only congress staff (ADMIN) publish messages on the results page.', { field: 'published' });
  await getSession(ctx, { id: sessionId });
  const { session, enabledChanged } = await changeLiveState(ctx, sessionId, async (session, em) => {
    const before = messageSettingsOf(session);
    if (input.enabled != null) session.messagesEnabled = input.enabled;
    if (input.keepBlocked != null) session.messagesKeepBlocked = input.keepBlocked;
    if (input.published != null) session.messagesPublished = input.published;
    const after = messageSettingsOf(session);
    recordAudit(em, ctx.viewer, 'session.messageSettings', { type: 'Session', id: sessionId }, { before, after });
    return { session, enabledChanged: before.enabled !== after.enabled };
  });
  if (enabledChanged) ctx.services.walls.changed(sessionId);
  return messageSettingsOf(session);
}

// ─── Views ───

/** The public wall of a visible session (the shared, recently built one). */
export async function messageWall(ctx: Scope<{ walls: MessageWalls }>, sessionId: string): Promise<MessageWallPayload> {
  const session = await getSession(ctx, { id: sessionId });
  return ctx.services.walls.current(session.id);
}

/** The approved messages on the public results page: none unless staff published them. */
export async function publishedMessages(ctx: Caller, sessionId: string): Promise<WallMessagePayload[]> {
  const session = await getSession(ctx, { id: sessionId });
  return session.messagesPublished ? approvedMessages(ctx.em, session.id, PUBLISHED_LIMIT) : [];
}

/** The moderators' queue: PENDING oldest first (first come, first served); the others newest first. */
export async function moderationQueue(ctx: Caller, args: ModerationQueueArgs) {
  const session = await getSession(ctx, { id: args.sessionId });
  const status = args.status ?? 'PENDING';
  const where: Record<string, unknown> = { session, status };
  if (args.search?.trim()) where.body = { $ilike: containsPattern(args.search) };
  const direction = status === 'PENDING' ? 'asc' : 'desc';
  return findPage(ctx.em, AudienceMessage, { where, orderBy: { createdAt: direction, id: direction }, args, populate: ['question'] }, (m) =>
    moderationView(m),
  );
}

/** The host's list: the top approved messages in wall order. */
export async function hostMessages(ctx: Caller, sessionId: string): Promise<ModerationPayload[]> {
  const session = await getSession(ctx, { id: sessionId });
  const messages = await ctx.em.find(
    AudienceMessage,
    { session, status: 'APPROVED' },
    { orderBy: wallOrder, limit: HOST_LIST_SIZE, populate: ['question'] },
  );
  return messages.map((m) => moderationView(m));
}

// ─── Sensitive words ───

type WordChange = Scope<{ pubsub: PubSub; words: SensitiveWordFilter }>;

function wordsChanged(ctx: WordChange): void {
  ctx.services.words.invalidate();
  ctx.services.pubsub.publish('SENSITIVE_WORDS_CHANGED', { at: Date.now() });
}

export function listSensitiveWords(ctx: Caller, args: PageArgs) {
  const search = args.search?.trim() ? normalizeForMatch(args.search) : '';
  return findPage(
    ctx.em,
    SensitiveWord,
    { where: search ? { word: { $ilike: containsPattern(search) } } : {}, orderBy: { word: 'asc', id: 'asc' }, args },
    (w) => w,
  );
}

/** Adds words to the list (normalised, each 1 to 30 characters, at most 500 a call); answers how many were new. */
export async function addSensitiveWords(ctx: WordChange, raw: string[]): Promise<number> {
  if (raw.length === 0) throw badInput('words', 'Enter at least one word.');
  if (raw.length > WORDS_PER_CALL) throw badInput('words', `Add at most ${WORDS_PER_CALL} words at a time.`);
  const words = raw.map((word, i) => {
    const normalized = normalizeForMatch(word);
    if (!normalized) throw badInput(`words.${i}`, `Word ${i + 1} is empty (spaces and punctuation do not count).`);
    if (characters(normalized) > WORD_MAX_LENGTH)
      throw badInput(`words.${i}`, `Word ${i + 1} is longer than ${WORD_MAX_LENGTH} characters.`);
    return normalized;
  });
  const distinct = [...new Set(words)];
  const added = await ctx.em.transactional(async (em) => {
    const rows = await em.execute<{ word: string }[]>(
      `insert into sensitive_word (id, word, created_at) values ${distinct.map(() => '(?, ?, now())').join(', ')} on conflict (word) do nothing returning word`,
      distinct.flatMap((word) => [randomUUID(), word]),
    );
    if (rows.length) recordAudit(em, ctx.viewer, 'sensitiveWords.add', { type: 'SensitiveWord' }, { words: rows.map((r) => r.word) });
    return rows.length;
  });
  if (added) wordsChanged(ctx);
  return added;
}

export async function removeSensitiveWord(ctx: WordChange, id: string): Promise<boolean> {
  await ctx.em.transactional(async (em) => {
    const word = await em.findOne(SensitiveWord, { id });
    if (!word) throw notFound('The word');
    em.remove(word);
    recordAudit(em, ctx.viewer, 'sensitiveWords.remove', { type: 'SensitiveWord', id }, { word: word.word });
  });
  wordsChanged(ctx);
  return true;
}

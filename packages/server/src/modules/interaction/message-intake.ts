import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { DomainError, notFound } from '../../graphql/errors.js';
import type { PubSub } from '../../graphql/pubsub.js';
import { BatchQueue, type BatchOptions } from '../../lib/batch-queue.js';
import type { Logger } from '../../logger.js';
import { RosterEntry, VoteCode } from '../identity/identity.entity.js';
import type { Voter } from '../session/audience-pass.js';
import { Session } from '../session/session.entity.js';
import { AudienceMessage } from './interaction.entity.js';
import type { ModerationPayload } from './interaction.payloads.js';
import type { MessageGuards } from './message-guards.js';
import type { MessageStatus } from './message-status.js';
import { moderationView } from './message-views.js';
import type { SensitiveWordFilter } from './word-filter.js';

/** The sender name when no proven number stands behind the pass. */
export const ANONYMOUS_SENDER = '网友';

/** A phone's message, checked for form already (pass, length), waiting for its batch. */
export interface MessageRequest {
  sessionId: string;
  voter: Voter;
  ip: string;
  body: string;
}

export interface MessageReceipt {
  id: string;
  status: MessageStatus;
}

interface Pending {
  request: MessageRequest;
  resolve: (receipt: MessageReceipt) => void;
  reject: (error: unknown) => void;
}

/** Answers a message with its refusal; false, to drop it from the batch. */
function refuse(pending: Pending, error: unknown): false {
  pending.reject(error);
  return false;
}

export function assertOpen(session: Pick<Session, 'status' | 'messagesEnabled'>): void {
  if (session.status !== 'LIVE') throw new DomainError('MESSAGES_CLOSED', 'Messages can be sent only while the session is live.');
  if (!session.messagesEnabled) throw new DomainError('MESSAGES_CLOSED', 'Messages are not open for this session just now.');
}

export const blockedRefusal = () =>
  new DomainError('BLOCKED_WORDS', 'Your message contains words that cannot be shown; please put it another way.', { field: 'body' });

const splitKey = (voterKey: string) => {
  const colon = voterKey.indexOf(':');
  return { kind: voterKey.slice(0, colon), key: voterKey.slice(colon + 1) };
};
const ROSTER_ID = /^[0-9a-f-]{36}$/;

/**
 * Each voter's sender name: "网友", or "网友 138****5678" when the pass stands for a proven number
 * (online identity PHONE_CODE or ROSTER); never the whole number, which the server does not keep.
 * At most two queries, however many voters.
 */
export async function senderNamesFor(em: EntityManager, voters: Voter[]): Promise<string[]> {
  const phones = voters.filter((v) => splitKey(v.voterKey).kind === 'phone');
  const rosterIds = [
    ...new Set(
      voters
        .map((v) => splitKey(v.voterKey))
        .filter(({ kind, key }) => kind === 'roster' && ROSTER_ID.test(key))
        .map(({ key }) => key),
    ),
  ];
  const [codes, entries] = await Promise.all([
    phones.length
      ? em.find(VoteCode, {
          $or: [...new Set(phones.map((v) => v.sessionId))].map((session) => ({
            session,
            phoneKey: { $in: phones.filter((v) => v.sessionId === session).map((v) => splitKey(v.voterKey).key) },
          })),
        })
      : [],
    rosterIds.length ? em.find(RosterEntry, { id: { $in: rosterIds } }) : [],
  ]);
  const byPhone = new Map(codes.map((c) => [`${c.session.id}|${c.phoneKey}`, c.maskedPhone]));
  const byRoster = new Map(entries.map((e) => [e.id, e.maskedPhone]));
  return voters.map((voter) => {
    const { kind, key } = splitKey(voter.voterKey);
    const masked = kind === 'phone' ? byPhone.get(`${voter.sessionId}|${key}`) : kind === 'roster' ? byRoster.get(key) : undefined;
    return masked ? `${ANONYMOUS_SENDER} ${masked}` : ANONYMOUS_SENDER;
  });
}

/**
 * The message path (网友留言), batched as votes are: messages arriving within a few milliseconds
 * (or while a batch is being written) are taken together: one query for their sessions, the limits
 * spent in pipelined Redis round trips (per address, then per pass, then per session, as one
 * message would), one INSERT for every row, and one moderators' event per session carrying the
 * batch. Each sender is answered only after the statement that stored its message has committed,
 * so nothing acknowledged can be lost; a refusal (MESSAGES_CLOSED, RATE_LIMITED, BLOCKED_WORDS)
 * reaches its sender alone.
 */
export class MessageIntake {
  private readonly batches: BatchQueue<Pending>;

  constructor(
    private readonly em: EntityManager,
    private readonly guards: MessageGuards,
    private readonly words: SensitiveWordFilter,
    private readonly pubsub: PubSub,
    logger: Logger,
    options: BatchOptions = { maxBatch: 500, maxWaitMs: 5, concurrency: 2 },
  ) {
    this.batches = new BatchQueue(
      (batch) => this.take(batch),
      (batch, error) => {
        logger.error({ err: error, batch: batch.length }, 'a message batch failed; its messages were not acknowledged');
        for (const pending of batch) pending.reject(error);
      },
      options,
    );
  }

  submit(request: MessageRequest): Promise<MessageReceipt> {
    return new Promise<MessageReceipt>((resolve, reject) => this.batches.push({ request, resolve, reject }));
  }

  private async take(batch: Pending[]): Promise<void> {
    const em = this.em.fork();
    // The question on air comes with its session: its title goes to the moderators with the message.
    const sessionIds = [...new Set(batch.map((p) => p.request.sessionId))];
    const sessions = new Map(
      (await em.find(Session, { id: { $in: sessionIds } }, { populate: ['currentQuestion'] })).map((s) => [s.id, s] as const),
    );
    let open = batch.filter((pending) => {
      const session = sessions.get(pending.request.sessionId);
      try {
        if (!session) throw notFound('The session');
        assertOpen(session);
        return true;
      } catch (error) {
        return refuse(pending, error);
      }
    });
    const refusals = await this.guards.admitAll(open.map(({ request }) => ({ ...request, voterKey: request.voter.voterKey })));
    open = open.filter((pending, i) => !refusals[i] || refuse(pending, refusals[i]));
    if (open.length === 0) return;
    const found = await Promise.all(open.map(({ request }) => this.words.blockedWords(request.body)));
    const kept = open
      .map((pending, i) => ({ pending, blockedWords: found[i]!, session: sessions.get(pending.request.sessionId)! }))
      .filter(({ pending, blockedWords, session }) =>
        blockedWords.length && !session.messagesKeepBlocked ? refuse(pending, blockedRefusal()) : true,
      );
    if (kept.length === 0) return;
    const names = await senderNamesFor(
      em,
      kept.map(({ pending }) => pending.request.voter),
    );
    const messages = kept.map(({ pending, blockedWords, session }, i) =>
      em.create(
        AudienceMessage,
        {
          session,
          question: session.currentQuestion ?? null,
          body: pending.request.body,
          senderName: names[i]!,
          voterKey: pending.request.voter.voterKey,
          status: blockedWords.length ? 'BLOCKED' : 'PENDING',
          blockedWords,
        },
        { persist: false },
      ),
    );
    // One statement (atomic on its own) for the whole batch; nobody is answered before it commits.
    await em.insertMany(messages);
    kept.forEach(({ pending, blockedWords }, i) =>
      blockedWords.length ? pending.reject(blockedRefusal()) : pending.resolve({ id: messages[i]!.id, status: messages[i]!.status }),
    );
    const now = Date.now();
    const bySession = new Map<string, ModerationPayload[]>();
    for (const message of messages) {
      const views = bySession.get(message.session.id) ?? [];
      views.push(moderationView(message, now));
      bySession.set(message.session.id, views);
    }
    for (const [sessionId, views] of bySession) this.pubsub.publish('MODERATION', sessionId, views);
  }

  close(): void {
    this.batches.close();
  }
}

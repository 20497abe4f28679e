import { wrap } from '@mikro-orm/core';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { AudienceMessage } from './interaction.entity.js';
import type { MessageWallPayload, ModerationPayload, WallMessagePayload } from './interaction.payloads.js';

/**
 * Most messages on a wall: what a phone's wall and the screen's ticker show. Every wall goes to every
 * phone, so its size is paid for 20,000 times over.
 */
export const WALL_SIZE = 20;
/** Most messages on the host's list. */
export const HOST_LIST_SIZE = 20;

const iso = (date: Date | string | null | undefined) => (date == null ? null : new Date(date).toISOString());

/** The wall's order: pinned first, then most upvoted, then newest. */
export const wallOrder = { pinned: 'desc', upvotes: 'desc', approvedAt: 'desc', id: 'desc' } as const;

/** A message as moderators and the host see it (its question populated, or its id at least). */
export function moderationView(message: AudienceMessage, now = Date.now()): ModerationPayload {
  const until = message.moderatedAt?.getTime() ?? now;
  return {
    id: message.id,
    sessionId: message.session.id,
    questionId: message.question?.id ?? null,
    questionTitle: message.question && wrap(message.question).isInitialized() ? message.question.title : null,
    body: message.body,
    senderName: message.senderName,
    status: message.status,
    rejectReason: message.rejectReason ?? null,
    blockedWords: message.blockedWords ?? [],
    pinned: message.pinned,
    upvotes: message.upvotes,
    createdAt: message.createdAt.toISOString(),
    moderatedAt: iso(message.moderatedAt),
    waitedSeconds: Math.max(0, Math.floor((until - message.createdAt.getTime()) / 1000)),
    putToRespondentAt: iso(message.putToRespondentAt),
  };
}

interface WallRow {
  id: string;
  body: string;
  senderName: string;
  pinned: boolean;
  upvotes: number;
  approvedAt: Date | string;
  questionId: string | null;
  putToRespondentAt: Date | string | null;
}

const wallColumns = `id, body, sender_name as "senderName", pinned, upvotes::int as upvotes, approved_at as "approvedAt",
  question_id as "questionId", put_to_respondent_at as "putToRespondentAt"`;
const wallOrderSql = 'order by pinned desc, upvotes desc, approved_at desc, id desc';

const wallMessage = (row: WallRow): WallMessagePayload => ({
  id: row.id,
  body: row.body,
  senderName: row.senderName,
  pinned: row.pinned,
  upvotes: row.upvotes,
  approvedAt: iso(row.approvedAt)!,
  questionId: row.questionId,
  putToRespondentAt: iso(row.putToRespondentAt),
});

/** Approved messages of a session in wall order, at most `limit`. */
export async function approvedMessages(em: EntityManager, sessionId: string, limit: number): Promise<WallMessagePayload[]> {
  const rows = await em.execute<WallRow[]>(
    `select ${wallColumns} from audience_message where session_id = ?::uuid and status = 'APPROVED' ${wallOrderSql} limit ${Math.trunc(limit)}`,
    [sessionId],
  );
  return rows.map(wallMessage);
}

/** One approved message as the public sees it. */
export async function wallMessageById(em: EntityManager, id: string): Promise<WallMessagePayload | null> {
  const [row] = await em.execute<WallRow[]>(`select ${wallColumns} from audience_message where id = ?::uuid`, [id]);
  return row ? wallMessage(row) : null;
}

/** Builds a session's wall from the database: two queries, whatever the audience. */
export async function buildWall(em: EntityManager, sessionId: string): Promise<MessageWallPayload> {
  const [[session], messages, [count]] = await Promise.all([
    em.execute<{ enabled: boolean }[]>('select messages_enabled as enabled from session where id = ?::uuid', [sessionId]),
    approvedMessages(em, sessionId, WALL_SIZE),
    em.execute<{ n: number }[]>(`select count(*)::int as n from audience_message where session_id = ?::uuid and status = 'APPROVED'`, [
      sessionId,
    ]),
  ]);
  const enabled = session?.enabled ?? false;
  // While messages are off, the wall shows none (the count stays, for staff screens).
  return { sessionId, enabled, messages: enabled ? messages : [], approvedCount: count?.n ?? 0 };
}

import type { MessageWallFieldsFragment, WallMessageFieldsFragment } from '../../gql/graphql';

// The approved audience messages (网络互动) as phones and the broadcast screen show them. Pure, so
// every case is tested without a browser.

export type MessageWall = MessageWallFieldsFragment;
export type WallMessage = WallMessageFieldsFragment;

/** The longest message a phone may send (trimmed), as the server counts it: in characters, not bytes. */
export const MESSAGE_MAX_LENGTH = 140;

/** Characters as a person counts them: an emoji or a CJK character is one. */
export const messageLength = (body: string) => [...body.trim()].length;

/** Whether `body` can be sent: something once trimmed, and not over the limit. */
export function messageProblem(body: string): 'empty' | 'tooLong' | null {
  const length = messageLength(body);
  if (length === 0) return 'empty';
  return length > MESSAGE_MAX_LENGTH ? 'tooLong' : null;
}

/** The message the lower third features: the pinned one, else the top of the wall (most upvoted, then newest). */
export function featuredMessage(wall: MessageWall | null): WallMessage | null {
  if (!wall?.enabled) return null;
  return wall.messages.find((message) => message.pinned) ?? wall.messages[0] ?? null;
}

/** The messages a ticker runs through: the wall's order, at most `max`. */
export function tickerMessages(wall: MessageWall | null, max = 12): WallMessage[] {
  if (!wall?.enabled) return [];
  return wall.messages.slice(0, max);
}

/** The sender as shown: the name the server stored (网友, 网友 138****5678), or the plain word when it has none. */
export const senderLabel = (message: Pick<WallMessage, 'senderName'>, fallback: string) => message.senderName.trim() || fallback;

/** A new wall replaces the one on show; a late one for another session is dropped. */
export function acceptWall(current: MessageWall | null, next: MessageWall, sessionId: string): MessageWall | null {
  return next.sessionId === sessionId ? next : current;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export const upvoteStorageKey = (sessionId: string) => `wz.upvoted.${sessionId}`;

/** The messages this phone has upvoted in a session (the server allows one upvote per pass per message). */
export function readUpvoted(storage: Store | undefined, sessionId: string): Set<string> {
  try {
    const raw = storage?.getItem(upvoteStorageKey(sessionId));
    const ids = raw ? (JSON.parse(raw) as unknown) : [];
    return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Remembers an upvote (made now, or refused as ALREADY_UPVOTED), so the button shows it done after a reload. */
export function rememberUpvote(storage: Store | undefined, sessionId: string, messageId: string): Set<string> {
  const ids = readUpvoted(storage, sessionId);
  ids.add(messageId);
  try {
    // A session's wall holds at most 20 messages; older ids are of no use.
    storage?.setItem(upvoteStorageKey(sessionId), JSON.stringify([...ids].slice(-200)));
  } catch {
    // Without storage the button still shows the upvote until the page is reloaded.
  }
  return ids;
}

/** The wall with one message's upvotes as the server last answered. */
export function withUpvotes(wall: MessageWall, messageId: string, upvotes: number): MessageWall {
  return { ...wall, messages: wall.messages.map((message) => (message.id === messageId ? { ...message, upvotes } : message)) };
}

/** Why a message was not taken, as the phone says it (the server's error code). */
export type SendRefusal = 'closed' | 'blocked' | 'rateLimited' | 'badInput' | 'pass' | 'network' | 'unknown';

export function sendRefusal(code: string): SendRefusal {
  switch (code) {
    case 'MESSAGES_CLOSED':
      return 'closed';
    case 'BLOCKED_WORDS':
      return 'blocked';
    case 'RATE_LIMITED':
      return 'rateLimited';
    case 'BAD_USER_INPUT':
      return 'badInput';
    case 'DEVICE_REQUIRED':
    case 'FORBIDDEN':
    case 'UNAUTHENTICATED':
      return 'pass';
    case 'network':
      return 'network';
    default:
      return 'unknown';
  }
}

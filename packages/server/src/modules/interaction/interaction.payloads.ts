import type { MessageStatus } from './message-status.js';

// What the interaction topics carry (see graphql/pubsub.ts): plain data, dates as ISO strings, so an
// event reads the same after a trip through Redis.

/** An approved message as the public sees it. */
export interface WallMessagePayload {
  id: string;
  body: string;
  senderName: string;
  pinned: boolean;
  upvotes: number;
  approvedAt: string;
  questionId: string | null;
  putToRespondentAt: string | null;
}

/** One session's wall: built once per change and sent to every phone and screen. */
export interface MessageWallPayload {
  sessionId: string;
  enabled: boolean;
  messages: WallMessagePayload[];
  approvedCount: number;
}

/** A message as moderators and the host see it. */
export interface ModerationPayload {
  id: string;
  sessionId: string;
  questionId: string | null;
  questionTitle: string | null;
  body: string;
  senderName: string;
  status: MessageStatus;
  rejectReason: string | null;
  blockedWords: string[];
  pinned: boolean;
  upvotes: number;
  createdAt: string;
  moderatedAt: string | null;
  /** Computed when the event is built; for a pending message, the wait so far. */
  waitedSeconds: number;
  putToRespondentAt: string | null;
}

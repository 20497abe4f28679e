import { registerEnumType } from 'type-graphql';

/**
 * A viewer's message (网络互动): PENDING until a moderator decides (先审后发: nothing is shown before
 * approval), then APPROVED or REJECTED; BLOCKED when it held a sensitive word and the session keeps
 * such messages for moderators to see.
 */
export const messageStatuses = ['PENDING', 'APPROVED', 'REJECTED', 'BLOCKED'] as const;
export type MessageStatus = (typeof messageStatuses)[number];

export const MessageStatusEnum = Object.fromEntries(messageStatuses.map((s) => [s, s])) as { [S in MessageStatus]: S };
registerEnumType(MessageStatusEnum, {
  name: 'MessageStatus',
  description: 'PENDING (waiting for a moderator), APPROVED (on the wall), REJECTED, BLOCKED (held a sensitive word; moderators only).',
});

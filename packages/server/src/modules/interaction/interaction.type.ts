import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageOf } from '../../graphql/pagination.js';
import { MessageStatusEnum, type MessageStatus } from './message-status.js';
import type { MessageWallPayload, ModerationPayload, WallMessagePayload } from './interaction.payloads.js';

// Dates are ISO strings here (the payloads travel through pub/sub); the DateTimeISO scalar sends them as they are.

@ObjectType('WallMessage', { description: 'What the public sees of an approved message.' })
export class WallMessageType implements WallMessagePayload {
  @Field(() => ID) id!: string;
  @Field(() => String) body!: string;
  @Field(() => String, { description: '网友, or 网友 138****5678 when the sender proved a mobile number.' }) senderName!: string;
  @Field(() => Boolean) pinned!: boolean;
  @Field(() => Int) upvotes!: number;
  @Field(() => Date) approvedAt!: string;
  @Field(() => ID, { nullable: true, description: 'The question on air when it was sent, if any.' }) questionId!: string | null;
  @Field(() => Date, { nullable: true, description: 'When the host put it to the respondent as 网友追问.' })
  putToRespondentAt!: string | null;
}

@ObjectType('MessageWall', {
  description: 'The approved messages of a session as the public sees them: one shared snapshot for every phone.',
})
export class MessageWallType implements MessageWallPayload {
  @Field(() => ID) sessionId!: string;
  @Field(() => Boolean, { description: 'Messages are on for the session (while it is live, phones may send).' }) enabled!: boolean;
  @Field(() => [WallMessageType], { description: 'Pinned first, then most upvoted, then newest; at most 50.' })
  messages!: WallMessageType[];
  @Field(() => Int, { description: 'Approved messages in all.' }) approvedCount!: number;
}

@ObjectType('AudienceMessage', { description: 'What moderators and the host see of a message.' })
export class AudienceMessageType implements ModerationPayload {
  @Field(() => ID) id!: string;
  @Field(() => ID) sessionId!: string;
  @Field(() => ID, { nullable: true }) questionId!: string | null;
  @Field(() => String, { nullable: true }) questionTitle!: string | null;
  @Field(() => String) body!: string;
  @Field(() => String) senderName!: string;
  @Field(() => MessageStatusEnum) status!: MessageStatus;
  @Field(() => String, { nullable: true }) rejectReason!: string | null;
  @Field(() => [String], { description: 'The sensitive words a BLOCKED message held.' }) blockedWords!: string[];
  @Field(() => Boolean) pinned!: boolean;
  @Field(() => Int) upvotes!: number;
  @Field(() => Date) createdAt!: string;
  @Field(() => Date, { nullable: true }) moderatedAt!: string | null;
  @Field(() => Int, { description: 'Seconds from arrival to moderation (or to now while pending).' }) waitedSeconds!: number;
  @Field(() => Date, { nullable: true }) putToRespondentAt!: string | null;
}

@ObjectType()
export class AudienceMessagePage extends PageOf(AudienceMessageType) {}

@ObjectType('MessageReceipt', { description: 'A sent message: waiting for a moderator (PENDING).' })
export class MessageReceiptType {
  @Field(() => ID) id!: string;
  @Field(() => MessageStatusEnum) status!: MessageStatus;
}

@ObjectType('SensitiveWord', { description: '敏感词: a message holding it is refused.' })
export class SensitiveWordType {
  @Field(() => ID) id!: string;
  @Field(() => String) word!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class SensitiveWordPage extends PageOf(SensitiveWordType) {}

@ObjectType('ModerationEvent', { description: 'A message arrived or changed.' })
export class ModerationEventType {
  @Field(() => AudienceMessageType, { description: 'The message; with `messages` asked for too, the last of them.' })
  message!: AudienceMessageType;
  @Field(() => [AudienceMessageType], {
    description:
      'Messages that arrived together, or the one that changed. A subscription that asks for this field is sent each batch as one event; one that asks only for `message` is sent an event per message.',
  })
  messages!: AudienceMessageType[];
}
